// Two texts typed at one place: a text box (frame anchored to the amount's first character, at the top of its line,
// run-through wrap, no padding/border) holding another amount exactly over the amount (dx/dy 0 or a few hundredths of a
// cm), so both print black as one smudge. Kinds: a different amount (old under new: the true amount cannot be known ->
// expected 1 öre, any read is wrong, a refusal is right), an amount differing in one digit, the same amount typed twice
// slightly offset (truth: that amount; exact or a refusal is right), and a frame with a minus only over a positive amount
// (the page shows a minus before the number: truth negative).
import { entryTarget, addNs, addStyles, build, esc, markAmounts, plainAmounts, plainLayout, replaceMarked, fmt, type Variant } from './slib.js';
type K = { over: 'other' | 'digit' | 'same' | 'minus'; dx: number; dy: number };
const kinds: Record<string, K> = {
  other0: { over: 'other', dx: 0, dy: 0 },
  otherDx: { over: 'other', dx: 0.03, dy: 0.02 },
  digit0: { over: 'digit', dx: 0, dy: 0 },
  same0: { over: 'same', dx: 0, dy: 0 },
  sameDx: { over: 'same', dx: 0.04, dy: 0.03 },
  minus: { over: 'minus', dx: -0.25, dy: 0 },
};
const variants: Variant[] = [];
for (const [name, k] of Object.entries(kinds)) for (const seed of [701, 702, 703, 704]) {
  const tabs = seed === 704;
  let size = 10; let font = 'Liberation Serif';
  variants.push({
    name: `${name}-${tabs ? 'tabs' : 'table'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = 'none'; l.columns = 'none'; size = l.novel?.tableFont ? l.fontSize + l.novel.tableFont.sizeDelta : l.fontSize; font = l.novel?.tableFont?.font ?? l.font; },
    written: (w) => {
      const target = entryTarget(w);
      const e = w.report.projects[target]!.entries[0]!;
      e.amountOre = Math.abs(e.amountOre);
      plainAmounts(w);
      const shown = w.amounts[target]![0]!;
      markAmounts(w, (pi, ei) => pi === target && ei === 0);
      const ore = e.amountOre;
      let over: string;
      if (k.over === 'same') over = shown;
      else if (k.over === 'minus') over = '\u2212';
      else if (k.over === 'other') over = fmt(ore + 100000);
      else { // one digit changed: the first digit +1 (mod 10, not 0)
        const m = /\d/.exec(shown)!; const d = (Number(m[0]) % 9) + 1; over = shown.slice(0, m.index) + String(d) + shown.slice(m.index + 1);
      }
      (w as unknown as { over: string }).over = over;
      if (k.over === 'minus') e.amountOre = -ore; // a minus typed in a box before the amount: the page shows it negative
      else if (k.over !== 'same') e.amountOre = 1; // unknowable: any read is wrong
    },
    fodt: (xml, w) => {
      const over = (w as unknown as { over: string }).over;
      xml = addNs(addStyles(xml, `<style:style style:name="fr" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="line" style:horizontal-pos="from-left" style:horizontal-rel="char" fo:padding="0cm" fo:border="none" draw:fill="none" fo:background-color="transparent" style:background-transparency="100%" draw:stroke="none"/></style:style>`
        + `<style:style style:name="OverP" style:family="paragraph"><style:paragraph-properties fo:margin="0cm" fo:text-align="start"/><style:text-properties style:font-name="${font}" fo:font-size="${size}pt"/></style:style>`));
      return replaceMarked(xml, ({ amount, cell }) => {
        const frame = `<draw:frame draw:style-name="fr" draw:name="Over" text:anchor-type="char" svg:x="${k.dx.toFixed(3)}cm" svg:y="${k.dy.toFixed(3)}cm" svg:width="4cm" draw:z-index="5"><draw:text-box fo:min-height="0.3cm"><text:p text:style-name="OverP">${esc(over)}</text:p></draw:text-box></draw:frame>`;
        const inner = `${frame}${esc(amount)}`;
        return cell ? `${cell.open}${cell.pOpen}${inner}</text:p></table:table-cell>` : inner;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/probe5/t01', variants);
