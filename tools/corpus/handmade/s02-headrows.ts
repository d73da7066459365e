// Heading rows that hold data: Table Properties › Text Flow › "Repeat heading" with 2 rows (table:table-header-rows holding
// the header AND the first entry row), so on every page the long table breaks onto, the first entry is printed again under
// the header; also a table whose repeated rows are the header and a units/caption row inside the table ("Belopp i kronor"
// title above the header, repeated), and the first entry only as the heading row (header row not repeated, not in the
// heading rows). Long tables (26 entries in project 1) so the break falls inside; short tables as a control.
// Truth: every entry once (the repeated row is the heading repeat, not a new entry). Exact or a refusal is right;
// the first entry read twice (or its copy read into another entry) without a warning naming the project is wrong.
import { build, cellXml, fmt, mapTables, type Variant } from './slib.js';
const TEXTS = ['Lönekostnad projektledare för perioden, inklusive sociala avgifter och semesterersättning enligt avtal',
  'Hyra lokal, ej fakturerad', 'Konsultkostnad, faktura kommer i maj', 'Material och aktiviteter', 'Upparbetat men ej fakturerat'];
type K = { heads: 'header+first' | 'first' | 'caption+header' | 'header+first+second'; long: boolean; total?: boolean };
const kinds: Record<string, K> = {
  hf: { heads: 'header+first', long: true },
  hfTotal: { heads: 'header+first', long: true, total: true },
  hfs: { heads: 'header+first+second', long: true },
  capHead: { heads: 'caption+header', long: true },
  hfShort: { heads: 'header+first', long: false },
};
const variants: Variant[] = [];
for (const [name, k] of Object.entries(kinds)) for (const seed of [611, 612, 613, 614, 615]) {
  variants.push({
    name: `${name}-${seed}`, seed,
    layout: (l) => {
      l.table = 'table'; l.totalRow = k.total ? 'Summa' : 'none'; l.columns = 'none'; l.repeatHeader = false; l.maxEntries = 30;
      l.kr = false; if (l.novel) { delete l.novel.page; delete l.novel.lineHeight; delete l.novel.wholeMark; }
    },
    written: (w, r) => {
      const p = w.report.projects[0]!;
      const e = p.entries[0] ?? { account: '3699', ikb: '1771', counterparty: '1704', amountOre: 0, text: '' };
      const n = k.long ? 22 + (seed % 5) * 2 : 3;
      p.entries = Array.from({ length: n }, (_, i) => ({ ...e, ikb: i % 5 === 0 ? '1772' : '1771', amountOre: r.int(100, 2_000_000) * 100 + (i % 4 === 0 ? r.int(1, 99) : 0), text: TEXTS[(i + seed) % TEXTS.length]! }));
      w.amounts[0] = p.entries.map((x) => fmt(x.amountOre));
      if (w.report.warnings) w.report.warnings = w.report.warnings.filter((x) => !x.message.startsWith('Projekt 1 ') || x.code !== 'project_without_entries');
      if (w.report.warnings?.length === 0) delete w.report.warnings;
    },
    fodt: (xml) => {
      let heading: string[] = [];
      let rest: string[] = [];
      let cols = '';
      let done = false;
      mapTables(xml, (rows, pi, head) => {
        if (pi !== 0 || done) return null;
        done = true;
        const row = (cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
        cols = head.replace(/<table:table-header-rows>/, '');
        const all = rows.map(row);
        if (k.heads === 'header+first') { heading = all.slice(0, 2); rest = all.slice(2); }
        else if (k.heads === 'header+first+second') { heading = all.slice(0, 3); rest = all.slice(3); }
        else { heading = [row([cellXml('Periodiseringar, belopp i kronor', 'HeadCell', 'CH', 5)]), all[0]!]; rest = all.slice(1); }
        return null;
      });
      const table = `<table:table table:style-name="Tab">${cols}<table:table-header-rows>${heading.join('')}</table:table-header-rows>${rest.join('')}</table:table>`;
      return xml.replace(/<table:table table:style-name="Tab">.*?<\/table:table>/s, () => table);
    },
  });
}
build(process.argv[2] ?? '/tmp/probe4/s02', variants);
