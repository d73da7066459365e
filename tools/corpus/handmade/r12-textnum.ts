// An entry's Text cell that begins with (or is only) a number or a dash, right after the amount: "2 500 kr avser moms",
// "500" (a count, a voucher number), "250 000", "300 kr", "– ej fakturerat", "-500 kr korrigering", "0,50 öresavrundning".
// Tight cells (padding 0.02 cm, amount flush right) and wider ones, with and without borders, and a table set with tabs.
// Truth: the report with those texts. Exact or a refusal is right; the text's number joined to the amount, or a dash
// read as the amount's sign, is wrong.
import { build, firstWithEntries, type Variant } from './rlib.js';
const TEXTS: Record<string, string> = {
  momsKr: '2 500 kr avser moms', bare500: '500', bare250k: '250 000', kr300: '300 kr', dashText: '\u2013 ej fakturerat',
  minusText: '-500 kr korrigering', ore: '0,50 öresavrundning',
};
const variants: Variant[] = [];
for (const [kind, text] of Object.entries(TEXTS)) for (const seed of [521, 522, 523]) for (const form of ['tight', 'tightnb', 'wide', 'tabs'] as const) {
  variants.push({
    name: `${kind}-${form}-${seed}`, seed,
    layout: (l) => {
      l.table = form === 'tabs' ? 'tabs' : 'table'; l.totalRow = 'none'; l.amountAlign = 'end';
      if (form.startsWith('tight')) l.cellPadding = 0.02;
      if (form === 'tightnb') l.borders = false;
      if (form === 'tight') l.borders = true;
      if (l.novel) delete l.novel.wholeMark;
    },
    written: (w) => {
      const p = w.report.projects[firstWithEntries(w)]!;
      // Every entry of the first project with entries: the text in each row, so a join shows wherever the widths allow.
      p.entries.forEach((e) => { e.text = text; });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r12-textnum/out', variants);
