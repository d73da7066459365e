// Rotated text in the table, as a controller does to fit a narrow column: the header row's cells (or only "Nämndens
// motpartsnr") set vertical (Table Properties › Text Flow › Text orientation: tb-rl / bt-lr), an entry's Text cell set
// vertical, the amount rotated by character rotation (Format › Character › Position › Rotation 90°/270°), and one row's
// codes rotated. Truth: the report (rotated text is on the page and says what it says). Exact or a refusal is right;
// a text or amount dropped, or taken from another cell, without a warning naming the project, is wrong.
import { addStyles, build, cellProps, firstWithEntries, mapTables, type Variant } from './rlib.js';
type K = { head?: 'all' | 'motpart'; textCell?: boolean; amountChar?: number; codeChar?: number; mode?: 'tb-rl' | 'bt-lr' };
const kinds: Record<string, K> = {
  headAllTb: { head: 'all', mode: 'tb-rl' },
  headAllBt: { head: 'all', mode: 'bt-lr' },
  headMotpart: { head: 'motpart', mode: 'bt-lr' },
  textCellTb: { textCell: true, mode: 'tb-rl' },
  textCellBt: { textCell: true, mode: 'bt-lr' },
  amount90: { amountChar: 90 },
  amount270: { amountChar: 270 },
  codes90: { codeChar: 90 },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [441, 442, 443, 444, 445]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; if (l.novel) delete l.novel.wholeMark; },
    fodt: (xml, w) => {
      const target = firstWithEntries(w);
      const props = cellProps(xml);
      const vertical = (base: string, name: string) => `<style:style style:name="${name}" style:family="table-cell">${props.replace('/>', ` style:writing-mode="${k.mode ?? 'tb-rl'}"${base === 'CH' && /background/.test(xml) ? '' : ''}/>`)}</style:style>`;
      xml = addStyles(xml, vertical('C', 'CV') + vertical('CH', 'CHV')
        + `<style:style style:name="Rot" style:family="text"><style:text-properties style:text-rotation-angle="${k.amountChar ?? k.codeChar ?? 90}" style:text-rotation-scale="line-height"/></style:style>`);
      return mapTables(xml, (rows, pi) => {
        if (k.head) {
          rows[0] = rows[0]!.map((c, i) => (k.head === 'all' || i === 2 ? c.replace(/table:style-name="CH"/, 'table:style-name="CHV"') : c));
          return { rows };
        }
        if (pi !== target) return null;
        const row = rows[1]!;
        if (k.textCell) row[4] = row[4]!.replace(/table:style-name="C"/, 'table:style-name="CV"');
        if (k.amountChar) row[3] = row[3]!.replace(/(<text:p[^>]*>)(.*?)(<\/text:p>)/s, '$1<text:span text:style-name="Rot">$2</text:span>$3');
        if (k.codeChar) for (const i of [0, 1, 2]) row[i] = row[i]!.replace(/(<text:p[^>]*>)(.*?)(<\/text:p>)/s, '$1<text:span text:style-name="Rot">$2</text:span>$3');
        return { rows };
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r04-rotated/out', variants);
