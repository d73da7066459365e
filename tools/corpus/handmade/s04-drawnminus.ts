// A negative amount's minus not typed as a minus character: a short black line drawn as a shape anchored as a character
// before the amount (Insert › Shape › Line / a thin filled rectangle, "As character"), a minus set raised (superscript
// span) or lowered (subscript span), and minus look-alikes from other blocks (figure dash U+2012, heavy minus U+2796,
// modifier minus U+02D7, full-width hyphen-minus U+FF0D, small hyphen-minus U+FE63 — done before: q01 smallminus — left out).
// Truth: the amount is negative (the page shows a minus before it). Exact or a refusal is right; a positive amount is wrong.
import { entryTarget, addNs, addStyles, build, esc, markAmounts, plainAmounts, plainLayout, replaceMarked, type Variant } from './slib.js';
type K = { how: 'rect' | 'line' | 'sup' | 'sub' | 'char'; ch?: string };
const kinds: Record<string, K> = {
  rect: { how: 'rect' }, line: { how: 'line' }, sup: { how: 'sup' }, sub: { how: 'sub' },
  figdash: { how: 'char', ch: '\u2012' }, heavy: { how: 'char', ch: '\u2796' }, modmin: { how: 'char', ch: '\u02d7' }, fullw: { how: 'char', ch: '\uff0d' },
};
const variants: Variant[] = [];
for (const [name, k] of Object.entries(kinds)) for (const seed of [661, 662, 663, 664]) {
  const tabs = seed === 664;
  let size = 10;
  variants.push({
    name: `${name}-${tabs ? 'tabs' : 'table'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = 'none'; size = l.novel?.tableFont ? l.fontSize + l.novel.tableFont.sizeDelta : l.fontSize; },
    written: (w) => {
      const target = entryTarget(w);
      const e = w.report.projects[target]!.entries[0]!;
      e.amountOre = -Math.abs(e.amountOre);
      plainAmounts(w);
      w.amounts[target]![0] = w.amounts[target]![0]!.slice(1); // written without its minus
      markAmounts(w, (pi, ei) => pi === target && ei === 0);
    },
    fodt: (xml) => {
      xml = addNs(addStyles(xml, '<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>'
        + '<style:style style:name="Sub" style:family="text"><style:text-properties style:text-position="sub 58%"/></style:style>'
        + '<style:style style:name="gr" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#000000" style:vertical-pos="middle" style:vertical-rel="text"/></style:style>'
        + '<style:style style:name="gl" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.03cm" svg:stroke-color="#000000" style:vertical-pos="middle" style:vertical-rel="text"/></style:style>'));
      const em = (f: number) => ((f * size) / 72) * 2.54;
      return replaceMarked(xml, ({ amount, cell }) => {
        let minus: string;
        if (k.how === 'rect') minus = `<draw:rect draw:style-name="gr" text:anchor-type="as-char" svg:width="${em(0.45).toFixed(3)}cm" svg:height="${em(0.07).toFixed(3)}cm" draw:z-index="3"/> `;
        else if (k.how === 'line') minus = `<draw:line draw:style-name="gl" text:anchor-type="as-char" svg:x1="0cm" svg:y1="0cm" svg:x2="${em(0.45).toFixed(3)}cm" svg:y2="0cm" draw:z-index="3"/> `;
        else if (k.how === 'sup') minus = '<text:span text:style-name="Sup">\u2212</text:span>';
        else if (k.how === 'sub') minus = '<text:span text:style-name="Sub">\u2212</text:span>';
        else minus = esc(k.ch!);
        const inner = `${minus}${esc(amount)}`;
        return cell ? `${cell.open}${cell.pOpen}${inner}</text:p></table:table-cell>` : inner;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/probe4/s04', variants);
