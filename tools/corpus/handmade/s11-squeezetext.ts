// Variant of s01: words squeezed to 1 % width (style:text-scale="1%") in texts, where they flip the meaning a person reads:
// "Ej " before an entry's text ("Ej fakturerat" shows "fakturerat"), " inte" in a narrative sentence, a digit of the
// Konto or motpartsnr (a fifth digit "36699" showing "3699"), and a squeezed second amount-like number in the Text cell.
// Truth: what the page shows. Exact or a refusal is right; the squeezed word read is wrong.
import { entryTarget, addStyles, build, esc, firstWithNarrative, plainLayout, type Variant } from './slib.js';
const SQ = '<style:style style:name="Sq" style:family="text"><style:text-properties style:text-scale="1%"/></style:style>';
const sq = (t: string) => `<text:span text:style-name="Sq">${esc(t)}</text:span>`;
type K = 'ej' | 'inte' | 'konto' | 'motpart';
const variants: Variant[] = [];
for (const kind of ['ej', 'inte', 'konto', 'motpart'] as K[]) for (const seed of [731, 732, 733, 734, 735]) {
  let target = -1;
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = seed === 735 ? 'tabs' : 'table'; },
    written: (w) => {
      if (kind === 'inte') {
        target = firstWithNarrative(w);
        if (target < 0) return;
        const n = w.report.projects[target]!.narrative!;
        n.paragraphs[0] = `Kostnaderna för perioden följer budgeten. ${n.paragraphs[0]}`; // shown; the squeezed " inte" goes after "följer"
        return;
      }
      target = entryTarget(w);
      const e = w.report.projects[target]!.entries[0]!;
      if (kind === 'ej') e.text = 'fakturerat';
    },
    fodt: (xml, w) => {
      xml = addStyles(xml, SQ);
      const p = w.report.projects[target];
      if (!p) return xml;
      if (kind === 'inte') return xml.replace('Kostnaderna för perioden följer budgeten.', `Kostnaderna för perioden följer${sq(' inte')} budgeten.`);
      const e = p.entries[0]!;
      const at = xml.indexOf(esc(`Projekt ${p.number}: ${p.name}`));
      const rest = xml.slice(at);
      let edited = rest;
      if (kind === 'ej') edited = rest.replace(`>${esc(e.text)}<`, `>${sq('Ej ')}fakturerat<`).replace(`${esc(e.text)}</text:p>`, `${sq('Ej ')}fakturerat</text:p>`);
      if (kind === 'konto') edited = rest.replace(/>3699</, `>3${sq('6')}699<`).replace(/>3699<text:tab\/>/, `>3${sq('6')}699<text:tab/>`);
      if (kind === 'motpart') edited = rest.replace(`>${e.counterparty}<`, `>${e.counterparty.slice(0, 2)}${sq('1')}${e.counterparty.slice(2)}<`);
      return xml.slice(0, at) + edited;
    },
  });
}
build(process.argv[2] ?? '/tmp/probe4/s11', variants);
