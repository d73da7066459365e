// Narratives with lines that look like table rows or headings: a wrapped line that begins with codes and an amount,
// a tab-separated line of codes, a "Summa 12 500" line, a paragraph "Projekt 3: ..." inside a narrative, the header words.
// Truth: the narrative's paragraphs as written.
import { addStyles, build, esc, type Variant } from './plib.js';
const kinds: Record<string, string[]> = {
  tabRow: ['3699\t1771\t1704\t12 500\tEj fakturerat'],
  headerWords: ['Konto IKB Nämndens motpartsnr Belopp Text'],
  summaLine: ['Summa 12 500'],
  projektRef: ['Projekt 3: se ovan.'],
  delredRef: ['Delredovisning projekt 2: se föregående tertial.'],
  codesNoText: ['3699 1771 1704 12 500'],
  wrappedCodes: ['Följande periodisering har gjorts och bokförts enligt nämndens beslut samt enligt gällande anvisningar från stadsledningskontoret i ärendet: 3699 1771 1704 12 500 Ej fakturerat tom april.'],
  amountLine: ['-12 500'],
};
const variants: Variant[] = [];
for (const [kind, paras] of Object.entries(kinds)) for (const seed of [341, 342, 343]) for (const order of ['grouped', 'interleaved'] as const) {
  variants.push({
    name: `${kind}-${order}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.order = order; },
    fodt: (xml, w) => {
      xml = addStyles(xml, '<style:style style:name="TabBody" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="2cm"/><style:tab-stop style:position="4cm"/><style:tab-stop style:position="6cm"/><style:tab-stop style:position="9cm"/></style:tab-stops></style:paragraph-properties></style:style>');
      // put the paragraph first in the narrative of the first project with entries and a narrative
      const p = w.report.projects.find((x) => x.narrative && x.entries.length > 0) ?? w.report.projects.find((x) => x.narrative);
      if (!p) return xml;
      const n = p.narrative!;
      const head = xml.indexOf(esc(`Delredovisning projekt ${p.number}: ${n.title}`));
      const at = xml.indexOf('<text:p text:style-name="Body">', head);
      const ins = paras.map((t) => t.includes('\t') ? `<text:p text:style-name="TabBody">${t.split('\t').map(esc).join('<text:tab/>')}</text:p>` : `<text:p text:style-name="Body">${esc(t)}</text:p>`).join('');
      n.paragraphs.unshift(...paras.map((t) => t.replace(/\t/g, ' ')));
      return xml.slice(0, at) + ins + xml.slice(at);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q13-narrlines/out', variants);
