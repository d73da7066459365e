import { build, esc, type Variant } from './lib.js';
const variants: Variant[] = [];
const forms: Record<string, (n: number, name: string) => [string, string]> = {
  dash: (n, name) => [`Projekt ${n} \u2013 ${name}`, name],
  dot: (n, name) => [`Projekt ${n}. ${name}`, name],
  upper: (n, name) => [`PROJEKT ${n}: ${name.toUpperCase()}`, name.toUpperCase()],
  nocolon: (n, name) => [`Projekt ${n} ${name}`, name],
  hyphen: (n, name) => [`Projekt ${n} - ${name}`, name],
};
for (const [kind, form] of Object.entries(forms)) for (const seed of [41, 42, 43]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    fodt: (xml, w) => {
      for (const p of w.report.projects) {
        const old = `>${esc(`Projekt ${p.number}: ${p.name}`)}<`;
        const [text, name] = form(p.number, p.name);
        if (!xml.includes(old)) throw new Error('no heading');
        xml = xml.replace(old, `>${esc(text)}<`);
        p.name = name;
      }
      return xml;
    },
  });
}
for (const seed of [41, 42, 43]) variants.push({
  name: `deleg-dash-${seed}`, seed,
  fodt: (xml, w) => {
    for (const p of w.report.projects) if (p.narrative) xml = xml.replace(`>${esc(`Delredovisning projekt ${p.number}: ${p.narrative.title}`)}<`, `>${esc(`Delredovisning projekt ${p.number} \u2013 ${p.narrative.title}`)}<`);
    return xml;
  },
});
build(process.argv[2] ?? '/tmp/handmade/p04-headings/out', variants);
