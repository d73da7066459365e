// A "varav" (of which) sub-row under an entry: a table row without codes whose Belopp holds part of the amount above and
// whose Text says so in lower case ("varav moms"), the same with the part in parentheses or indented in its cell, the part
// written in the Text cell only ("varav moms 2 500 kr"), or a tab line without codes. Parts of three digits ("500") can
// join the amount above into a well-formed amount ("12 500 500"). Truth: the entries as generated (the part is no entry
// and no part of the amount); for the part in the Text cell only, the entry's text with the varav words after it.
// Exact or a refusal is right; an amount joined with its part, a part read as an entry, or a part's text lost is wrong.
import { addStyles, build, cellXml, esc, firstWithEntries, mapTables, projectAt, type Variant } from './rlib.js';
type K = { amount?: (p: string) => string; text: string; indent?: boolean; tabs?: boolean; inText?: boolean };
const kinds: Record<string, K> = {
  varavAmt: { amount: (p) => p, text: 'varav moms' },
  varavParen: { amount: (p) => `(${p})`, text: 'varav lönekostnad' },
  varavIndent: { amount: (p) => p, text: 'varav material', indent: true },
  varavDash: { amount: (p) => `\u2013 ${p}`, text: 'varav moms' },
  varavInText: { text: 'varav moms', inText: true },
  varavTabs: { amount: (p) => p, text: 'varav moms', tabs: true },
};
const PARTS = ['500', '2 500', '250'];
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [461, 462, 463, 464, 465, 466]) for (const narrow of [false, true]) {
  if (k.tabs && narrow) continue;
  const part = PARTS[seed % PARTS.length]!;
  variants.push({
    name: `${kind}-${narrow ? 'n' : 'w'}-${seed}`, seed,
    layout: (l) => {
      l.table = k.tabs ? 'tabs' : 'table'; l.totalRow = 'none'; l.kr = false;
      if (l.novel) delete l.novel.wholeMark;
      if (narrow) { const s = l.columnShares; s[4] += s[3] - 0.08; s[3] = 0.08; }
    },
    written: (w) => {
      if (!k.inText) return;
      const e = w.report.projects[firstWithEntries(w)]!.entries[0]!;
      e.text = `${e.text} ${k.text} ${part} kr`;
    },
    fodt: (xml, w) => {
      xml = addStyles(xml, `<style:style style:name="AmountIndent" style:family="paragraph" style:parent-style-name="AmountCell"><style:paragraph-properties fo:margin-left="0.5cm"/></style:style>`);
      const target = firstWithEntries(w);
      const e = w.report.projects[target]!.entries[0]!;
      if (k.tabs) {
        const at = xml.indexOf('<text:p text:style-name="Tabs">', projectAt(xml, w, target));
        const end = xml.indexOf('</text:p>', at) + '</text:p>'.length;
        return xml.slice(0, end) + `<text:p text:style-name="Tabs"><text:tab/><text:tab/><text:tab/>${esc(k.amount!(part))}<text:tab/>${esc(k.text)}</text:p>` + xml.slice(end);
      }
      if (k.inText) {
        // The entry's own row keeps the generated text; the varav words go in a row of their own below it.
        const own = e.text.slice(0, e.text.length - ` ${k.text} ${part} kr`.length);
        xml = xml.replace(esc(e.text), esc(own));
      }
      return mapTables(xml, (rows, pi) => {
        if (pi !== target) return null;
        const sub = ['', '', '', k.inText ? '' : k.amount!(part), k.inText ? `${k.text} ${part} kr` : k.text];
        const cells = sub.map((t, i) => cellXml(t, i === 3 ? (k.indent ? 'AmountIndent' : 'AmountCell') : 'Cell'));
        return { rows: [rows[0]!, rows[1]!, cells, ...rows.slice(2)] };
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r06-varav/out', variants);
