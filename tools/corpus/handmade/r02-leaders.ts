// Tab leaders (Format › Paragraph › Tabs › Fill character): in a table set with tabs, the tab stop of the amount filled
// with dots, hyphens, en dashes or underscores up to the amount (a single fill character fits where the motpartsnr ends
// near a long amount: "1704 -12 500"?), or the Text column's tab stop filled after the amount ("12 500 ------ Ej …");
// in a real table, the amount right-aligned in its cell by a tab with a fill character ("…………12 500").
// Truth: the report (the fill is no part of any value). Exact or a refusal is right; a fill read as a minus or a digit is wrong.
import { addStyles, build, type Variant } from './rlib.js';
type K = { where: 'amountStop' | 'textStop' | 'cell'; text: string; style?: string };
const kinds: Record<string, K> = {
  tabsDot: { where: 'amountStop', text: '.', style: 'dotted' },
  tabsDash: { where: 'amountStop', text: '-', style: 'dash' },
  tabsEnDash: { where: 'amountStop', text: '\u2013', style: 'dash' },
  tabsUnder: { where: 'amountStop', text: '_', style: 'solid' },
  textStopDash: { where: 'textStop', text: '-', style: 'dash' },
  textStopDot: { where: 'textStop', text: '.', style: 'dotted' },
  cellDot: { where: 'cell', text: '.', style: 'dotted' },
  cellDash: { where: 'cell', text: '-', style: 'dash' },
  cellEnDash: { where: 'cell', text: '\u2013', style: 'dash' },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [411, 412, 413, 414, 415]) {
  const leader = `style:leader-style="${k.style}" style:leader-text="${k.text}"`;
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => {
      l.table = k.where === 'cell' ? 'table' : 'tabs'; l.totalRow = 'none';
      // Long amounts near a short gap: the amount's stop right-aligned, so the fill shrinks to a character or two.
      if (k.where === 'amountStop') l.amountAlign = seed % 2 ? 'end' : 'start';
      if (k.where === 'cell') l.amountAlign = 'start';
      if (l.novel) delete l.novel.wholeMark;
    },
    written: (w) => {
      if (k.where === 'cell') w.amounts = w.amounts.map((list) => list.map((a) => `@@T${a}`));
    },
    fodt: (xml) => {
      if (k.where === 'cell') {
        const width = Number(/style:name="Col3" style:family="table-column"><style:table-column-properties style:column-width="([\d.]+)cm"/.exec(xml)?.[1] ?? '3');
        const pad = Number(/style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="([\d.]+)cm"/.exec(xml)?.[1] ?? '0.1');
        const pos = Math.max(0.5, width - 2 * pad - 0.05).toFixed(3);
        xml = xml.replace(/(<style:style style:name="AmountCell" style:family="paragraph"><style:paragraph-properties [^>]*?)\/>/,
          `$1><style:tab-stops><style:tab-stop style:position="${pos}cm" style:type="right" ${leader}/></style:tab-stops></style:paragraph-properties>`);
        return addStyles(xml.replace(/@@T/g, '<text:tab/>'), '');
      }
      const index = k.where === 'amountStop' ? 2 : 3;
      return xml.replace(/(<style:style style:name="Tabs" style:family="paragraph">.*?<style:tab-stops>)(.*?)(<\/style:tab-stops>)/s, (_m, a: string, stops: string, c: string) => {
        const list = stops.match(/<style:tab-stop [^>]*\/>/g) ?? [];
        list[index] = list[index]!.replace('/>', ` ${leader}/>`);
        return a + list.join('') + c;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r02-leaders/out', variants);
