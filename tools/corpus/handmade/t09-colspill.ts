// A table set with tabs in a page of two columns whose last row(s) spill to the top of the second column, which holds
// little else: the document ends with the last project's table (no narrative after it), or its narrative follows. The
// spill made with a column break before the row(s) (fo:break-before="column"), as Writer does when the first column is
// full. Found in t08 (tabs2col-middle-782): the spilled row was joined with the title on its baseline and skipped as a
// running head; the title read as the row's text. Truth: the report. Exact or a refusal is right.
import { build, esc, fixWarnings, fmt, plainLayout, type Variant } from './slib.js';
const variants: Variant[] = [];
for (const rows of [1, 2]) for (const narr of [false, true]) for (const table of ['tabs', 'table']) for (const seed of (process.env.SEEDS ?? "791,792,793,794").split(",").map(Number)) {
  variants.push({
    name: `${table}-r${rows}-${narr ? 'narr' : 'end'}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = table as 'tabs' | 'table'; l.columns = 'page'; l.order = 'interleaved'; l.totalRow = 'none'; l.maxEntries = Math.max(3, l.maxEntries); },
    written: (w) => {
      const p = w.report.projects.at(-1)!;
      while (p.entries.length < 3) { p.entries.push({ account: '3699', ikb: '1771', counterparty: w.report.projects[0]!.entries[0]?.counterparty ?? '1704', amountOre: 470600 + p.entries.length * 100, text: 'Personalkostnader januari–april' }); w.amounts[w.report.projects.length - 1]!.push(fmt(470600 + (p.entries.length - 1) * 100)); }
      fixWarnings(w);
      if (!narr && p.narrative) {
        p.narrative = null;
        w.report.warnings = [...(w.report.warnings ?? []), { code: 'project_without_narrative', message: `Projekt ${p.number} (${p.name}) saknar delredovisning.` }];
      }
      if (narr && !p.narrative) p.narrative = { title: 'Verksamheten under perioden', paragraphs: ['Under andra tertialen har de trygghetsskapande insatserna fortsatt och utvecklats.'] };
      if (narr && w.report.warnings) { w.report.warnings = w.report.warnings.filter((x) => !(x.code === 'project_without_narrative' && x.message.startsWith(`Projekt ${p.number} `))); if (!w.report.warnings.length) delete w.report.warnings; }
    },
    fodt: (xml, w) => {
      xml = xml.replace('</office:automatic-styles>', '<style:style style:name="TabsBr" style:family="paragraph" style:parent-style-name="Tabs"><style:paragraph-properties fo:break-before="column"/></style:style><style:style style:name="RowBr" style:family="table-row"><style:table-row-properties fo:break-before="column"/></style:style></office:automatic-styles>');
      const p = w.report.projects.at(-1)!;
      const at = xml.indexOf(esc(`Projekt ${p.number}: ${p.name}`));
      const n = p.entries.length - rows; // index of the first row to spill (0-based among entry rows)
      if (table === 'tabs') {
        let i = xml.indexOf('<text:p text:style-name="TabsHead">', at);
        for (let k = 0; k <= n; k++) i = xml.indexOf('<text:p text:style-name="Tabs">', i + 1);
        return `${xml.slice(0, i)}<text:p text:style-name="TabsBr">${xml.slice(i + '<text:p text:style-name="Tabs">'.length)}`;
      }
      let i = xml.indexOf('<table:table-row>', at);
      for (let k = 0; k <= n; k++) i = xml.indexOf('<table:table-row>', i + 1);
      return `${xml.slice(0, i)}<table:table-row table:style-name="RowBr">${xml.slice(i + '<table:table-row>'.length)}`;
    },
  });
}
build(process.argv[2] ?? '/tmp/probe5/t09', variants);
