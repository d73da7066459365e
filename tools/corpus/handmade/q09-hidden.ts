// Text a reader of the page does not see: white text (before or after an amount, a whole table row, a narrative paragraph),
// 1 pt text, hidden (display none) spans. Truth: what the page shows. Reading the invisible text into an amount,
// code or text is wrong; a refusal is right.
import { addStyles, build, esc, fmt, type Variant } from './plib.js';
const ST = '<style:style style:name="White" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style>'
  + '<style:style style:name="Tiny" style:family="text"><style:text-properties fo:font-size="1pt"/></style:style>'
  + '<style:style style:name="Hidden" style:family="text"><style:text-properties text:display="none"/></style:style>'
  + '<style:style style:name="WhiteP" style:family="paragraph"><style:text-properties fo:color="#ffffff"/></style:style>';
type K = { amount?: (a: string) => string; row?: boolean; narr?: string };
const sp = (s: string, t: string) => `<text:span text:style-name="${s}">${esc(t)}</text:span>`;
const kinds: Record<string, K> = {
  whiteLead1: { amount: (a) => sp('White', '1 ') + esc(a) },
  whiteTrail0: { amount: (a) => esc(a) + sp('White', '0') },
  whiteMinus: { amount: (a) => sp('White', '-') + esc(a) },
  tinyLead: { amount: (a) => sp('Tiny', '9') + esc(a) },
  hiddenLead: { amount: (a) => sp('Hidden', '1 ') + esc(a) },
  whiteRow: { row: true },
  whiteNarr: { narr: '3699 1771 1704 125 000 Ej fakturerat' },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [301, 302, 303, 304]) {
  let pi = 0;
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = seed === 304 ? 'tabs' : 'table'; l.totalRow = 'none'; l.kr = false; if (l.novel) delete l.novel.wholeMark; },
    written: (w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      pi = w.report.projects.indexOf(p);
      if (k.amount) { p.entries[0]!.amountOre = Math.abs(p.entries[0]!.amountOre - (p.entries[0]!.amountOre % 100)) || 100000; w.amounts[pi]![0] = `@@A${fmt(p.entries[0]!.amountOre)}@@`; }
    },
    fodt: (xml, w) => {
      xml = addStyles(xml, ST);
      if (k.amount) xml = xml.replace(/@@A([^@]*)@@/, (_m, a: string) => k.amount!(a));
      const p = w.report.projects[pi]!;
      if (k.row) {
        // an extra table row (or tab line) in white after the first entry: a cancelled entry hidden by colour
        const e = p.entries[0]!;
        const cells = [e.account, e.ikb, e.counterparty, '88 000', 'Gammal periodisering'];
        if (xml.includes('<table:table ')) {
          const at = xml.indexOf('<table:table-row>', xml.indexOf('<table:table-row>', xml.indexOf(esc(`Projekt ${p.number}: ${p.name}`))) + 1);
          const end = xml.indexOf('</table:table-row>', at) + '</table:table-row>'.length;
          const row = `<table:table-row>${cells.map((c) => `<table:table-cell table:style-name="C"><text:p text:style-name="WhiteP">${esc(c)}</text:p></table:table-cell>`).join('')}</table:table-row>`;
          xml = xml.slice(0, end) + row + xml.slice(end);
        } else {
          const at = xml.indexOf('<text:p text:style-name="Tabs">', xml.indexOf(esc(`Projekt ${p.number}: ${p.name}`)));
          const end = xml.indexOf('</text:p>', at) + '</text:p>'.length;
          xml = xml.slice(0, end) + `<text:p text:style-name="Tabs">${sp('White', '') }${cells.map((c) => sp('White', c)).join('<text:tab/>')}</text:p>` + xml.slice(end);
        }
      }
      if (k.narr) {
        const q = w.report.projects.find((x) => x.narrative)!;
        const at = xml.indexOf('<text:p text:style-name="Body">', xml.indexOf(esc(`Delredovisning projekt ${q.number}: ${q.narrative!.title}`)));
        xml = xml.slice(0, at) + `<text:p text:style-name="Body">${sp('White', k.narr)}</text:p>` + xml.slice(at);
      }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q09-hidden/out', variants);
