// Footnote markers typed by hand: a superscript span or a Unicode superscript after an amount, a code or a text.
// Truth: the amount/code as written without the marker (a refusal is right too); reading the marker as a digit is wrong.
import { addStyles, build, esc, type Variant } from './plib.js';
const SUP = '<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style><style:style style:name="Sub" style:family="text"><style:text-properties style:text-position="sub 58%"/></style:style>';
const span = (t: string, s = 'Sup') => `<text:span text:style-name="${s}">${esc(t)}</text:span>`;
type K = { where: 'amount' | 'konto' | 'text' | 'ikb'; marker: string; unicode?: boolean; sub?: boolean; space?: boolean };
const kinds: Record<string, K> = {
  amtSup1: { where: 'amount', marker: '1' },
  amtSup12: { where: 'amount', marker: '12' },
  amtSupStar: { where: 'amount', marker: '*' },
  amtSupA: { where: 'amount', marker: 'a)' },
  amtSpSup1: { where: 'amount', marker: '1', space: true },
  amtUni1: { where: 'amount', marker: '\u00b9', unicode: true },
  amtUni2: { where: 'amount', marker: '\u00b2', unicode: true },
  amtSub1: { where: 'amount', marker: '1', sub: true },
  kontoSup1: { where: 'konto', marker: '1' },
  ikbSup2: { where: 'ikb', marker: '2' },
  textSup1: { where: 'text', marker: '1' },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [221, 222, 223, 224]) {
  let target = '';
  let pi = 0;
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = seed === 224 ? 'tabs' : 'table'; l.totalRow = seed === 223 ? 'Summa' : 'none'; },
    written: (w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      pi = w.report.projects.indexOf(p);
      const e = p.entries[0]!;
      if (k.where === 'amount') { target = w.amounts[pi]![0]!; w.amounts[pi]![0] = `@@A@@`; }
      if (k.where === 'konto') { e.account = '3699'; }
      if (k.where === 'text') { target = e.text; }
    },
    fodt: (xml, w) => {
      xml = addStyles(xml, SUP);
      const p = w.report.projects[pi]!;
      const e = p.entries[0]!;
      const mark = k.unicode ? esc(k.marker) : span(k.marker, k.sub ? 'Sub' : 'Sup');
      if (k.where === 'amount') return xml.replace('@@A@@', `${esc(target)}${k.space ? ' ' : ''}${mark}`);
      // first row of that project's table: find the entry row with these codes after the project heading
      const at = xml.indexOf(esc(`Projekt ${p.number}: ${p.name}`));
      if (k.where === 'text') {
        const i = xml.indexOf(`>${esc(e.text)}<`, at);
        return xml.slice(0, i) + `>${esc(e.text)}${mark}<` + xml.slice(i + esc(e.text).length + 2);
      }
      const code = k.where === 'konto' ? e.account : e.ikb;
      const hdr = xml.indexOf('IKB', at);
      const i = xml.indexOf(`>${code}<`, hdr + 3);
      return xml.slice(0, i) + `>${code}${mark}<` + xml.slice(i + code.length + 2);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q03-superscript/out', variants);
