// Characters squeezed to nothing: Format › Character › Position › Scale width 1 % (style:text-scale="1%") on part of an
// amount. The glyph stays in the text layer but is drawn 1 % wide, a hairline no reader sees: the first digit of an amount
// ("12 500" shows "2 500"), a negative amount's minus ("-12 500" shows "12 500"), a digit and its group space
// ("1 250 000" shows "250 000"), or an extra digit typed before the amount ("9" + "12 500" shows "12 500").
// Table and tabs. Truth: what the page shows. Exact or a refusal is right; the squeezed character read is wrong.
import { entryTarget, addStyles, build, esc, markAmounts, oreOf, plainAmounts, plainLayout, replaceMarked, type Variant } from './slib.js';
type K = { kind: 'digit' | 'minus' | 'group' | 'extra'; scale?: string };
const kinds: Record<string, K> = {
  digit: { kind: 'digit' }, minus: { kind: 'minus' }, group: { kind: 'group' }, extra: { kind: 'extra' }, digit5pct: { kind: 'digit', scale: '5%' },
};
const variants: Variant[] = [];
for (const [name, k] of Object.entries(kinds)) for (const seed of [601, 602, 603, 604, 605, 606]) {
  const tabs = seed % 3 === 0;
  let target = -1;
  const split = new Map<string, [string, string]>(); // key pi.ei -> [squeezed, rest]
  variants.push({
    name: `${name}-${tabs ? 'tabs' : 'table'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = 'none'; },
    written: (w, r) => {
      target = entryTarget(w);
      const e = w.report.projects[target]!.entries[0]!;
      let ore = Math.abs(e.amountOre);
      if (k.kind === 'group') ore = r.int(1, 9) * 100_000_000 + r.int(100_000, 999_999) * 100;
      else if (ore < 1_000_000) ore += 1_000_000 * r.int(1, 9);
      e.amountOre = k.kind === 'minus' ? -ore : ore;
      plainAmounts(w);
      const written = w.amounts[target]![0]!;
      const cut = k.kind === 'group' ? 2 : 1;
      const [squeezed, rest] = k.kind === 'extra' ? ['9', written] : [written.slice(0, cut), written.slice(cut)];
      split.set(`${target}.0`, [squeezed, rest]);
      e.amountOre = oreOf(rest);
      markAmounts(w, (pi, ei) => pi === target && ei === 0);
    },
    fodt: (xml) => {
      xml = addStyles(xml, `<style:style style:name="Sq" style:family="text"><style:text-properties style:text-scale="${k.scale ?? '1%'}"/></style:style>`);
      return replaceMarked(xml, ({ pi, ei, amount, cell }) => {
        const [sq, rest] = split.get(`${pi}.${ei}`) ?? ['', amount];
        const inner = `<text:span text:style-name="Sq">${esc(sq)}</text:span>${esc(rest)}`;
        return cell ? `${cell.open}${cell.pOpen}${inner}</text:p></table:table-cell>` : inner;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/probe4/s01', variants);
