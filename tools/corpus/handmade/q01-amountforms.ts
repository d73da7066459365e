// Amounts typed in other forms: other group separators (dot, thin/figure/double/mixed spaces), whole-kronor marks (,– ,-- :-- :- kr:-),
// a plus sign, other minus signs (em dash, hyphens, small minus, trailing "kr-"), "kr" before, a leading zero, three decimals, "kr" after öre.
// Truth: the amount as a number (negative where a minus-like sign is written); a refusal is right, another amount is wrong
// (three decimals "x,yz0" is ambiguous: any refusal is right).
import { build, fmt, type Variant } from './plib.js';
type Form = (ore: number, i: number) => string;
const forms: Record<string, Form> = {
  dotgroup: (o) => fmt(o, { group: '.' }),                 // 1.250.000 (whole) / 1.250.000,50
  thin2009: (o) => fmt(o, { group: '\u2009' }),
  figure2007: (o) => fmt(o, { group: '\u2007' }),
  doublesp: (o) => fmt(o, { group: '  ' }),
  mixedsp: (o, i) => fmt(o, { group: i % 2 ? '\u00a0' : ' ' }),
  endashcomma: (o) => (o % 100 === 0 ? `${fmt(o)},\u2013` : fmt(o)),
  dashdash: (o) => (o % 100 === 0 ? `${fmt(o)},--` : fmt(o)),
  colondashdash: (o) => (o % 100 === 0 ? `${fmt(o)}:--` : fmt(o)),
  spcolon: (o) => (o % 100 === 0 ? `${fmt(o)} :-` : fmt(o)),
  plus: (o) => (o > 0 ? `+${fmt(o)}` : fmt(o)),
  emminus: (o) => fmt(o, { neg: (s) => `\u2014${s}` }),
  hyph2010: (o) => fmt(o, { neg: (s) => `\u2010${s}` }),
  nbhyph2011: (o) => fmt(o, { neg: (s) => `\u2011${s}` }),
  smallminus: (o) => fmt(o, { neg: (s) => `\ufe63${s}` }),
  krprefix: (o) => `kr ${fmt(o)}`,
  leadzero: (o) => `0${fmt(o)}`,
  threedec: (o) => fmt(o, { alwaysDec: true }) + '0',
  oredec: (o) => fmt(o, { alwaysDec: true }).replace(/,(\d\d)$/, ',$1 kr'),
  krcolon: (o) => (o % 100 === 0 ? `${fmt(o)} kr:-` : fmt(o)),
  negparenkr: (o) => fmt(o, { neg: (s) => `${s} kr-` }),
};
const variants: Variant[] = [];
for (const [kind, form] of Object.entries(forms)) for (const seed of [201, 202, 203]) for (const table of ['table', 'tabs'] as const) {
  if (table === 'tabs' && seed === 203) continue;
  variants.push({
    name: `${kind}-${seed}-${table}`, seed,
    layout: (l) => { l.table = table; l.totalRow = 'none'; if (l.novel) delete l.novel.wholeMark; },
    written: (w) => {
      let i = 0;
      w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => {
        if (ei === 0 && e.amountOre > 0 && /minus|hyph|negparen/.test(kind)) e.amountOre = -e.amountOre;
        if (kind === 'threedec') e.amountOre = e.amountOre; // truth ambiguous: x,yz0 -> x,yz kr? any refusal right
        w.amounts[pi]![ei] = form(e.amountOre, i++);
      }));
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q01-amountforms/out', variants);
