// Inside the amount cell: two lines where one amount could be read (a manual line break or a second paragraph holding
// "500" under "12 500" in a wide cell — two figures, or one wrapped?), "kr" on the line below, and amounts marked with
// combining characters: a combining long stroke overlay (U+0336) on every digit (the amount shows struck through
// without any strikethrough format), a combining solidus overlay (U+0338) on the first digit, a combining enclosing
// circle. Truth: two figures in one cell and a struck amount are no amount to read — expected.json holds 1 öre (a
// sentinel): any refusal is right, any amount read is wrong; "kr" below: the amount.
import { entryTarget, build, esc, markAmounts, plainLayout, replaceMarked, type Variant } from './slib.js';
const g = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
type F = { xml: (kr: number) => string; truth: (kr: number) => number | 'amb' };
const forms: Record<string, F> = {
  lb500: { xml: (kr) => `${g(kr)}<text:line-break/>500`, truth: () => 'amb' },
  par500: { xml: (kr) => `${g(kr)}</text:p><text:p text:style-name="AmountCell">500`, truth: () => 'amb' },
  lbKr: { xml: (kr) => `${g(kr)}<text:line-break/>kr`, truth: (kr) => kr * 100 },
  strokeAll: { xml: (kr) => esc(g(kr).replace(/\d/g, (d) => `${d}\u0336`)), truth: () => 'amb' },
  solidus1: { xml: (kr) => esc(g(kr).replace(/^\d/, (d) => `${d}\u0338`)), truth: () => 'amb' },
  circle: { xml: (kr) => esc(g(kr).replace(/^\d/, (d) => `${d}\u20dd`)), truth: () => 'amb' },
};
const variants: Variant[] = [];
for (const [name, f] of Object.entries(forms)) for (const seed of [711, 712, 713, 714]) {
  const tabs = seed === 714 && !name.startsWith('par');
  const kron = new Map<string, number>();
  variants.push({
    name: `${name}-${tabs ? 'tabs' : 'table'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = 'none'; if (l.columnShares[3] < 0.17) { l.columnShares[4] -= 0.17 - l.columnShares[3]; l.columnShares[3] = 0.17; } },
    written: (w, r) => {
      const target = entryTarget(w);
      const e = w.report.projects[target]!.entries[0]!;
      const kr = r.int(10_000, 99_999);
      const t = f.truth(kr);
      e.amountOre = t === 'amb' ? 1 : t;
      kron.set(`${target}.0`, kr);
      markAmounts(w, (pi, ei) => pi === target && ei === 0);
    },
    fodt: (xml) => replaceMarked(xml, ({ pi, ei, cell }) => {
      const inner = f.xml(kron.get(`${pi}.${ei}`)!);
      return cell ? `${cell.open}${cell.pOpen}${inner}</text:p></table:table-cell>` : inner;
    }),
  });
}
build(process.argv[2] ?? '/tmp/probe4/s09', variants);
