import { build, esc, type Variant } from './lib.js';
// Tracked deletion of the leading "1 " in BOTH the entry's amount and the Summa row (a single-entry project).
const info = '<office:change-info><dc:creator>Controller</dc:creator><dc:date>2016-05-10T10:00:00</dc:date></office:change-info>';
const variants: Variant[] = [];
for (const seed of [91, 92, 93, 94]) {
  variants.push({
    name: `delLeadingWithSumma-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'Summa'; if (l.novel) delete l.novel.wholeMark; l.kr = false; },
    written: (w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      const pi = w.report.projects.indexOf(p);
      p.entries = [{ ...p.entries[0]!, amountOre: 25000000 }];
      w.amounts[pi] = ['@@T@@'];
    },
    fodt: (xml) => {
      const regions: string[] = [];
      let id = 0;
      const del = (t: string) => { const cid = `ct${++id}`; regions.push(`<text:changed-region xml:id="${cid}" text:id="${cid}"><text:deletion>${info}<text:p>${esc(t)}</text:p></text:deletion></text:changed-region>`); return `<text:change text:change-id="${cid}"/>`; };
      xml = xml.replace('@@T@@', `${del('1 ')}250 000`);
      // the Summa row's amount: formatTotal wrote "250 000" from the entries; delete-track a "1 " before it
      xml = xml.replace(/(<text:p text:style-name="AmountCell">)(250 000)(<\/text:p>)/, (_m, a, b, c) => `${a}${del('1 ')}${b}${c}`);
      xml = xml.replace('<office:document ', '<office:document xmlns:dc="http://purl.org/dc/elements/1.1/" ');
      return xml.replace('<office:body><office:text>', `<office:body><office:text><text:tracked-changes text:track-changes="true">${regions.join('')}</text:tracked-changes>`);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/p08-tracked/out-summa', variants);
