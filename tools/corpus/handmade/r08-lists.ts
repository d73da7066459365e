// Lists made with Writer's bullets and numbering: a narrative's paragraphs as a bulleted, numbered or dash list, and an
// entry's Text cell holding a list of two items (bullets, "1." numbers, en dash bullets) in a table with or without borders.
// Truth: the text as the page shows it, labels included ("• Ej fakturerat • Material och aktiviteter", a narrative
// paragraph "1. Under …"). Exact or a refusal is right; items joined, split or lost, or an amount or code changed, is wrong.
import { addStyles, build, esc, firstWithEntries, firstWithNarrative, mapTables, narrativeAt, type Variant } from './rlib.js';
type Label = 'bullet' | 'number' | 'dash';
type K = { where: 'narrative' | 'cell'; label: Label; borders?: boolean };
const kinds: Record<string, K> = {
  narrBullet: { where: 'narrative', label: 'bullet' },
  narrNumber: { where: 'narrative', label: 'number' },
  narrDash: { where: 'narrative', label: 'dash' },
  cellBullet: { where: 'cell', label: 'bullet' },
  cellNumber: { where: 'cell', label: 'number' },
  cellDash: { where: 'cell', label: 'dash' },
  cellDashNoBorders: { where: 'cell', label: 'dash', borders: false },
  cellNumberNoBorders: { where: 'cell', label: 'number', borders: false },
};
const align = '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties>';
const listStyle = (label: Label) => `<text:list-style style:name="LS">${label === 'number'
  ? `<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">${align}</text:list-level-style-number>`
  : `<text:list-level-style-bullet text:level="1" text:bullet-char="${label === 'dash' ? '\u2013' : '\u2022'}">${align}</text:list-level-style-bullet>`}</text:list-style>`;
const SECOND = 'Material och aktiviteter';
const mark = (label: Label, i: number) => (label === 'number' ? `${i + 1}.` : label === 'dash' ? '\u2013' : '\u2022');
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [481, 482, 483, 484, 485]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; if (k.borders !== undefined) l.borders = k.borders; if (l.novel) delete l.novel.wholeMark; },
    written: (w) => {
      if (k.where !== 'cell') return;
      const e = w.report.projects[firstWithEntries(w)]!.entries[0]!;
      e.text = `${e.text} ${SECOND}`;
    },
    // (the labels are added to the expected report in fodt, where the items are known)
    fodt: (xml, w) => {
      xml = addStyles(xml, listStyle(k.label));
      if (k.where === 'narrative') {
        const ni = firstWithNarrative(w);
        if (ni < 0) return xml;
        const n = w.report.projects[ni]!.narrative!;
        const at = narrativeAt(xml, w, ni);
        const start = xml.indexOf('<text:p text:style-name="Body">', at);
        let end = start;
        for (let i = 0; i < n.paragraphs.length; i++) end = xml.indexOf('</text:p>', end) + '</text:p>'.length;
        const paras = xml.slice(start, end).match(/<text:p text:style-name="Body">.*?<\/text:p>/gs) ?? [];
        n.paragraphs = n.paragraphs.map((t, i) => `${mark(k.label, i)} ${t}`);
        return `${xml.slice(0, start)}<text:list text:style-name="LS">${paras.map((p) => `<text:list-item>${p}</text:list-item>`).join('')}</text:list>${xml.slice(end)}`;
      }
      const target = firstWithEntries(w);
      const e = w.report.projects[target]!.entries[0]!;
      const first = e.text.slice(0, e.text.length - SECOND.length - 1);
      e.text = `${mark(k.label, 0)} ${first} ${mark(k.label, 1)} ${SECOND}`;
      return mapTables(xml, (rows, pi) => {
        if (pi !== target) return null;
        const cell = rows[1]![4]!;
        const open = /<table:table-cell[^>]*>/.exec(cell)![0];
        const pstyle = /<text:p text:style-name="([^"]*)"/.exec(cell)![1];
        rows[1]![4] = `${open}<text:list text:style-name="LS">${[first, SECOND].map((t) => `<text:list-item><text:p text:style-name="${pstyle}">${esc(t)}</text:p></text:list-item>`).join('')}</text:list></table:table-cell>`;
        return { rows };
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r08-lists/out', variants);
