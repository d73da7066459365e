// A project's accrual table moved into a text frame (Insert › Frame, then the table inside it), for
// the probes r03-frame.ts and r03b-frameheading.ts: each names its frames (where, how wide, how the
// text flows round it) and seeds.
import { addNs, addStyles, firstWithEntries, narrativeAt, projectAt, type Variant } from './rlib.js';
import type { WrittenReport } from '../content.js';

/** Where the frame stands (in the table's place, in the narrative, beside the project's heading), its share of the text width, its side, the wrap. */
export type Frame = { anchor: 'inplace' | 'narrative' | 'heading'; share: number; side: 'left' | 'right'; wrap: 'none' | 'parallel' | 'dynamic' };

/** The project whose table is framed: one with entries and (for a narrative anchor) a narrative. */
const pick = (w: WrittenReport, k: Frame) => (k.anchor === 'narrative' ? w.report.projects.findIndex((p) => p.entries.length > 0 && p.narrative !== null) : firstWithEntries(w));

/** One variant per frame and seed: the report with that project's table framed so. */
export function framedTables(kinds: Record<string, Frame>, seeds: readonly number[]): Variant[] {
  const variants: Variant[] = [];
  for (const [kind, k] of Object.entries(kinds)) for (const seed of seeds) {
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
  return variants;
}
