// Variant of q16: the table typed with runs of spaces instead of tabs or a table (a controller aligning columns by eye), in the body
// font, with amounts with öre of varying width and the amount column padded narrower (14-17) so amounts reach the Text column.
// Truth: the report. Any refusal is right; a wrong amount or code is wrong.
import { build, esc, fmt, type Variant } from './plib.js';
const variants: Variant[] = [];
for (const pad of [14, 15, 16, 17]) for (const seed of [372, 376, 377, 378, 379, 380]) {
  variants.push({
    name: `spacesore-p${pad}-${seed}`, seed,
    layout: (l) => { l.table = 'tabs'; l.totalRow = 'none'; l.kr = false; if (l.novel) delete l.novel.wholeMark; l.columns = 'none'; },
    written: (w, r) => { w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => { e.amountOre = r.int(1000, 99999999) * 100 + r.int(1, 99); w.amounts[pi]![ei] = fmt(e.amountOre); })); },
    fodt: (xml) => {
      const widths = [8, 8, 22, pad];
      return xml.replace(/(<text:p text:style-name="Tabs(?:Head)?">)(.*?)(<\/text:p>)/g, (_m, a, body: string, c) => {
        const f = body.split('<text:tab/>').map((x) => x.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
        if (f.length < 4) return _m;
        const parts = f.map((x, i) => (i < widths.length ? (i === 3 ? x.padStart(widths[i]! - 2) + '  ' : x.padEnd(widths[i]!)) : x));
        return a + parts.map((p) => esc(p).replace(/ {2,}/g, (s) => `<text:s text:c="${s.length}"/>`)).join('') + c;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q16b-spacesore/out', variants);
