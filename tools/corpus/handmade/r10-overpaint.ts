// Text painted over: a white text frame (opaque, no border, wrap "in background/run through", anchored to a character of
// the amount cell) over the amount's first digit ("12 500" shows as " 2 500"), over a negative amount's minus sign
// ("-12 500" shows as " 12 500"), or holding a new amount over the old one (the old "12 500" covered, "13 000" shown),
// as a controller patches a figure without retyping the table. Table and amounts in Liberation Sans (known widths).
// Truth: what the page shows (expected.json holds the visible amount). Exact or a refusal is right; the covered text read is wrong.
import { addNs, addStyles, build, esc, firstWithEntries, markAmounts, replaceMarked, type Variant } from './rlib.js';
type K = { cover: 'digit' | 'minus' | 'new' };
const kinds: Record<string, K> = { coverDigit: { cover: 'digit' }, coverMinus: { cover: 'minus' }, coverNew: { cover: 'new' } };
const W: Record<string, number> = { '-': 0.333, '\u2212': 0.584, '\u2013': 0.556 };
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [501, 502, 503, 504, 505, 506, 507, 508]) for (const align of ['start', 'end'] as const) {
  let size = 10;
  let newOre = 0;
  variants.push({
    name: `${kind}-${align}-${seed}`, seed,
    layout: (l) => {
      l.table = 'table'; l.totalRow = 'none'; l.amountAlign = align; l.font = 'Liberation Sans'; l.kr = false;
      if (l.columns === 'page') l.columns = 'none';
      if (l.novel) { delete l.novel.wholeMark; delete l.novel.tableFont; }
      size = l.fontSize;
    },
    written: (w) => {
      const target = firstWithEntries(w);
      const e = w.report.projects[target]!.entries[0]!;
      // At least two digits before the first space, so covering the first leaves an amount.
      e.amountOre = (k.cover === 'minus' ? -1 : 1) * (Math.abs(e.amountOre) < 1000000 ? Math.abs(e.amountOre) + 1000000 : Math.abs(e.amountOre));
      w.amounts[target]![0] = (e.amountOre < 0 ? '-' : '') + w.amounts[target]![0]!.replace(/^[-\u2212\u2013]/u, '').replace(/^[^,]*/u, () => String(Math.floor(Math.abs(e.amountOre) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' '));
      const written = w.amounts[target]![0]!;
      const visible = k.cover === 'digit' ? written.slice(1) : k.cover === 'minus' ? written.slice(1) : '';
      const parse = (s: string) => { const m = /^(-?)([\d ]+)(?:,(\d\d))?/.exec(s.trim())!; return (m[1] ? -1 : 1) * (Number(m[2]!.replace(/ /g, '')) * 100 + Number(m[3] ?? 0)); };
      newOre = Math.round(Math.abs(e.amountOre) / 100000) * 100000 + 100000;
      e.amountOre = k.cover === 'new' ? newOre : parse(visible);
      markAmounts(w, (pi, ei) => pi === target && ei === 0);
    },
    fodt: (xml) => {
      xml = addNs(xml);
      const pt = (em: number) => ((em * size) / 72) * 2.54;
      xml = addStyles(xml, '<style:style style:name="FrW" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" fo:background-color="#ffffff" fo:border="none" fo:padding="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:margin-top="0cm" fo:margin-bottom="0cm" style:horizontal-pos="from-left" style:horizontal-rel="char" style:vertical-pos="from-top" style:vertical-rel="line"/></style:style>');
      return replaceMarked(xml, ({ amount, cell }) => {
        const first = amount.charAt(0);
        const width = k.cover === 'new' ? pt(0.556 * amount.length + 0.3) : pt((W[first] ?? 0.556) + 0.02);
        const inner = k.cover === 'new' ? `<text:p text:style-name="AmountCell">${esc(String(newOre / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ' '))}</text:p>` : '<text:p/>';
        const frame = `<draw:frame draw:style-name="FrW" draw:name="Lapp" text:anchor-type="char" svg:x="0cm" svg:y="0cm" svg:width="${width.toFixed(3)}cm" svg:height="${pt(1.15).toFixed(3)}cm" draw:z-index="5"><draw:text-box>${inner}</draw:text-box></draw:frame>`;
        return `${cell!.open}${cell!.pOpen}${frame}${esc(amount)}</text:p></table:table-cell>`;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r10-overpaint/out', variants);
