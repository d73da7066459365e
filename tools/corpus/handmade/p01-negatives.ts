import { build, fmt, type Variant } from './lib.js';
const styles: Record<string, (ore: number, kr: boolean) => string> = {
  paren: (o, kr) => fmt(o, { neg: (s) => `(${s})`, suffix: kr ? ' kr' : '' }),
  parenkr: (o) => fmt(o, { neg: (s) => `(${s})`, suffix: ' kr' }),
  trail: (o, kr) => fmt(o, { neg: (s) => `${s}-`, suffix: kr ? ' kr' : '' }),
  trailsp: (o) => fmt(o, { neg: (s) => `${s} -` }),
  umin: (o, kr) => fmt(o, { neg: (s) => `\u2212${s}`, suffix: kr ? ' kr' : '' }),
  minsp: (o) => fmt(o, { neg: (s) => `- ${s}` }),
};
const variants: Variant[] = [];
for (const [name, style] of Object.entries(styles)) {
  for (const seed of [11, 12, 13, 14]) {
    variants.push({
      name: `${name}-${seed}`, seed,
      written: (w) => {
        w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => {
          if (ei === 0 && e.amountOre > 0) e.amountOre = -e.amountOre;
          const kr = / kr$/.test(w.amounts[pi]![ei]!);
          w.amounts[pi]![ei] = style(e.amountOre, kr);
        }));
      },
    });
  }
}
build(process.argv[2] ?? '/tmp/handmade/p01-negatives/out', variants);
