// A superscript footnote marker (1, 2, *, 3)) after an amount that wraps in a narrow Belopp cell ("55" / "000¹"). No total row.
// Truth: the amount without the marker (55 000 or 1 250 000); a refusal is right; the marker read as a digit of the amount is wrong.
import { addStyles, build, esc, fmt, type Variant } from './plib.js';
const SUP = '<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>';
const variants: Variant[] = [];
for (const marker of ['1', '2', '*', '3)']) for (const seed of [223, 231, 232, 233, 234]) {
  variants.push({
    name: `supwrap${marker === '*' ? 'star' : marker.replace(')', 'p')}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.columns = 'none'; l.columnShares = [0.12, 0.1, 0.16, 0.09, 0.53]; if (l.novel) { delete l.novel.wholeMark; delete l.novel.tableFont; } },
    written: (w) => {
      w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => {
        if (ei === 0) { e.amountOre = (seed % 2 ? 55000 : 1250000) * 100; w.amounts[pi]![ei] = `@@S${fmt(e.amountOre)}@@`; }
        else w.amounts[pi]![ei] = fmt(e.amountOre);
      }));
    },
    fodt: (xml) => addStyles(xml, SUP).replace(/@@S([^@]*)@@/g, (_m, a: string) => `${esc(a)}<text:span text:style-name="Sup">${esc(marker)}</text:span>`),
  });
}
build(process.argv[2] ?? '/tmp/handmade/q03b-supwrap/out', variants);
