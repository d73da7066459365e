// Real footnotes and endnotes (Insert › Footnote/Endnote), not typed superscripts: the note's citation after an amount,
// after an entry's text, after a project heading, in a narrative paragraph; the note's body at the foot of the page
// ("1 Beloppet avser hela året, varav 2 500 kr moms.") or, for an endnote, at the document's end. Tables set as a table
// or with tabs. Truth: the report without the notes (the model has no place for them). Exact or a refusal is right; a
// citation read as a digit, or a note's body read into an amount, a text or a narrative, is wrong.
import { build, esc, firstWithEntries, firstWithNarrative, markAmounts, narrativeAt, projectAt, replaceMarked, type Variant } from './rlib.js';
type K = { where: 'amount' | 'text' | 'heading' | 'narrative'; cls?: 'footnote' | 'endnote'; tabs?: boolean; body: string };
const kinds: Record<string, K> = {
  amountFoot: { where: 'amount', body: 'Beloppet avser hela året, varav 2 500 kr moms.' },
  amountFootTabs: { where: 'amount', tabs: true, body: 'Beloppet avser hela året, varav 2 500 kr moms.' },
  amountEnd: { where: 'amount', cls: 'endnote', body: 'Faktura från Stadsdelsförvaltningen 12 500 kr.' },
  textFoot: { where: 'text', body: '3699 1771 1704 avser samma konto som föregående period.' },
  headingFoot: { where: 'heading', body: 'Projektet avslutades under perioden.' },
  narrFoot: { where: 'narrative', body: 'Enligt medborgarundersökningen 2015, se bilaga 3.' },
};
let id = 0;
const note = (k: K) => `<text:note text:id="ftn${id++}" text:note-class="${k.cls ?? 'footnote'}"><text:note-citation>1</text:note-citation><text:note-body><text:p>${esc(k.body)}</text:p></text:note-body></text:note>`;
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [451, 452, 453, 454, 455, 456]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = k.tabs ? 'tabs' : 'table'; l.totalRow = 'none'; if (l.novel) delete l.novel.wholeMark; },
    written: (w) => {
      const target = firstWithEntries(w);
      if (k.where === 'amount') markAmounts(w, (pi, ei) => pi === target && ei === 0);
    },
    fodt: (xml, w) => {
      const target = firstWithEntries(w);
      if (k.where === 'amount') return replaceMarked(xml, ({ amount, cell }) => (cell ? `${cell.open}${cell.pOpen}${esc(amount)}${note(k)}</text:p></table:table-cell>` : `${esc(amount)}${note(k)}`));
      if (k.where === 'text') {
        const e = w.report.projects[target]!.entries[0]!;
        const at = xml.indexOf(esc(e.text), projectAt(xml, w, target)) + esc(e.text).length;
        return xml.slice(0, at) + note(k) + xml.slice(at);
      }
      if (k.where === 'heading') {
        const at = xml.indexOf('</text:p>', projectAt(xml, w, target));
        return xml.slice(0, at) + note(k) + xml.slice(at);
      }
      const ni = firstWithNarrative(w);
      if (ni < 0) return xml;
      const body = xml.indexOf('<text:p text:style-name="Body">', narrativeAt(xml, w, ni));
      const end = xml.indexOf('</text:p>', body);
      const para = xml.slice(body, end);
      const dot = para.indexOf('. ');
      const at = dot > 0 ? body + dot + 1 : end;
      return xml.slice(0, at) + note(k) + xml.slice(at);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r05-footnotes/out', variants);
