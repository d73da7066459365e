// Running heads and feet set tight against the body: header and footer spacing 0 (Format › Page › Header/Footer: spacing
// 0 cm, height fitted), in the body's font and size, holding what a template puts there: a bare page number right
// (under the Text column), "Sida 2 av 5", "Bilaga 2" or a file number ("Dnr 1.5.1-318/2014") at the right above the
// body; long tables so rows stand at the very top and bottom of pages. Tables without borders and with borders.
// Truth: the report (running heads are no part of it). Exact or a refusal is right; a page number read into an entry's
// text or amount, or a header line read into a narrative or project name without a warning, is wrong.
import { build, plainLayout, type Variant } from './slib.js';
type K = { foot?: 'bare' | 'sida'; head?: string };
const kinds: Record<string, K> = { bare: { foot: 'bare' }, sida: { foot: 'sida' }, bilaga: { head: 'Bilaga 2' }, dnr: { head: 'Dnr 1.5.1-318/2014' }, both: { foot: 'bare', head: 'Bilaga 4' } };
const variants: Variant[] = [];
for (const [name, k] of Object.entries(kinds)) for (const seed of [721, 722, 723, 724, 725, 726]) {
  variants.push({
    name: `${name}-${seed}`, seed,
    layout: (l) => {
      plainLayout(l); l.maxEntries = 18; l.table = 'table'; l.borders = seed % 2 === 0;
      l.novel ??= {};
      if (k.foot) { l.pageFooter = 'page'; l.novel.pageNumber = k.foot === 'bare' ? 'bare' : undefined; } else l.pageFooter = 'none';
      if (k.head) { l.pageHeader = 'none'; l.novel.headerRight = k.head; } else { l.pageHeader = 'none'; delete l.novel.headerRight; }
    },
    fodt: (xml) => xml
      .replace('<style:header-style><style:header-footer-properties fo:margin-bottom="0.4cm"/>', '<style:header-style><style:header-footer-properties fo:margin-bottom="0cm" fo:min-height="0cm"/>')
      .replace('<style:footer-style><style:header-footer-properties fo:margin-top="0.4cm"/>', '<style:footer-style><style:header-footer-properties fo:margin-top="0cm" fo:min-height="0cm"/>')
      .replace(/<style:header><text:p text:style-name="Running"><text:tab\/>/, '<style:header><text:p text:style-name="Running"><text:tab/>'),
  });
}
build(process.argv[2] ?? '/tmp/probe4/s10', variants);
