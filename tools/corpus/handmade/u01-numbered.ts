// Entries numbered: a leading "Nr"/"Rad" column with 1, 2, 3 (table; tabs with a typed number and an extra tab stop),
// Writer list numbering on the tab-set rows ("1." / "a)" label, followed by a tab), the row number typed before the code
// in the Konto cell ("1. 3699"), Writer list numbering in the Konto cell, and "a)" list labels in the Text cell.
// Truth: the entries (numbers are no part of any code or amount; list labels in the Text cell are part of the text as
// shown). Exact or a refusal is right; a number read as a code/amount, or a code/amount shifted, is wrong.
import { addStyles, build, esc, mapTables, plainLayout, setCell, cellXml, type Variant } from './slib.js';
type K = { kind: 'nrCol' | 'nrTabs' | 'listTabs' | 'codeTyped' | 'codeList' | 'textAlpha'; head?: string; fmt?: string; suffix?: string };
const kinds: Record<string, K> = {
  nrCol: { kind: 'nrCol', head: 'Nr' },
  radCol: { kind: 'nrCol', head: 'Rad' },
  nrTabs: { kind: 'nrTabs', head: 'Nr' },
  listTabsNum: { kind: 'listTabs', fmt: '1', suffix: '.' },
  listTabsAlpha: { kind: 'listTabs', fmt: 'a', suffix: ')' },
  codeTyped: { kind: 'codeTyped' },
  codeList: { kind: 'codeList', fmt: '1', suffix: '.' },
  textAlpha: { kind: 'textAlpha', fmt: 'a', suffix: ')' },
};
const lvl = (follow: string, pos = 0.8) => `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="${follow}" text:list-tab-stop-position="${pos}cm" fo:text-indent="-${pos}cm" fo:margin-left="${pos}cm"/></style:list-level-properties>`;
const listStyle = (fmt: string, suffix: string, follow = 'listtab') => `<text:list-style style:name="LN"><text:list-level-style-number text:level="1" style:num-format="${fmt}" style:num-suffix="${suffix}">${lvl(follow)}</text:list-level-style-number></text:list-style>`;
const label = (fmt: string, suffix: string, i: number) => (fmt === 'a' ? String.fromCharCode(97 + i) : String(i + 1)) + suffix;
const variants: Variant[] = [];
for (const [name, k] of Object.entries(kinds)) for (const seed of [901, 902, 903]) {
  const tabs = k.kind === 'nrTabs' || k.kind === 'listTabs';
  variants.push({
    name: `${name}-${seed}`, seed,
    layout: (l) => { plainLayout(l); l.table = tabs ? 'tabs' : 'table'; l.totalRow = seed === 903 ? 'Summa' : 'none'; if (l.columns === 'page') l.columns = 'none'; l.maxEntries = Math.max(l.maxEntries, 4); },
    fodt: (xml, w) => {
      if (k.kind === 'nrCol') {
        xml = addStyles(xml, '<style:style style:name="ColNr" style:family="table-column"><style:table-column-properties style:column-width="0.9cm"/></style:style>');
        return mapTables(xml, (rows) => {
          const out = rows.map((r, i) => [cellXml(i === 0 ? k.head! : (i <= w.report.projects.length && r[0] && /\d{4}/.test(r[0]) ? String(i) : String(i)), i === 0 ? 'HeadCell' : 'Cell', i === 0 ? 'CH' : 'C'), ...r]);
          // the total row: no number
          out.forEach((r, i) => { if (i > 0 && /Summa|Totalt/.test(r[1]!)) r[0] = cellXml('', 'Cell'); });
          const head = xml; void head;
          return { rows: out.map((r) => r), cols: undefined, before: '', after: '' , ...{}};
        }).replace(/<table:table table:style-name="Tab">(<table:table-column[^>]*\/>)/g, '<table:table table:style-name="Tab"><table:table-column table:style-name="ColNr"/>$1');
      }
      if (k.kind === 'nrTabs') {
        // a number typed before each row, a tab stop added at 0.8 cm; every other stop moved 0.8 cm right
        xml = xml.replace(/(<style:style style:name="Tabs(?:Head)?"[^>]*>.*?<style:tab-stops>)(.*?)(<\/style:tab-stops>)/gs, (_m, a: string, stops: string, c: string) =>
          a + '<style:tab-stop style:position="0.8cm"/>' + stops.replace(/style:position="([\d.]+)cm"/g, (_x, p: string) => `style:position="${(Number(p) + 0.8).toFixed(2)}cm"`) + c);
        let n = 0;
        return xml.replace(/<text:p text:style-name="(Tabs|TabsHead)">(.*?)<\/text:p>/g, (_m, st: string, body: string) => {
          if (st === 'TabsHead') { n = 0; return `<text:p text:style-name="${st}">${k.head}<text:tab/>${body}</text:p>`; }
          if (/^(Summa|Totalt)/.test(body)) return `<text:p text:style-name="${st}"><text:tab/>${body}</text:p>`;
          return `<text:p text:style-name="${st}">${++n}<text:tab/>${body}</text:p>`;
        });
      }
      if (k.kind === 'listTabs') {
        xml = addStyles(xml, listStyle(k.fmt!, k.suffix!));
        // each project's rows one list; header and total outside the list but indented the same
        xml = xml.replace(/(<style:style style:name="TabsHead"[^>]*>)(<style:paragraph-properties)/, '$1$2 fo:margin-left="0.8cm"');
        return xml.replace(/((?:<text:p text:style-name="Tabs">(?!Summa|Totalt).*?<\/text:p>\n?)+)/g, (block: string) => {
          const ps = block.match(/<text:p text:style-name="Tabs">.*?<\/text:p>/g) ?? [];
          return `<text:list text:style-name="LN">${ps.map((p) => `<text:list-item>${p}</text:list-item>`).join('')}</text:list>\n`;
        }).replace(/<text:p text:style-name="Tabs">(Summa|Totalt)/g, '<text:p text:style-name="TabsHead">$1');
      }
      if (k.kind === 'codeTyped') {
        return mapTables(xml, (rows, pi) => {
          const p = w.report.projects[pi]!;
          p.entries.forEach((_e, ei) => { const c = rows[ei + 1]![0]!; rows[ei + 1]![0] = setCell(c, esc(`${ei + 1}. ${p.entries[ei]!.account}`)); });
          return { rows };
        });
      }
      xml = addStyles(xml, listStyle(k.fmt!, k.suffix!, k.kind === 'codeList' ? 'space' : 'listtab'));
      return mapTables(xml, (rows, pi) => {
        const p = w.report.projects[pi]!;
        p.entries.forEach((e, ei) => {
          const col = k.kind === 'codeList' ? 0 : 4;
          const c = rows[ei + 1]![col]!;
          const open = /<table:table-cell[^>]*>/.exec(c)![0];
          const pst = /<text:p text:style-name="([^"]*)"/.exec(c)![1];
          const txt = col === 0 ? e.account : e.text;
          rows[ei + 1]![col] = `${open}<text:list text:style-name="LN"${ei > 0 ? ' text:continue-numbering="true"' : ''}><text:list-item><text:p text:style-name="${pst}">${esc(txt)}</text:p></text:list-item></text:list></table:table-cell>`;
          if (col === 4) e.text = `${label(k.fmt!, k.suffix!, ei)} ${e.text}`;
        });
        return { rows };
      });
    },
  });
}
build(process.argv[2] ?? '/tmp/probe6/u01', variants);
