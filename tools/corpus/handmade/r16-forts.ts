// A project's table split by hand over a page break, as controllers did before repeating header rows: the first part,
// a line "Tabellen fortsätter på nästa sida.", a page break, a caption "Projekt N (forts.)" or "(forts.)", and the rest
// of the rows with or without the header again; with "Att transportera" / "Transport" rows carrying the subtotal
// (Swedish bookkeeping) at the break. Truth: every entry of the project (the captions and carried subtotals are no
// entries). Exact or a refusal is right; entries lost, moved to another project, or a subtotal read as an entry, is wrong.
import { build, cellXml, fmt, mapTables, type Variant } from './rlib.js';
type K = { caption: string; header: boolean; transport?: boolean; note?: boolean };
const kinds: Record<string, K> = {
  captionHeader: { caption: 'Projekt {n} (forts.)', header: true, note: true },
  captionNoHeader: { caption: 'Projekt {n} (forts.)', header: false, note: true },
  fortsOnly: { caption: '(forts.)', header: true },
  nameForts: { caption: 'Projekt {n}: {name} (forts.)', header: true },
  transport: { caption: 'Projekt {n} (forts.)', header: true, transport: true },
  transportNoCaption: { caption: '', header: true, transport: true },
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [561, 562, 563, 564, 565, 566]) for (const table of ['table', 'tabs'] as const) {
  if (table === 'tabs' && seed > 563) continue;
  let target = 0;
  variants.push({
    name: `${kind}-${table}-${seed}`, seed,
    layout: (l) => { l.table = table; l.totalRow = 'none'; if (l.columns === 'page') l.columns = 'none'; if (l.novel) delete l.novel.wholeMark; },
    written: (w) => {
      target = w.report.projects.findIndex((p) => p.entries.length > 0);
      const p = w.report.projects[target]!;
      // Four entries at least, so the break leaves two on each side.
      while (p.entries.length < 4) {
        const e = p.entries[p.entries.length - 1]!;
        const ore = Math.abs(e.amountOre) + 100000 * p.entries.length;
        p.entries.push({ ...e, amountOre: ore, text: 'Material och aktiviteter' });
        w.amounts[target]!.push(fmt(ore, { suffix: w.amounts[target]![0]!.endsWith(' kr') ? ' kr' : '' }));
      }
    },
    fodt: (xml, w) => {
      const p = w.report.projects[target]!;
      const half = Math.floor(p.entries.length / 2);
      const subtotal = p.entries.slice(0, half).reduce((s, e) => s + e.amountOre, 0);
      const caption = k.caption.replace('{n}', String(p.number)).replace('{name}', p.name);
      const between = `${k.note ? '<text:p text:style-name="Front">Tabellen fortsätter på nästa sida.</text:p>' : ''}<text:p text:style-name="BreakBefore">${caption}</text:p>`;
      xml = xml.replace('</office:automatic-styles>', '<style:style style:name="BreakBefore" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>');
      if (table === 'tabs') {
        const at = xml.indexOf(`Projekt ${p.number}: `);
        let pos = xml.indexOf('<text:p text:style-name="Tabs">', at);
        for (let i = 0; i < half; i++) pos = xml.indexOf('</text:p>', pos) + '</text:p>'.length;
        const head = /<text:p text:style-name="TabsHead">.*?<\/text:p>/.exec(xml.slice(at))![0];
        const tr = (label: string) => `<text:p text:style-name="Tabs">${label}<text:tab/><text:tab/><text:tab/>${fmt(subtotal)}</text:p>`;
        return xml.slice(0, pos) + (k.transport ? tr('Att transportera') : '') + between + (k.header ? head : '') + (k.transport ? tr('Transport') : '') + xml.slice(pos);
      }
      return mapTables(xml, (rows, pi, headXml) => {
        if (pi !== target) return null;
        const cols = [...headXml.matchAll(/Col(\d)/g)].map((m) => Number(m[1]));
        const tr = (label: string) => [cellXml(label, 'Cell', 'C', 3), cellXml(fmt(subtotal), 'AmountCell'), cellXml('')];
        const first = [rows[0]!, ...rows.slice(1, 1 + half), ...(k.transport ? [tr('Att transportera')] : [])];
        const second = [...(k.header ? [rows[0]!] : []), ...(k.transport ? [tr('Transport')] : []), ...rows.slice(1 + half)];
        const table2 = `<table:table table:style-name="Tab">${cols.map((c) => `<table:table-column table:style-name="Col${c}"/>`).join('')}${second.map((r) => `<table:table-row>${r.join('')}</table:table-row>`).join('')}</table:table>`;
        return { rows: first, after: between + table2 };
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r16-forts/out', variants);
