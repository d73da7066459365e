// Variant of r03 (more seeds for its one silent failure): the table's frame beside its own project heading, right or
// left, 55–75 % of the width, wrap parallel or optimal. Truth: the report.
// From r03: a project's accrual table put in a text frame (Insert › Frame, then the table inside it): where it stood (full width,
// or narrower), or beside the project's narrative with the text flowing round it (frame right or left, wrap parallel),
// or beside its own project heading. Truth: the report. Exact or a refusal is right; narrative lines read into the
// table's cells, table cells read into the narrative, or an entry lost, is wrong.
import { addNs, addStyles, build, firstWithEntries, narrativeAt, projectAt, type Variant } from './rlib.js';
import type { WrittenReport } from '../content.js';
type K = { anchor: 'inplace' | 'narrative' | 'heading'; share: number; side: 'left' | 'right'; wrap: 'none' | 'parallel' | 'dynamic' };
const kinds: Record<string, K> = {
  headRight66: { anchor: 'heading', share: 0.66, side: 'right', wrap: 'parallel' },
  headRight55: { anchor: 'heading', share: 0.55, side: 'right', wrap: 'parallel' },
  headRight75: { anchor: 'heading', share: 0.75, side: 'right', wrap: 'dynamic' },
  headLeft60: { anchor: 'heading', share: 0.6, side: 'left', wrap: 'parallel' },
};
/** The project whose table is framed: one with entries and (for a narrative anchor) a narrative. */
const pick = (w: WrittenReport, k: K) => (k.anchor === 'narrative' ? w.report.projects.findIndex((p) => p.entries.length > 0 && p.narrative !== null) : firstWithEntries(w));
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 434]) {
  let textWidth = 17;
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => {
      l.table = 'table'; l.columns = 'none'; l.totalRow = 'none';
      if (l.novel) delete l.novel.wholeMark;
      const page = l.novel?.page === 'letter' ? 21.59 : l.novel?.page === 'landscape' ? 29.7 : 21;
      textWidth = page - (l.marginLeft ?? l.margin) - (l.marginRight ?? l.margin);
    },
    fodt: (xml, w) => {
      xml = addNs(xml);
      const pi = pick(w, k);
      if (pi < 0) return xml;
      const head = projectAt(xml, w, pi);
      const start = xml.indexOf('<table:table table:style-name="Tab">', head);
      const end = xml.indexOf('</table:table>', start) + '</table:table>'.length;
      const width = textWidth * k.share;
      const table = xml.slice(start, end).replace('table:style-name="Tab"', 'table:style-name="TabF"').replace(/table:style-name="Col(\d)"/g, 'table:style-name="ColF$1"');
      const cols = [0, 1, 2, 3, 4].map((i) => Number(new RegExp(`style:name="Col${i}" style:family="table-column"><style:table-column-properties style:column-width="([\\d.]+)cm"`).exec(xml)?.[1] ?? '2'));
      const sum = cols.reduce((a, b) => a + b, 0);
      const styles = `<style:style style:name="TabF" style:family="table"><style:table-properties style:width="${(width - 0.1).toFixed(3)}cm" table:align="left"/></style:style>`
        + cols.map((c, i) => `<style:style style:name="ColF${i}" style:family="table-column"><style:table-column-properties style:column-width="${((c / sum) * (width - 0.1)).toFixed(3)}cm"/></style:style>`).join('')
        + `<style:style style:name="Fr" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="${k.wrap}" style:number-wrapped-paragraphs="no-limit" style:horizontal-pos="${k.side}" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph" fo:margin-left="0.2cm" fo:margin-right="0.2cm" fo:margin-bottom="0.2cm" fo:padding="0cm" fo:border="none"/></style:style>`;
      const frame = `<draw:frame draw:style-name="Fr" draw:name="Tabellram" text:anchor-type="paragraph" svg:width="${width.toFixed(3)}cm" draw:z-index="0"><draw:text-box fo:min-height="0.5cm">${table}</draw:text-box></draw:frame>`;
      xml = xml.slice(0, start) + (k.anchor === 'inplace' ? `<text:p text:style-name="Front">${frame}</text:p>` : '') + xml.slice(end);
      if (k.anchor === 'heading') {
        const at = projectAt(xml, w, pi);
        xml = xml.slice(0, at) + frame + xml.slice(at);
      } else if (k.anchor === 'narrative') {
        const n = narrativeAt(xml, w, pi);
        const body = xml.indexOf('<text:p text:style-name="Body">', n) + '<text:p text:style-name="Body">'.length;
        xml = xml.slice(0, body) + frame + xml.slice(body);
      }
      return addStyles(xml, styles);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r03b-frameheading/out', variants);
