import { build, esc, type Variant } from './lib.js';
const CELLP = (t: string, st = 'Cell') => `<table:table-cell table:style-name="C"><text:p text:style-name="${st}">${esc(t)}</text:p></table:table-cell>`;
const variants: Variant[] = [];
const kinds = ['yearStart', 'codesStart', 'budgetTable', 'accrualCopy', 'accrualCopyInterleaved', 'amountStart'];
for (const kind of kinds) for (const seed of [121, 122, 123, 124]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; if (kind === 'accrualCopyInterleaved') l.order = 'interleaved'; if (kind.startsWith('accrualCopy')) l.totalRow = 'none'; },
    fodt: (xml, w) => {
      const p = w.report.projects.find((x) => x.narrative && x.entries.length > 0) ?? w.report.projects.find((x) => x.narrative)!;
      const n = p.narrative!;
      const headAt = xml.indexOf(esc(`Delredovisning projekt ${p.number}: ${n.title}`));
      const paraAt = xml.indexOf('<text:p text:style-name="Body">', headAt);
      const paraEnd = xml.indexOf('</text:p>', paraAt) + '</text:p>'.length;
      const insertPara = (t: string) => { n.paragraphs.splice(1, 0, t); return xml.slice(0, paraEnd) + `<text:p text:style-name="Body">${esc(t)}</text:p>` + xml.slice(paraEnd); };
      if (kind === 'yearStart') return insertPara('2016 var ett år då verksamheten växte kraftigt och fler ungdomar än någonsin deltog.');
      if (kind === 'codesStart') return insertPara('3699 1771 1718 är de koder som används för periodiseringen; beloppet 12 500 kr avser maj.');
      if (kind === 'amountStart') return insertPara('12 500 kr av projektets medel har använts till material, resten till personal.');
      const tableXml = (rows: string[][]) => `<table:table table:style-name="Tab">${rows[0]!.map((_, i) => `<table:table-column table:style-name="Col${i}"/>`).join('')}${rows.map((r, ri) => `<table:table-row>${r.map((c) => CELLP(c, ri === 0 ? 'HeadCell' : 'Cell')).join('')}</table:table-row>`).join('')}</table:table>`;
      if (kind === 'budgetTable') {
        return xml.slice(0, paraEnd) + tableXml([['Post', 'Budget 2016', 'Utfall', 'Avvikelse'], ['Personal', '500 000', '450 000', '50 000'], ['Material', '120 000', '135 500', '-15 500'], ['Summa', '620 000', '585 500', '34 500']]) + xml.slice(paraEnd);
      }
      // a copy of last tertial's accrual table, introduced by a sentence, inside the narrative
      const intro = 'Periodiseringar som redovisades vid förra tertialen:';
      n.paragraphs.splice(1, 0, intro);
      const copy = [['Konto', 'IKB', 'Nämndens motpartsnr', 'Belopp', 'Text'], ['3699', '1771', p.entries[0]?.counterparty ?? '1704', '75 000', 'Ej fakturerat tom 2015-12-31'], ['3699', '1772', p.entries[0]?.counterparty ?? '1704', '12 500', 'Hyra lokal']];
      return xml.slice(0, paraEnd) + `<text:p text:style-name="Body">${esc(intro)}</text:p>` + tableXml(copy) + xml.slice(paraEnd);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/p12-narr/out', variants);
