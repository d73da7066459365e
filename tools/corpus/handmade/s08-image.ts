// A picture over the text: an opaque image (Insert › Image, wrap "In front", anchored to a character of the amount cell)
// painted over part of an amount — a white patch over the first digit ("12 500" shows " 2 500"), a white patch over a
// negative amount's minus, a patch holding nothing over the whole amount with the new amount typed beside it
// (old "12 500" hidden, "13 000" shown after it), or a stamp-like grey box ("granskad") over the first digits.
// Unlike r10 (a white text frame, a filled path), here the cover is an image XObject. Table and amounts in Liberation Sans.
// Truth: what the page shows. Exact or a refusal is right; the covered text read is wrong.
import { entryTarget, addNs, build, esc, markAmounts, oreOf, plainAmounts, plainLayout, pngBase64, replaceMarked, type Variant } from './slib.js';
type K = { cover: 'digit' | 'minus' | 'whole' | 'stamp' };
const kinds: Record<string, K> = { digit: { cover: 'digit' }, minus: { cover: 'minus' }, whole: { cover: 'whole' }, stamp: { cover: 'stamp' } };
const WHITE = pngBase64(8, 8, () => [255, 255, 255]);
const GREY = pngBase64(16, 8, (x, y) => ((x + y) % 5 === 0 ? [90, 90, 90] : [150, 150, 150]));
const variants: Variant[] = [];
for (const [name, k] of Object.entries(kinds)) for (const seed of [701, 702, 703, 704, 705]) for (const align of ['start', 'end'] as const) {
  if (align === 'end' && seed > 703) continue;
  let size = 10;
  let newShown = '';
  variants.push({
    name: `${name}-${align}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = 'table'; l.totalRow = 'none'; l.amountAlign = align; l.font = 'Liberation Sans'; if (l.columns === 'page') l.columns = 'none'; if (l.novel) delete l.novel.tableFont; size = l.fontSize; },
    written: (w, r) => {
      const target = entryTarget(w);
      const e = w.report.projects[target]!.entries[0]!;
      const ore = ((r.int(1, 9) * 10 + r.int(1, 9)) * 1000 + r.int(0, 999)) * 100;
      e.amountOre = k.cover === 'minus' ? -ore : ore;
      plainAmounts(w);
      const written = w.amounts[target]![0]!;
      if (k.cover === 'digit' || k.cover === 'minus' || k.cover === 'stamp') e.amountOre = oreOf(written.slice(k.cover === 'stamp' ? 2 : 1));
      if (k.cover === 'whole') { e.amountOre = ore + 50_000; newShown = String(e.amountOre / 100).replace(/\B(?=(\d{3})+(?!\d))/g, ' '); }
      markAmounts(w, (pi, ei) => pi === target && ei === 0);
    },
    fodt: (xml) => {
      xml = addNs(xml).replace('<office:automatic-styles>', '<office:automatic-styles><style:style style:name="Img" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" fo:border="none" fo:padding="0cm" style:horizontal-pos="from-left" style:horizontal-rel="char" style:vertical-pos="from-top" style:vertical-rel="line"/></style:style>');
      const cm = (em: number) => ((em * size) / 72) * 2.54;
      return replaceMarked(xml, ({ amount, cell }) => {
        const chars = k.cover === 'stamp' ? 2 : k.cover === 'whole' ? amount.length : 1;
        const width = cm(0.556 * chars + 0.05);
        const data = k.cover === 'stamp' ? GREY : WHITE;
        const img = `<draw:frame draw:style-name="Img" draw:name="Bild${Math.random().toString(36).slice(2, 7)}" text:anchor-type="char" svg:x="0cm" svg:y="${cm(-0.05).toFixed(3)}cm" svg:width="${width.toFixed(3)}cm" svg:height="${cm(1.2).toFixed(3)}cm" draw:z-index="6"><draw:image><office:binary-data>${data}</office:binary-data></draw:image></draw:frame>`;
        const inner = `${img}${esc(amount)}${k.cover === 'whole' ? ` ${esc(newShown)}` : ''}`;
        return `${cell!.open}${cell!.pOpen}${inner}</text:p></table:table-cell>`;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/probe4/s08', variants);
