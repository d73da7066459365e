// A level watermark: "UTKAST", "KOPIA", "PRELIMINÄR" or "Ej justerad" (or a year "2016") in large light-grey type across the
// middle of every page — a text frame anchored in the page header, centred on the page, set in the background
// (run-through, background) — as a committee marks a draft. Not rotated (rotated text is left out by the reader).
// Truth: the report (a watermark is no part of it). Exact or a refusal is right; the mark read into a narrative, an
// entry's text or amount, or a project name without a warning naming the project, is wrong.
import { addNs, addStyles, build, esc, type Variant } from './slib.js';
const MARKS: Record<string, { text: string; size: number; colour: string }> = {
  utkast: { text: 'UTKAST', size: 72, colour: '#d0d0d0' },
  kopia: { text: 'KOPIA', size: 96, colour: '#e0e0e0' },
  prelim: { text: 'PRELIMINÄR', size: 48, colour: '#c8c8c8' },
  ejjust: { text: 'Ej justerad', size: 40, colour: '#cccccc' },
  year: { text: '2016', size: 110, colour: '#e6e6e6' },
  small: { text: 'UTKAST', size: 20, colour: '#bbbbbb' },
};
const variants: Variant[] = [];
for (const [name, m] of Object.entries(MARKS)) for (const seed of [691, 692, 693, 694, 695]) {
  variants.push({
    name: `${name}-${seed}`, seed,
    layout: (l) => { l.maxEntries = seed % 2 ? 18 : 6; },
    fodt: (xml) => {
      xml = addNs(addStyles(xml, '<style:style style:name="Wm" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="background" fo:border="none" fo:padding="0cm" fo:background-color="transparent" style:horizontal-pos="center" style:horizontal-rel="page" style:vertical-pos="middle" style:vertical-rel="page"/></style:style>'
        + `<style:style style:name="WmP" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="${m.size}pt" fo:color="${m.colour}" fo:font-weight="bold"/></style:style>`));
      const frame = `<draw:frame draw:style-name="Wm" draw:name="Watermark" text:anchor-type="paragraph" svg:width="18cm" svg:height="${(m.size / 72 * 2.54 * 1.3).toFixed(2)}cm" draw:z-index="0"><draw:text-box><text:p text:style-name="WmP">${esc(m.text)}</text:p></draw:text-box></draw:frame>`;
      return xml.includes('<style:header>') ? xml.replace(/<style:header><text:p([^>]*)>/, `<style:header><text:p$1>${frame}`)
        : xml.replace('</style:master-page>', `<style:header><text:p>${frame}</text:p></style:header></style:master-page>`);
    },
  });
}
build(process.argv[2] ?? '/tmp/probe4/s07', variants);
