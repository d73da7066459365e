import { build, fmt, type Variant } from './lib.js';
const forms: Record<string, (o: number) => string> = {
  sek: (o) => fmt(o, { suffix: ' SEK' }),
  kronor: (o) => fmt(o, { suffix: ' kronor' }),
  krdot: (o) => fmt(o, { suffix: ' kr.' }),
  thdot: (o) => fmt(o, { group: '.', alwaysDec: true }),
  nosep: (o) => fmt(o, { group: '', alwaysDec: true }),
  decpt: (o) => fmt(o, { group: '', dec: '.', alwaysDec: true }),
  engl: (o) => fmt(o, { group: ',', dec: '.', alwaysDec: true }),
  sekpre: (o) => `SEK ${fmt(o)}`,
  onedec: (o) => fmt(o, { alwaysDec: true }).replace(/(,\d)0$/, '$1'),
  apos: (o) => fmt(o, { group: "'" }),
  thinsp: (o) => fmt(o, { group: '\u202f' }),
};
const variants: Variant[] = [];
for (const [kind, form] of Object.entries(forms)) for (const seed of [51, 52, 53]) for (const table of ['table', 'tabs'] as const) {
  variants.push({
    name: `${kind}-${seed}-${table}`, seed,
    layout: (l) => { l.table = table; },
    written: (w) => {
      w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => {
        if (kind === 'onedec' && ei === 0) e.amountOre = Math.trunc(e.amountOre / 10) * 10 + (e.amountOre % 10 === 0 ? 50 : 0);
        w.amounts[pi]![ei] = form(e.amountOre);
      }));
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/p05-formats/out', variants);
