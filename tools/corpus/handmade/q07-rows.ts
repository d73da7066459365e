// Row-level edits: two entries in one row, empty rows, the header again mid-table or last, a table split into two,
// an entry without Konto (continuation by eye), a row of only a Konto. Truth: the report with every entry as generated
// (an entry without Konto is ambiguous); a refusal is right, entries lost, joined or read with other codes are wrong.
import { build, cellXml, mapTables, type Variant } from './plib.js';
const para = (c: string) => c.match(/<text:p [^>]*>/)?.[0] ?? '<text:p>';
const inner = (c: string) => c.replace(/.*?<text:p[^>]*>(.*?)<\/text:p>.*/s, '$1');
const kinds = ['twoInOne', 'twoInOneBr', 'emptyRows', 'headerAgain', 'headerLast', 'splitTable', 'splitTableHeaded', 'noKonto', 'noKontoNoCodes', 'kontoOnlyRow', 'emptyRowWithDash'];
const variants: Variant[] = [];
for (const kind of kinds) for (const seed of [281, 282, 283, 284]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.maxEntries = 5; },
    written: (w) => {
      // make sure the first project with entries has >= 2 entries
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      const pi = w.report.projects.indexOf(p);
      if (p.entries.length < 2) { p.entries.push({ ...p.entries[0]!, amountOre: 250000, ikb: '1772', text: 'Material och aktiviteter' }); w.amounts[pi]!.push(/ kr$/.test(w.amounts[pi]![0]!) ? '2 500 kr' : '2 500'); }
    },
    fodt: (xml, w) => {
      const target = w.report.projects.findIndex((x) => x.entries.length > 0);
      return mapTables(xml, (rows, pi) => {
        if (pi !== target) return null;
        const p = w.report.projects[pi]!;
        const [head, ...data] = rows;
        const empty = () => head!.map(() => cellXml(''));
        if (kind.startsWith('twoInOne')) {
          const [a, b, ...rest] = data;
          const merged = a!.map((c, i) => kind === 'twoInOneBr'
            ? c.replace(/<\/text:p>/, `<text:line-break/>${inner(b![i]!)}</text:p>`)
            : c.replace(/<\/table:table-cell>$/, `${para(b![i]!)}${inner(b![i]!)}</text:p></table:table-cell>`));
          return { rows: [head!, merged, ...rest] };
        }
        if (kind === 'emptyRows') return { rows: [head!, ...data.flatMap((r) => [r, empty()])] };
        if (kind === 'emptyRowWithDash') return { rows: [head!, ...data.flatMap((r) => [r, head!.map((_, i) => cellXml(i === 3 ? '-' : ''))])] };
        if (kind === 'headerAgain') return { rows: [head!, data[0]!, head!, ...data.slice(1)] };
        if (kind === 'headerLast') return { rows: [...data, head!] };
        if (kind === 'kontoOnlyRow') return { rows: [head!, data[0]!, head!.map((_, i) => cellXml(i === 0 ? '3699' : '')), ...data.slice(1)] };
        if (kind === 'noKonto' || kind === 'noKontoNoCodes') {
          // second entry: Konto cell empty (and for noKontoNoCodes also IKB and motpart): truth is ambiguous, a refusal is right.
          const r = data[1]!.map((c, i) => (i === 0 || (kind === 'noKontoNoCodes' && i < 3) ? cellXml('') : c));
          return { rows: [head!, data[0]!, r, ...data.slice(2)] };
        }
        // split into two tables after the first row
        const close = '</table:table>';
        const cols = head!.map((_, i) => `<table:table-column table:style-name="Col${i}"/>`).join('');
        const second = `<table:table table:style-name="Tab">${cols}${[...(kind === 'splitTableHeaded' ? [head!] : []), ...data.slice(1)].map((r) => `<table:table-row>${r.join('')}</table:table-row>`).join('')}${close}`;
        void p;
        return { rows: [head!, data[0]!], after: kind === 'splitTable' ? second : `<text:p text:style-name="Front"/>${second}` };
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q07-rows/out', variants);
