// An entry whose amount was left blank (the controller forgot it or will fill it in later), in a table set with tabs
// whose rows wrap (a page of two columns, or a narrow Text column), in a table with or without borders, the blank entry
// first, in the middle or last of its project. Found by the DOCX round trip (t05): rows in the second page column whose
// amounts fell outside the page were read with the next row's Konto as the amount. Truth: the amount is not on the page
// — expected 1 öre, any read is wrong; a refusal ("Beloppet saknas") is right.
import { build, fixWarnings, plainAmounts, plainLayout, type Variant } from './slib.js';
const variants: Variant[] = [];
for (const table of ['tabs2col', 'tabs', 'table', 'tableNb'] as const) for (const at of ['first', 'middle', 'last'] as const) for (const seed of [781, 782, 783]) {
  variants.push({
    name: `${table}-${at}-${seed}`, seed,
    layout: (l) => {
      plainLayout(l); l.totalRow = 'none'; l.maxEntries = Math.max(l.maxEntries, 4);
      l.table = table.startsWith('tabs') ? 'tabs' : 'table';
      if (table === 'tabs2col') l.columns = 'page'; else if (l.columns === 'page') l.columns = 'none';
      if (table === 'tableNb') l.borders = false;
    },
    written: (w) => {
      let pi = w.report.projects.findIndex((p) => p.entries.length >= 3);
      if (pi < 0) { pi = 0; const p = w.report.projects[0]!; while (p.entries.length < 3) { p.entries.push({ account: '3699', ikb: '1771', counterparty: p.entries[0]?.counterparty ?? '1704', amountOre: 1250000 + p.entries.length * 100000, text: 'Ej fakturerat' }); } fixWarnings(w); }
      const p = w.report.projects[pi]!;
      const ei = at === 'first' ? 0 : at === 'last' ? p.entries.length - 1 : Math.floor(p.entries.length / 2);
      plainAmounts(w);
      w.amounts[pi]![ei] = '';
      p.entries[ei]!.amountOre = 1;
    },
  });
}
build(process.argv[2] ?? '/tmp/probe5/t08', variants);
