// Invisible formatting characters typed into amounts and codes (Insert › Formatting Mark): zero-width space U+200B
// (no-width optional break), word joiner U+2060 (no-width no break), soft hyphen U+00AD, left-to-right mark U+200E,
// right-to-left mark U+200F, inside a group ("12 5|00") or between the minus and the digits; a right-to-left override
// U+202E…U+202C around the digits (the page shows them reversed, "005 21": expected 1 öre, any read is wrong); an amount
// cell whose paragraph is right-to-left (style:writing-mode="rl-tb": a negative "-12 500" shows as "12 500-" – truth
// negative). Truth otherwise: the amount shown. Exact or a refusal is right.
import { entryTarget, addStyles, build, esc, markAmounts, plainAmounts, plainLayout, replaceMarked, type Variant } from './slib.js';
type K = { ch?: string; where?: 'group' | 'sign' | 'code'; rlo?: boolean; rtl?: boolean };
const kinds: Record<string, K> = {
  zwspGroup: { ch: '\u200b', where: 'group' }, wjGroup: { ch: '\u2060', where: 'group' }, shyGroup: { ch: '\u00ad', where: 'group' },
  lrmSign: { ch: '\u200e', where: 'sign' }, rlmSign: { ch: '\u200f', where: 'sign' }, rlmGroup: { ch: '\u200f', where: 'group' },
  zwspCode: { ch: '\u200b', where: 'code' }, rlo: { rlo: true }, rtlCell: { rtl: true },
};
const variants: Variant[] = [];
for (const [name, k] of Object.entries(kinds)) for (const seed of [761, 762, 763]) {
  const tabs = seed === 763;
  variants.push({
    name: `${name}-${tabs ? 'tabs' : 'table'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = 'none'; },
    written: (w) => {
      const target = entryTarget(w);
      const e = w.report.projects[target]!.entries[0]!;
      // An amount of at least four digits, negative where the sign matters.
      e.amountOre = (k.where === 'sign' || k.rtl ? -1 : 1) * (Math.abs(e.amountOre) < 100000 ? Math.abs(e.amountOre) + 1234500 : Math.abs(e.amountOre));
      plainAmounts(w);
      if (k.where === 'code') { e.account = '3699'; }
      markAmounts(w, (pi, ei) => pi === target && ei === 0);
      if (k.rlo) e.amountOre = 1;
      (w as unknown as { target: number }).target = target;
    },
    fodt: (xml, w) => {
      xml = addStyles(xml, '<style:style style:name="RtlP" style:family="paragraph" style:parent-style-name="AmountCell"><style:paragraph-properties style:writing-mode="rl-tb"/></style:style>');
      const target = (w as unknown as { target: number }).target;
      if (k.where === 'code') {
        // the Konto of the entry's row: the first "3699" cell after the project's heading
        const p = w.report.projects[target]!;
        const at = xml.indexOf(esc(`Projekt ${p.number}: ${p.name}`));
        const i = xml.indexOf('>3699<', at);
        xml = `${xml.slice(0, i)}>36${k.ch}99<${xml.slice(i + 6)}`;
      }
      return replaceMarked(xml, ({ amount, cell }) => {
        let inner = esc(amount);
        if (k.where === 'group') { const d = [...amount].findLastIndex((c) => /\d/.test(c)) - 1; inner = esc(amount.slice(0, d) + k.ch + amount.slice(d)); }
        if (k.where === 'sign') inner = esc(amount.replace(/^-/, `-${k.ch}`));
        if (k.rlo) inner = `\u202e${esc(amount)}\u202c`;
        if (k.rtl && cell) return `${cell.open}<text:p text:style-name="RtlP">${inner}</text:p></table:table-cell>`;
        if (k.rtl) inner = `\u200f${inner}`; // tabs: no paragraph of its own – an RLM before the amount
        return cell ? `${cell.open}${cell.pOpen}${inner}</text:p></table:table-cell>` : inner;
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/probe5/t06', variants);
