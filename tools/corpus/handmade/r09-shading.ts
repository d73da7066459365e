// Shading and highlighting: every other row shaded (light grey, mid grey, dark blue with white text), with and without
// borders; an amount highlighted yellow (Format › Character › Highlighting); white text on a light grey row (hardly
// visible); and a black highlight over an amount's first digit group in black text (a controller "blacking out" a
// figure: the page shows a black box where "1" of "12 500" stands). Truth: the report, except where the page hides
// a digit (the blacked-out group): that amount cannot be read from the page — a refusal is right, the full amount wrong.
// NB: blackout-*.expected.json hold the full amount as written, so check.ts counts a read of the hidden digits as
// "exact": for this kind, exact means read WRONG (digits the page does not show).
import { addStyles, build, cellProps, esc, firstWithEntries, mapTables, markAmounts, replaceMarked, type Variant } from './rlib.js';
type K = { rows?: { bg: string; color?: string }; borders?: boolean; amount?: 'yellow' | 'blackout' };
const kinds: Record<string, K> = {
  altLight: { rows: { bg: '#f2f2f2' } },
  altLightNoBorders: { rows: { bg: '#f2f2f2' }, borders: false },
  altMid: { rows: { bg: '#bfbfbf' } },
  altDarkWhite: { rows: { bg: '#1f4e79', color: '#ffffff' } },
  altWhiteOnLight: { rows: { bg: '#f0f0f0', color: '#ffffff' } },
  hlYellow: { amount: 'yellow' },
  blackout: { amount: 'blackout' },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [491, 492, 493, 494, 495]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; if (k.borders !== undefined) l.borders = k.borders; if (l.novel) delete l.novel.wholeMark; },
    written: (w) => {
      const target = firstWithEntries(w);
      if (k.amount) markAmounts(w, (pi, ei) => pi === target && ei === 0);
    },
    fodt: (xml) => {
      const props = cellProps(xml);
      xml = addStyles(xml, `<style:style style:name="CS" style:family="table-cell">${props.replace('/>', ` fo:background-color="${k.rows?.bg ?? '#ffffff'}"/>`)}</style:style>`
        + `<style:style style:name="PS" style:family="text"><style:text-properties fo:color="${k.rows?.color ?? '#000000'}"/></style:style>`
        + '<style:style style:name="HY" style:family="text"><style:text-properties fo:background-color="#ffff00"/></style:style>'
        + '<style:style style:name="HB" style:family="text"><style:text-properties fo:color="#000000" fo:background-color="#000000"/></style:style>');
      if (k.amount) {
        xml = replaceMarked(xml, ({ amount, cell }) => {
          const [head, ...rest] = amount.split(/(?<=^\S+)(?=[ \u00a0])/u);
          const inner = k.amount === 'yellow' ? `<text:span text:style-name="HY">${esc(amount)}</text:span>` : `<text:span text:style-name="HB">${esc(head!)}</text:span>${esc(rest.join(''))}`;
          return `${cell!.open}${cell!.pOpen}${inner}</text:p></table:table-cell>`;
        });
        return xml;
      }
      return mapTables(xml, (rows) => ({
        rows: rows.map((r, i) => (i % 2 === 1 ? r.map((c) => c.replace(/table:style-name="C"/, 'table:style-name="CS"').replace(/(<text:p[^>]*>)(.*?)(<\/text:p>)/s, k.rows?.color ? '$1<text:span text:style-name="PS">$2</text:span>$3' : '$1$2$3')) : r)),
      }));
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r09-shading/out', variants);
