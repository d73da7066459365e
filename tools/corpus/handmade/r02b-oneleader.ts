// Variant of r02: each amount right-aligned in its table cell by a tab whose fill character is a hyphen or an en dash,
// the tab stop set (per cell, as a controller drags it) just past the amount, so the fill is one or two characters:
// "-12 500" on the page where 12 500 is written. Table and amounts in Liberation Sans, so the widths are known.
// Truth: the report (the fill is no part of the amount). Exact or a refusal is right; a negative amount is wrong.
import { addStyles, build, esc, markAmounts, replaceMarked, type Variant } from './rlib.js';
const WIDTH: Record<string, number> = { ' ': 278, '\u00a0': 278, ',': 278, '-': 333, '\u2212': 584, '\u2013': 556, k: 500, r: 333, ':': 278 };
const em = (s: string) => [...s].reduce((t, c) => t + (WIDTH[c] ?? 556), 0) / 1000;
const variants: Variant[] = [];
for (const fill of ['-', '\u2013']) for (const slack of [1.15, 1.5, 1.9]) for (const seed of [421, 422, 423, 424, 425]) {
  let size = 10;
  variants.push({
    name: `${fill === '-' ? 'hyph' : 'endash'}${Math.round(slack * 100)}-${seed}`, seed,
    layout: (l) => {
      l.table = 'table'; l.totalRow = 'none'; l.amountAlign = 'start'; l.font = 'Liberation Sans';
      if (l.columns === 'page') l.columns = 'none';
      if (l.novel) { delete l.novel.wholeMark; delete l.novel.tableFont; }
      size = l.fontSize;
    },
    written: (w) => markAmounts(w, () => true),
    fodt: (xml) => {
      let styles = '';
      xml = replaceMarked(xml, ({ pi, ei, amount, cell }) => {
        const name = `AL${pi}_${ei}`;
        const pos = ((em(amount) + slack * em(fill)) * size) / 72 * 2.54;
        styles += `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="AmountCell"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="${pos.toFixed(3)}cm" style:type="right" style:leader-style="dash" style:leader-text="${fill}"/></style:tab-stops></style:paragraph-properties></style:style>`;
        return `${cell!.open}<text:p text:style-name="${name}"><text:tab/>${esc(amount)}</text:p></table:table-cell>`;
      });
      // The automatic AmountCell style is a parent here: it must be a common style.
      xml = xml.replace(/<style:style style:name="AmountCell" style:family="paragraph">.*?<\/style:style>/s, (m) => {
        styles += m.replace('style:name="AmountCell"', 'style:name="AmountCellA"');
        return '';
      });
      xml = xml.replace('</office:styles>', `${/(<style:style style:name="AmountCellA".*?<\/style:style>)/s.exec(styles)?.[1]?.replace('AmountCellA', 'AmountCell') ?? ''}</office:styles>`);
      styles = styles.replace(/<style:style style:name="AmountCellA".*?<\/style:style>/s, '');
      return addStyles(xml, styles);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r02b-oneleader/out', variants);
