// A copy of last period's accrual table (same header) directly before this period's table in a project's section,
// with a caption before it, between them, or none. Truth: only this period's entries — the old rows read as entries are wrong
// (ambiguous without captions: any refusal is right).
import { build, cellXml, esc, type Variant } from './plib.js';
const tbl = (rows: string[][]) => `<table:table table:style-name="Tab">${rows[0]!.map((_, i) => `<table:table-column table:style-name="Col${i}"/>`).join('')}${rows.map((r, ri) => `<table:table-row>${r.map((c) => cellXml(c, ri === 0 ? 'HeadCell' : 'Cell', ri === 0 ? 'CH' : 'C')).join('')}</table:table-row>`).join('')}</table:table>`;
const cap = (t: string) => `<text:p text:style-name="Front">${esc(t)}</text:p>`;
const variants: Variant[] = [];
for (const where of ['none', 'before', 'between', 'afterBoth']) for (const seed of [351, 352, 353, 354, 355]) {
  variants.push({
    name: `twotables-${where}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; if (l.novel) delete l.novel.headers; },
    fodt: (xml, w) => {
      const p = w.report.projects.find((x) => x.entries.length > 0)!;
      const cp = p.entries[0]!.counterparty;
      const h = `${esc(`Projekt ${p.number}: ${p.name}`)}</text:p>`;
      const at = xml.indexOf(h) + h.length;
      const head = xml.slice(at).match(/<table:table-row>.*?<\/table:table-row>/s)![0];
      const heads = head.match(/<text:p[^>]*>(.*?)<\/text:p>/g)!.map((x) => x.replace(/<[^>]+>/g, ''));
      const old = tbl([heads, ['3699', '1771', cp, '75 000', 'Ej fakturerat tom 2016-04-30'], ['3699', '1772', cp, '12 500', 'Hyra lokal']]);
      const c1 = where === 'before' || where === 'afterBoth' ? cap('Periodiseringar föregående tertial (redan bokförda):') : '';
      const c2 = where === 'between' || where === 'afterBoth' ? cap('Periodiseringar denna tertial:') : '';
      return xml.slice(0, at) + c1 + old + c2 + xml.slice(at);
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/q14b-twotables/out', variants);
