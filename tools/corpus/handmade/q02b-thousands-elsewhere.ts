// The unit said outside the header row: in the project heading, in a merged title row inside the table, in a note under
// the table, or in the front matter. Truth: amounts in thousands. Any refusal is right; kronor read is wrong.
import { build, cellXml, esc, fmt, mapTables, type Variant } from './plib.js';
const kinds = ['inHeading', 'titleRow', 'noteBelow', 'frontMatter', 'headerCellNote'];
const variants: Variant[] = [];
for (const kind of kinds) for (const seed of [211, 212, 214, 215]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.kr = false; if (l.novel) { delete l.novel.wholeMark; delete l.novel.headers; } },
    written: (w) => {
      w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => {
        const units = Math.max(1, Math.round(Math.abs(e.amountOre) / 100 / 1000));
        const sign = e.amountOre < 0 ? -1 : 1;
        w.amounts[pi]![ei] = fmt(units * 100 * sign);
        e.amountOre = units * 1000 * 100 * sign;
      }));
    },
    fodt: (xml, w) => {
      if (kind === 'inHeading') for (const p of w.report.projects) {
        xml = xml.replace(`>${esc(`Projekt ${p.number}: ${p.name}`)}<`, `>${esc(`Projekt ${p.number}: ${p.name} (belopp i tkr)`)}<`);
        p.name = `${p.name} (belopp i tkr)`;
        if (w.report.warnings) for (const x of w.report.warnings) x.message = x.message.replace(`Projekt ${p.number} (${p.name.replace(' (belopp i tkr)', '')})`, `Projekt ${p.number} (${p.name})`);
      }
      if (kind === 'titleRow') return mapTables(xml, (rows) => ({ rows: [[cellXml('Periodiseringar, belopp i tkr', 'HeadCell', 'CH', 5)], ...rows] }));
      if (kind === 'headerCellNote') return mapTables(xml, (rows) => { rows[0]![3] = rows[0]![3]!.replace(/<\/text:p>/, '</text:p><text:p text:style-name="HeadCell">i tkr</text:p>'); return { rows }; });
      if (kind === 'noteBelow') return mapTables(xml, () => null).replace(/<\/table:table>/g, '</table:table><text:p text:style-name="Front">Belopp i tkr.</text:p>');
      if (kind === 'frontMatter') return xml.replace(`${esc(w.periodLine)}</text:p>`, `${esc(w.periodLine)}</text:p><text:p text:style-name="Front">Alla belopp anges i tusentals kronor (tkr).</text:p>`);
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q02b-thousands-elsewhere/out', variants);
