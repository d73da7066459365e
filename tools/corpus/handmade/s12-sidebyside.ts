// A long project table split by hand into two tables side by side (a two-column section, the second half after a
// column break, each half with its header), as a controller fits a table of many rows on one page; or the halves in a
// two-column borderless outer table's cells. Truth: every entry, in order (first half, then second). Exact or a refusal
// is right; entries lost, duplicated, joined across the halves or put in the wrong order of amounts/texts is wrong.
import { addStyles, build, fmt, mapTables, type Variant } from './slib.js';
const TEXTS = ['Hyra lokal', 'Material', 'Konsult', 'Ej fakturerat', 'Lön'];
const variants: Variant[] = [];
for (const how of ['section', 'outer'] as const) for (const seed of [741, 742, 743, 744, 745, 746]) {
  variants.push({
    name: `${how}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.columns = 'none'; l.kr = false; if (l.novel) { delete l.novel.wholeMark; delete l.novel.page; } l.fontSize = Math.min(l.fontSize, 10); },
    written: (w, r) => {
      const p = w.report.projects[0]!;
      const e = p.entries[0] ?? { account: '3699', ikb: '1771', counterparty: '1704', amountOre: 0, text: '' };
      p.entries = Array.from({ length: 10 }, (_, i) => ({ ...e, ikb: i % 4 === 0 ? '1772' : '1771', amountOre: r.int(100, 99_999) * 100, text: TEXTS[(i + seed) % TEXTS.length]! }));
      w.amounts[0] = p.entries.map((x) => fmt(x.amountOre));
      if (w.report.warnings) w.report.warnings = w.report.warnings.filter((x) => !x.message.startsWith('Projekt 1 ') || x.code !== 'project_without_entries');
      if (w.report.warnings?.length === 0) delete w.report.warnings;
    },
    fodt: (xml) => {
      xml = addStyles(xml, '<style:style style:name="ColBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="column" fo:margin-bottom="0cm"/></style:style>'
        + '<style:style style:name="Outer" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>'
        + '<style:style style:name="OC" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>'
        + '<style:style style:name="Half" style:family="table"><style:table-properties style:width="8cm" table:align="left"/></style:style>'
        + '<style:style style:name="Two2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>');
      let done = false;
      return mapTables(xml, (rows, pi) => {
        if (pi !== 0 || done) return null;
        done = true;
        const row = (cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
        const cols = '<table:table-column/><table:table-column/><table:table-column/><table:table-column/><table:table-column/>';
        const half = (rs: string[][]) => `<table:table table:style-name="Half">${cols}${row(rows[0]!)}${rs.map(row).join('')}</table:table>`;
        const a = half(rows.slice(1, 6));
        const b = half(rows.slice(6));
        const html = how === 'section'
          ? `<text:section text:style-name="Two2" text:name="Halves">${a}<text:p text:style-name="ColBreak"/>${b}</text:section>`
          : `<table:table table:style-name="Outer"><table:table-column/><table:table-column/><table:table-row><table:table-cell table:style-name="OC">${a}<text:p/></table:table-cell><table:table-cell table:style-name="OC">${b}<text:p/></table:table-cell></table:table-row></table:table>`;
        return { rows: [], before: '@@CUT', after: html };
      }).replace(/@@CUT<table:table table:style-name="Tab">.*?<\/table:table>/s, '');
    },
  });
}
build(process.argv[2] ?? '/tmp/probe4/s12', variants);
