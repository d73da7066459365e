// Amounts at the edge, in the first entry of the first project with entries: zero written "0", "0,00", "–" (a dash for
// nothing, as Swedish tables do), "-0"; öre only "0,50"; over a hundred million "123 456 789,12"; a four-digit amount
// with no group space "1771" (= a code's shape) in tabs and table; a five-digit ungrouped "36990". Also "projRow": the
// second project's rows placed in the first project's table after a row "Projekt 2: Name" spanning the table, with
// the second project's own heading removed. Truth: the report (the "–" read as 0). Exact or a refusal is right.
import { build, cellXml, esc, fixWarnings, mapTables, plainAmounts, plainLayout, type Variant } from './slib.js';
const forms: Record<string, [string, number]> = {
  zero: ['0', 0], zeroDec: ['0,00', 0], dash: ['\u2013', 0], negZero: ['-0', 0], ore: ['0,50', 50], huge: ['123 456 789,12', 12345678912],
  code4: ['1771', 177100], code4neg: ['-3699', -369900], five: ['36990', 3699000],
};
const variants: Variant[] = [];
for (const [name, [text, ore]] of Object.entries(forms)) for (const seed of [951, 952, 953]) {
  const tabs = seed === 953;
  variants.push({
    name: `${name}-${tabs ? 'tabs' : 'table'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = 'none'; },
    written: (w) => {
      plainAmounts(w);
      let pi = w.report.projects.findIndex((p) => p.entries.length > 0);
      if (pi < 0) { pi = 0; w.report.projects[0]!.entries.push({ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 1250000, text: 'Ej fakturerat' }); fixWarnings(w); plainAmounts(w); }
      w.amounts[pi]![0] = text; w.report.projects[pi]!.entries[0]!.amountOre = ore;
    },
  });
}
for (const seed of [954, 955, 956, 957]) {
  variants.push({
    name: `projRow-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = 'table'; l.totalRow = 'none'; l.order = 'grouped'; },
    written: (w) => {
      plainAmounts(w);
      for (const p of w.report.projects.slice(0, 2)) if (p.entries.length === 0) { p.entries.push({ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 1250000, text: 'Ej fakturerat' }); }
      fixWarnings(w); plainAmounts(w);
    },
    fodt: (xml, w) => {
      const p2 = w.report.projects[1]!;
      let keep: string[][] = [];
      xml = mapTables(xml, (rows, pi) => { if (pi === 1) { keep = rows.slice(1); return { rows: [] }; } return null; });
      xml = xml.replace(/<table:table table:style-name="Tab">(?:(?!<\/table:table>).)*?<\/table:table>/s, (m) => m); // no-op
      // drop project 2's heading and its emptied table
      xml = xml.replace(`<text:p text:style-name="Heading">${esc(`Projekt ${p2.number}: ${p2.name}`)}</text:p>`, '');
      let n = -1;
      xml = xml.replace(/<table:table table:style-name="Tab">((?:(?!<\/table:table>).)*)<\/table:table>/gs, (m, inner: string) => {
        n++;
        if (n === 0) return `<table:table table:style-name="Tab">${inner}<table:table-row>${cellXml(`Projekt ${p2.number}: ${p2.name}`, 'HeadCell', 'C', 5)}</table:table-row>${keep.map((r) => `<table:table-row>${r.join('')}</table:table-row>`).join('')}</table:table>`;
        if (n === 1) return '';
        return m;
      });
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/probe6/u05', variants);
