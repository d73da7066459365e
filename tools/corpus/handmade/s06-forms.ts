// Amount cells typed in forms no earlier probe tried: a sum written out ("12 500 + 300"), a range ("10 000–12 000"),
// accounting parentheses for a negative ("(12 500)"), an apostrophe or right quote as the group mark ("12'500", "12’500"),
// a decimal point ("12500.50"), one öre digit ("1 250,5"), invisible characters inside the digits (zero-width space,
// word joiner, soft hyphen: the page shows "12500"), full-width and Arabic-Indic digits, "ca 12 500", "≈ 12 500",
// "SEK 12 500", a tab inside the cell between the amount and "kr".
// Truth: what a person in Sweden reads: the value; for the sum and the range no single amount is written — expected.json
// holds 1 öre there (a sentinel no reading gives): any refusal is right, any amount read is wrong.
import { entryTarget, build, esc, markAmounts, plainLayout, replaceMarked, type Variant } from './slib.js';
const g = (n: number, sep = ' ') => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const AR = '٠١٢٣٤٥٦٧٨٩';
type F = { show: (kr: number) => string; truth: (kr: number) => number | 'amb'; xml?: (s: string) => string };
const forms: Record<string, F> = {
  plus: { show: (kr) => `${g(kr)} + 300`, truth: () => 'amb' },
  range: { show: (kr) => `${g(kr)}\u2013${g(kr + 2000)}`, truth: () => 'amb' },
  paren: { show: (kr) => `(${g(kr)})`, truth: (kr) => -kr * 100 },
  apos: { show: (kr) => g(kr, "'"), truth: (kr) => kr * 100 },
  rquote: { show: (kr) => g(kr, '\u2019'), truth: (kr) => kr * 100 },
  point: { show: (kr) => `${kr}.50`, truth: (kr) => kr * 100 + 50 },
  onedec: { show: (kr) => `${g(kr)},5`, truth: (kr) => kr * 100 + 50 },
  zwsp: { show: (kr) => g(kr, '\u200b'), truth: (kr) => kr * 100 },
  wj: { show: (kr) => g(kr, '\u2060'), truth: (kr) => kr * 100 },
  shy: { show: (kr) => g(kr, '\u00ad'), truth: (kr) => kr * 100 },
  fullw: { show: (kr) => g(kr).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))), truth: (kr) => kr * 100 },
  arabic: { show: (kr) => g(kr).replace(/\d/g, (d) => AR[Number(d)]!), truth: (kr) => kr * 100 },
  ca: { show: (kr) => `ca ${g(kr)}`, truth: (kr) => kr * 100 },
  approx: { show: (kr) => `\u2248 ${g(kr)}`, truth: (kr) => kr * 100 },
  sek: { show: (kr) => `SEK ${g(kr)}`, truth: (kr) => kr * 100 },
  tabkr: { show: (kr) => `${g(kr)}\tkr`, truth: (kr) => kr * 100, xml: (s) => esc(s).replace('\t', '<text:tab/>') },
};
const variants: Variant[] = [];
for (const [name, f] of Object.entries(forms)) for (const seed of [681, 682]) {
  const tabs = seed === 682 && ['plus', 'range', 'paren', 'zwsp', 'ca', 'tabkr'].includes(name);
  const shown = new Map<string, string>();
  variants.push({
    name: `${name}-${tabs ? 'tabs' : 'table'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = 'none'; },
    written: (w, r) => {
      const target = entryTarget(w);
      const e = w.report.projects[target]!.entries[0]!;
      const kr = r.int(10_000, 99_999);
      const t = f.truth(kr);
      e.amountOre = t === 'amb' ? 1 : t;
      shown.set(`${target}.0`, f.show(kr));
      markAmounts(w, (pi, ei) => pi === target && ei === 0);
    },
    fodt: (xml) => replaceMarked(xml, ({ pi, ei, cell }) => {
      const s = shown.get(`${pi}.${ei}`)!;
      const inner = f.xml ? f.xml(s) : esc(s);
      return cell ? `${cell.open}${cell.pOpen}${inner}</text:p></table:table-cell>` : inner;
    }),
  });
}
build(process.argv[2] ?? '/tmp/probe4/s06', variants);
