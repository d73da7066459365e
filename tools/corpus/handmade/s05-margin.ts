// Margin notes: a small text frame anchored in an entry's Belopp cell but placed in the page margin at the row's height
// (Frame › Position: horizontal "from left" / "left" relative to the right or left page margin, vertical "top" to the
// paragraph), as a controller marks a corrected row: "Rättad 2014-05-02", "Ny", "*", or a bare number "2" (a reference);
// and the page number set in a frame in the right margin at mid-page on every page (anchored in the page header,
// vertical position relative to the page) beside whatever row stands there. Table and tabs.
// Truth: the report (margin notes and page numbers are no part of any entry). Exact or a refusal is right; a note read
// into an entry's text, amount or code, or an entry lost, without a warning naming the project, is wrong.
import { entryTarget, addNs, addStyles, build, esc, markAmounts, plainLayout, replaceMarked, type Variant } from './slib.js';
type K = { side: 'right' | 'left'; note?: string; pageNo?: boolean };
const kinds: Record<string, K> = {
  rattadR: { side: 'right', note: 'Rättad 2014-05-02' }, nyR: { side: 'right', note: 'Ny' }, starR: { side: 'right', note: '*' }, numR: { side: 'right', note: '2' },
  numL: { side: 'left', note: '2' }, nyL: { side: 'left', note: 'Ny' }, pageNoR: { side: 'right', pageNo: true },
};
const variants: Variant[] = [];
for (const [name, k] of Object.entries(kinds)) for (const seed of [671, 672, 673, 674]) {
  const tabs = seed === 674;
  variants.push({
    name: `${name}-${tabs ? 'tabs' : 'table'}-${seed}`, seed,
    layout: (l) => {
      plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = 'none'; if (l.columns === 'page') l.columns = 'none';
      l.margin = Math.max(l.margin, 2); delete l.marginLeft; delete l.marginRight;
      if (k.pageNo) { l.maxEntries = 18; l.pageFooter = 'none'; }
    },
    written: (w) => {
      const target = entryTarget(w);
      if (!k.pageNo) markAmounts(w, (pi, ei) => pi === target && ei === 0);
    },
    fodt: (xml) => {
      xml = addNs(addStyles(xml, `<style:style style:name="Mg" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" fo:border="none" fo:padding="0cm" fo:background-color="transparent" style:horizontal-pos="${k.side === 'right' ? 'left' : 'right'}" style:horizontal-rel="${k.side === 'right' ? 'page-end-margin' : 'page-start-margin'}" style:vertical-pos="${k.pageNo ? 'middle' : 'top'}" style:vertical-rel="${k.pageNo ? 'page' : 'paragraph'}"/></style:style>`
        + '<style:style style:name="MgP" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:font-style="italic"/></style:style>'));
      const frame = (text: string) => `<draw:frame draw:style-name="Mg" draw:name="M${Math.random().toString(36).slice(2, 7)}" text:anchor-type="${k.pageNo ? 'paragraph' : 'char'}" svg:width="1.6cm" svg:height="0.5cm" draw:z-index="4"><draw:text-box><text:p text:style-name="MgP">${text}</text:p></draw:text-box></draw:frame>`;
      if (k.pageNo) {
        const pn = frame('Sida <text:page-number text:select-page="current">1</text:page-number>');
        return xml.includes('<style:header>') ? xml.replace(/<style:header><text:p([^>]*)>/, `<style:header><text:p$1>${pn}`)
          : xml.replace('</style:master-page>', `<style:header><text:p>${pn}</text:p></style:header></style:master-page>`);
      }
      return replaceMarked(xml, ({ amount, cell }) => {
        const inner = `${frame(esc(k.note!))}${esc(amount)}`;
        return cell ? `${cell.open}${cell.pOpen}${inner}</text:p></table:table-cell>` : inner;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/probe4/s05', variants);
