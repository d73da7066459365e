// One signed amount written as two columns: "Debet" and "Kredit" (a Kredit amount is negative; it is written without a
// minus), a "D/K" column beside Belopp ("D" or "K", K negative), or a sign column "+/−" holding "–" (or "+") in its own
// cell before an unsigned amount. Every other entry negative. Truth: the signed amounts. Exact or a refusal is right;
// a Kredit/K/– amount read as positive, or a sign read into a code or text, is wrong.
import { build, cellXml, esc, fixWarnings, mapTables, plainAmounts, plainLayout, type Variant } from './slib.js';
type K = 'debetKredit' | 'dk' | 'signCol' | 'signColPlus' | 'signSpan' | 'dkSpan';
const variants: Variant[] = [];
for (const kind of (process.env.KINDS ?? 'debetKredit,dk,signCol,signColPlus,signSpan,dkSpan').split(',') as K[]) for (const seed of [721, 722, 723, 724, 725, 726]) for (const borders of seed % 2 ? [true] : [false]) {
  variants.push({
    name: `${kind}-${borders ? 'b' : 'nb'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = 'table'; l.totalRow = 'none'; l.borders = borders; if (l.columns === 'page') l.columns = 'none'; },
    written: (w) => {
      if (!w.report.projects.some((p) => p.entries.length > 0)) { w.report.projects[0]!.entries.push({ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 1250000, text: 'Ej fakturerat' }); fixWarnings(w); }
      w.report.projects.forEach((p) => p.entries.forEach((e, ei) => { e.amountOre = (ei % 2 ? -1 : 1) * Math.abs(e.amountOre); }));
      plainAmounts(w);
    },
    fodt: (xml) => {
      const width = (n: number) => Number(new RegExp(`style:name="Col${n}" style:family="table-column"><style:table-column-properties style:column-width="([\\d.]+)cm"`).exec(xml)![1]);
      const w3 = width(3); const w4 = width(4);
      const extra = kind === 'debetKredit' || kind === 'dkSpan' ? w3 : kind === 'dk' ? 0.9 : 0.8;
      xml = xml.replace('</office:automatic-styles>', `<style:style style:name="Col8" style:family="table-column"><style:table-column-properties style:column-width="${extra.toFixed(3)}cm"/></style:style><style:style style:name="Col9" style:family="table-column"><style:table-column-properties style:column-width="${Math.max(1.5, w4 - extra).toFixed(3)}cm"/></style:style></office:automatic-styles>`);
      return mapTables(xml, (rows) => {
        const [h, ...body] = rows;
        const cs = /table:style-name="(CH?)"/.exec(h![0]!)?.[1] ?? 'CH';
        const astyle = /<text:p text:style-name="([^"]*)"/.exec(body[0]?.[3] ?? '')?.[1] ?? 'AmountCell';
        const amountOf = (cell: string) => cell.replace(/.*?<text:p[^>]*>(.*?)<\/text:p>.*/s, '$1');
        const ac = (t: string) => cellXml(t, astyle, 'C');
        if (kind === 'debetKredit') {
          const head = [h![0]!, h![1]!, h![2]!, cellXml('Debet', 'HeadCell', cs), cellXml('Kredit', 'HeadCell', cs), h![4]!];
          const out = body.map((r) => { const a = amountOf(r[3]!); const neg = a.startsWith('-'); const abs = a.replace(/^-/, ''); return [r[0]!, r[1]!, r[2]!, ac(neg ? '' : abs), ac(neg ? abs : ''), r[4]!]; });
          return { rows: [head, ...out], cols: [0, 1, 2, 3, 3, 9] };
        }
        const span = (c: string) => c.replace('<table:table-cell ', '<table:table-cell table:number-columns-spanned="2" ') + '<table:covered-table-cell/>';
        if (kind === 'dkSpan') {
          const head = [h![0]!, h![1]!, h![2]!, span(h![3]!), h![4]!];
          const sub = ['', '', '', 'Debet', 'Kredit', ''].map((t) => cellXml(t, 'HeadCell', cs));
          const out = body.map((r) => { const a = amountOf(r[3]!); const neg = a.startsWith('-'); const abs = a.replace(/^-/, ''); return [r[0]!, r[1]!, r[2]!, ac(neg ? '' : abs), ac(neg ? abs : ''), r[4]!]; });
          return { rows: [head, sub, ...out], cols: [0, 1, 2, 3, 3, 9] };
        }
        if (kind === 'signSpan') {
          const head = [h![0]!, h![1]!, h![2]!, span(h![3]!), h![4]!];
          const out = body.map((r) => { const a = amountOf(r[3]!); const neg = a.startsWith('-'); return [r[0]!, r[1]!, r[2]!, cellXml(neg ? '\u2013' : '', 'Cell', 'C'), ac(a.replace(/^-/, '')), r[4]!]; });
          return { rows: [head, ...out], cols: [0, 1, 2, 8, 3, 9] };
        }
        if (kind === 'dk') {
          const head = [h![0]!, h![1]!, h![2]!, h![3]!, cellXml('D/K', 'HeadCell', cs), h![4]!];
          const out = body.map((r) => { const a = amountOf(r[3]!); const neg = a.startsWith('-'); return [r[0]!, r[1]!, r[2]!, ac(a.replace(/^-/, '')), cellXml(neg ? 'K' : 'D', 'Cell', 'C'), r[4]!]; });
          return { rows: [head, ...out], cols: [0, 1, 2, 3, 8, 9] };
        }
        const head = [h![0]!, h![1]!, h![2]!, cellXml('+/−', 'HeadCell', cs), h![3]!, h![4]!];
        const out = body.map((r) => { const a = amountOf(r[3]!); const neg = a.startsWith('-'); return [r[0]!, r[1]!, r[2]!, cellXml(neg ? '\u2013' : kind === 'signColPlus' ? '+' : '', 'Cell', 'C'), ac(a.replace(/^-/, '')), r[4]!]; });
        return { rows: [head, ...out], cols: [0, 1, 2, 8, 3, 9] };
      });
    },
  });
}
void esc;
build(process.argv[2] ?? '/tmp/probe5/t03', variants);
