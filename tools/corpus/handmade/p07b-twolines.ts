import { build, type Variant } from './lib.js';
const variants: Variant[] = [];
const pairs: [string, string, number][] = [['12 500', '300', 1280000], ['1 000', '500', 150000], ['45 000', '-250', 4475000], ['8 000', '2 000', 1000000]];
for (const [i, [a, b, sum]] of pairs.entries()) for (const seed of [71, 72, 73, 74, 75, 76]) for (const how of ['para', 'br']) {
  variants.push({
    name: `pair${i}-${how}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; },
    written: (w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      const pi = w.report.projects.indexOf(p);
      w.amounts[pi]![0] = `${a}\n${b}`; p.entries[0]!.amountOre = sum;
    },
    fodt: (xml) => how === 'para'
      ? xml.replace(new RegExp(`(<text:p text:style-name="AmountCell">)${a}\\n${b}(</text:p>)`), `$1${a}$2$1${b}$2`)
      : xml.replace(`${a}\n${b}`, `${a}<text:line-break/>${b}`),
  });
}
build(process.argv[2] ?? '/tmp/handmade/p07b-twolines/out', variants);
