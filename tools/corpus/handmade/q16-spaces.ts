// The table typed with runs of spaces instead of tabs or a table (a controller aligning columns by eye), in the body font
// or in a monospaced font. Truth: the report. Any refusal is right; a wrong amount or code is wrong.
import { build, esc, type Variant } from './plib.js';
const variants: Variant[] = [];
for (const font of ['body', 'mono']) for (const seed of [371, 372, 373, 374, 375]) {
  variants.push({
    name: `spaces-${font}-${seed}`, seed,
    layout: (l) => { l.table = 'tabs'; l.totalRow = 'none'; l.columns = 'none'; },
    fodt: (xml) => {
      if (font === 'mono') {
        xml = xml.replace('</office:font-face-decls>', `<style:font-face style:name="Liberation Mono" svg:font-family="'Liberation Mono'"/></office:font-face-decls>`);
        xml = xml.replace(/(<style:style style:name="Tabs" style:family="paragraph">.*?)(<\/style:style>)/s, (_m, a: string, b) => (a.includes('<style:text-properties') ? a.replace(/<style:text-properties[^>]*\/>/, '<style:text-properties style:font-name="Liberation Mono" fo:font-size="9pt"/>') : a + '<style:text-properties style:font-name="Liberation Mono" fo:font-size="9pt"/>') + b);
      }
      const widths = [8, 8, 22, 16];
      return xml.replace(/(<text:p text:style-name="Tabs(?:Head)?">)(.*?)(<\/text:p>)/g, (_m, a, body: string, c) => {
        const f = body.split('<text:tab/>').map((x) => x.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
        if (f.length < 4) return _m;
        const parts = f.map((x, i) => (i < widths.length ? (i === 3 ? x.padStart(widths[i]! - 2) + '  ' : x.padEnd(widths[i]!)) : x));
        return a + parts.map((p) => esc(p).replace(/ {2,}/g, (s) => `<text:s text:c="${s.length}"/>`)).join('') + c;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q16-spaces/out', variants);
