// Another table in a project's section before (or after) the accrual table: budget vs outcome (with or without Konto/IKB),
// last period's accrual table with the same header. Truth: the accrual table as it is; the other table is not part of the
// report's model — a refusal is right, exact is acceptable, rows read as entries are wrong.
import { build, cellXml, esc, type Variant } from './plib.js';
const tbl = (rows: string[][]) => `<table:table table:style-name="Tab">${rows[0]!.map((_, i) => `<table:table-column table:style-name="Col${Math.min(i, 4)}"/>`).join('')}${rows.map((r, ri) => `<table:table-row>${r.map((c) => cellXml(c, ri === 0 ? 'HeadCell' : 'Cell', ri === 0 ? 'CH' : 'C')).join('')}</table:table-row>`).join('')}</table:table>`;
const kinds: Record<string, { rows: string[][]; where: 'before' | 'after' }> = {
  budgetBefore: { where: 'before', rows: [['Konto', 'Budget', 'Utfall', 'Avvikelse'], ['3699', '500 000', '450 000', '50 000'], ['4010', '120 000', '135 500', '-15 500']] },
  budgetKontoIkb: { where: 'before', rows: [['Konto', 'IKB', 'Budget', 'Utfall', 'Text'], ['3699', '1771', '500 000', '450 000', 'Helår'], ['3699', '1772', '120 000', '135 500', 'Helår']] },
  budgetAfter: { where: 'after', rows: [['Konto', 'IKB', 'Budget', 'Utfall', 'Text'], ['3699', '1771', '500 000', '450 000', 'Helår']] },
  lastYear: { where: 'before', rows: [['Konto', 'IKB', 'Nämndens motpartsnr', 'Belopp', 'Text'], ['3699', '1771', '1704', '75 000', 'Föregående tertial']] },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [351, 352, 353, 354]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; },
    fodt: (xml, w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      const h = `${esc(`Projekt ${p.number}: ${p.name}`)}</text:p>`;
      const at = xml.indexOf(h) + h.length;
      const tEnd = xml.indexOf('</table:table>', at) + '</table:table>'.length;
      const intro = `<text:p text:style-name="Front">${kind === 'lastYear' ? 'Föregående tertials periodisering (redan bokförd):' : 'Budget och utfall för projektet:'}</text:p>`;
      if (k.where === 'before') return xml.slice(0, at) + intro + tbl(k.rows) + `<text:p text:style-name="Front">Periodiseringar:</text:p>` + xml.slice(at);
      return xml.slice(0, tEnd) + intro + tbl(k.rows) + xml.slice(tEnd);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q14-othertable/out', variants);
