import { build, esc, type Variant } from './lib.js';
const info = '<office:change-info><dc:creator>Controller</dc:creator><dc:date>2016-05-10T10:00:00</dc:date></office:change-info>';
type Part = string | { del: string } | { ins: string };
interface Kind { parts: Part[]; expectedOre: number }
const kinds: Record<string, Kind> = {
  replaceWhole: { parts: [{ del: '1 250 000' }, { ins: '1 350 000' }], expectedOre: 135000000 },
  replaceWholeKr: { parts: [{ del: '1 250 000 kr' }, { ins: '1 350 000 kr' }], expectedOre: 135000000 },
  replaceDigit: { parts: ['1 ', { del: '2' }, { ins: '3' }, '50 000'], expectedOre: 135000000 },
  replaceGroup: { parts: ['1 ', { del: '250' }, { ins: '350' }, ' 000'], expectedOre: 135000000 },
  delLeading: { parts: [{ del: '1 ' }, '250 000'], expectedOre: 25000000 },
  delMinus: { parts: [{ del: '-' }, '5 402,54'], expectedOre: 540254 },
  delOre: { parts: ['1 250', { del: ',50' }], expectedOre: 125000 },
  delTrailingZeroGroup: { parts: ['125 000', { del: ' 000' }], expectedOre: 12500000 },
  insLeading: { parts: [{ ins: '1 ' }, '250 000'], expectedOre: 125000000 },
  insMinus: { parts: [{ ins: '-' }, '5 402,54'], expectedOre: -540254 },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [91, 92, 93, 94]) {
  let target = '';
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; if (l.novel) delete l.novel.wholeMark; },
    written: (w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      const pi = w.report.projects.indexOf(p);
      target = `@@TARGET${seed}@@`;
      w.amounts[pi]![0] = target;
      p.entries[0]!.amountOre = k.expectedOre;
    },
    fodt: (xml) => {
      let id = 0;
      const regions: string[] = [];
      const body = k.parts.map((part) => {
        if (typeof part === 'string') return esc(part);
        const cid = `ct${++id}`;
        if ('del' in part) { regions.push(`<text:changed-region xml:id="${cid}" text:id="${cid}"><text:deletion>${info}<text:p>${esc(part.del)}</text:p></text:deletion></text:changed-region>`); return `<text:change text:change-id="${cid}"/>`; }
        regions.push(`<text:changed-region xml:id="${cid}" text:id="${cid}"><text:insertion>${info}</text:insertion></text:changed-region>`);
        return `<text:change-start text:change-id="${cid}"/>${esc(part.ins)}<text:change-end text:change-id="${cid}"/>`;
      }).join('');
      xml = xml.replace(target, body);
      xml = xml.replace('<office:document ', '<office:document xmlns:dc="http://purl.org/dc/elements/1.1/" ');
      return xml.replace('<office:body><office:text>', `<office:body><office:text><text:tracked-changes text:track-changes="true">${regions.join('')}</text:tracked-changes>`);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/p08-tracked/out', variants);
