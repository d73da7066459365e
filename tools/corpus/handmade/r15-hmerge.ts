// Cells merged across columns in an entry row (Table › Merge Cells), their contents typed in the merged cell with
// spaces: Konto..motpartsnr as one cell "3699 1771 1704"; IKB and motpartsnr "1771 1704"; motpartsnr and Belopp
// "1704 12 500"; Belopp and Text "12 500 Ej fakturerat"; the whole row after Konto. Every entry row of one project,
// or only its first; with and without borders. Truth: the report (codes, amount and text as typed). Exact or a refusal
// is right; a code read as part of the amount, or a number of the text read into the amount, is wrong.
import { build, cellXml, esc, firstWithEntries, mapTables, type Variant } from './rlib.js';
const SPANS: Record<string, [number, number]> = { codes3: [0, 3], ikbMotpart: [1, 3], motpartAmount: [2, 4], amountText: [3, 5], afterKonto: [1, 5] };
const variants: Variant[] = [];
for (const [kind, [from, to]] of Object.entries(SPANS)) for (const seed of [551, 552, 553, 554]) for (const borders of [true, false]) for (const all of [true, false]) {
  variants.push({
    name: `${kind}-${borders ? 'b' : 'nb'}-${all ? 'all' : 'one'}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.borders = borders; if (l.novel) delete l.novel.wholeMark; },
    fodt: (xml, w) => {
      const target = firstWithEntries(w);
      return mapTables(xml, (rows, pi) => {
        if (pi !== target) return null;
        const text = (c: string) => /<text:p[^>]*>(.*?)<\/text:p>/s.exec(c)?.[1] ?? '';
        const out = rows.map((r, i) => {
          if (i === 0 || (!all && i !== 1)) return r;
          const joined = r.slice(from, to).map(text).join(' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
          const style = from === 3 || (from <= 3 && to > 3 && from >= 2) ? 'AmountCell' : 'Cell';
          return [...r.slice(0, from), cellXml(joined, style, 'C', to - from), ...r.slice(to)];
        });
        void esc;
        return { rows: out };
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r15-hmerge/out', variants);
