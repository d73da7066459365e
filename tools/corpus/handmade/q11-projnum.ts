// Project headings numbered otherwise: "Projekt 3a", "Projekt 3 b", "Projekt 2.1", "Projekt IV", "Projekt 03", numbers skipped.
// Truth: for letters/sub-numbers/roman numerals the number is not an integer — any refusal is right; reading another number is wrong.
import { build, esc, type Variant } from './plib.js';
const forms: Record<string, (n: number) => string | null> = {
  letter: (n) => (n === 2 ? '1a' : null),            // project 2 called "1a": truth not an integer
  letterAll: (n) => `${n}a`,
  spaceLetter: (n) => (n === 1 ? '1 b' : null),
  dotted: (n) => `1.${n}`,
  roman: (n) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][n - 1]!,
  leadingZero: (n) => `0${n}`,
  skipped: (n) => String(n === 1 ? 1 : n + 1),
  nrPrefix: (n) => `nr ${n}`,
};
const variants: Variant[] = [];
for (const [kind, form] of Object.entries(forms)) for (const seed of [321, 322, 323]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; },
    fodt: (xml, w) => {
      for (const p of w.report.projects) {
        const f = form(p.number);
        if (f === null) continue;
        xml = xml.split(`>${esc(`Projekt ${p.number}: ${p.name}`)}<`).join(`>${esc(`Projekt ${f}: ${p.name}`)}<`);
        if (p.narrative) xml = xml.split(`>${esc(`Delredovisning projekt ${p.number}: ${p.narrative.title}`)}<`).join(`>${esc(`Delredovisning projekt ${f}: ${p.narrative.title}`)}<`);
        // expected: for integer-equivalent forms keep the integer; for skipped, the new number; otherwise mark with -1 (any read is wrong)
        if (kind === 'skipped') p.number = Number(f);
        else if (kind !== 'leadingZero') p.number = -1;
      }
      if (kind === 'skipped' && w.report.warnings) for (const x of w.report.warnings) x.message = x.message.replace(/^Projekt (\d+)/, (_m, n) => `Projekt ${Number(n) === 1 ? 1 : Number(n) + 1}`);
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q11-projnum/out', variants);
