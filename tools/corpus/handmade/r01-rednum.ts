// Negative amounts shown in red WITHOUT a minus sign, the accountant's convention: Writer's table number format
// "# ##0;[RED]# ##0" (Table › Number Format, value cells: the PDF shows "12 500" in red for -12 500), with öre and with
// " kr" in the format, the same with the minus kept (control), and red set by hand on the typed amount (table and tabs).
// (A number variable field in that format was tried and dropped: LibreOffice showed only the last digit group, "551"
// for -337 551, so its page did not show the amount at all — see how: 'field', kept for a later look.)
// Also a Summa row computed by a formula (sum <D2:Dn>) shown in the same format: mixed signs, or a project all negative
// (its total then agrees with amounts read positive). Truth: the amounts are negative. Exact (colour understood) or a
// refusal is right; a positive amount read without a warning naming the project is wrong.
import { addNs, addStyles, build, cellProps, esc, fmt, mapTables, markAmounts, replaceMarked, type Variant } from './rlib.js';
type K = { how: 'format' | 'hand' | 'field'; minus?: boolean; kr?: boolean; tabs?: boolean; total?: 'mixed' | 'allneg' };
const kinds: Record<string, K> = {
  fmtRed: { how: 'format' },
  fmtRedKr: { how: 'format', kr: true },
  fmtRedMinus: { how: 'format', minus: true },
  handRed: { how: 'hand' },
  handRedTabs: { how: 'hand', tabs: true },
  fmtRedTotal: { how: 'format', total: 'mixed' },
  fmtRedAllNeg: { how: 'format', total: 'allneg' },
  handRedAllNeg: { how: 'hand', total: 'allneg' },
};
const numberStyles = (decimals: number, kr: boolean, minus: boolean) => {
  const num = `<number:number number:decimal-places="${decimals}" number:min-decimal-places="${decimals}" number:min-integer-digits="1" number:grouping="true"/>${kr ? '<number:text> kr</number:text>' : ''}`;
  return `<number:number-style style:name="NP" style:volatile="true" number:language="sv" number:country="SE">${num}</number:number-style>`
    + `<number:number-style style:name="NR" number:language="sv" number:country="SE"><style:text-properties fo:color="#ff0000"/>${minus ? '<number:text>-</number:text>' : ''}${num}<style:map style:condition="value()&gt;=0" style:apply-style-name="NP"/></number:number-style>`;
};
const variants: Variant[] = [];
for (const [kind, k] of Object.entries(kinds)) for (const seed of [401, 402, 403, 404, 405]) {
  let decimals = 0;
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => {
      l.table = k.tabs ? 'tabs' : 'table'; l.totalRow = k.total ? 'Summa' : 'none'; l.kr = false;
      if (l.novel) { delete l.novel.wholeMark; if (l.novel.headers?.amount) l.novel.headers.amount = 'Belopp'; }
      l.amountHeader = 'Belopp';
    },
    written: (w) => {
      const target = w.report.projects.findIndex((p) => p.entries.length > 0);
      w.report.projects.forEach((p, pi) => p.entries.forEach((e, ei) => {
        if (pi === target && (ei === 0 || k.total === 'allneg')) e.amountOre = -Math.abs(e.amountOre);
        // A project all negative is the only one with negatives: every other total adds up read either way.
        else if (k.total === 'allneg') e.amountOre = Math.abs(e.amountOre);
        w.amounts[pi]![ei] = fmt(e.amountOre);
      }));
      decimals = w.report.projects.some((p) => p.entries.some((e) => e.amountOre % 100 !== 0)) ? 2 : 0;
      markAmounts(w, () => true);
    },
    fodt: (xml, w) => {
      xml = addNs(xml);
      xml = addStyles(xml, `${numberStyles(decimals, k.kr ?? false, k.minus ?? false)}<style:style style:name="CN" style:family="table-cell" style:data-style-name="NR">${cellProps(xml)}</style:style>`
        + '<style:style style:name="Red" style:family="text"><style:text-properties fo:color="#ff0000"/></style:style>');
      xml = replaceMarked(xml, ({ pi, ei, cell }) => {
        const ore = w.report.projects[pi]!.entries[ei]!.amountOre;
        const shown = fmt(Math.abs(ore), { alwaysDec: decimals > 0 });
        if (k.how === 'hand') {
          const inner = ore < 0 ? `<text:span text:style-name="Red">${esc(shown)}</text:span>` : esc(fmt(ore));
          return cell ? `${cell.open}${cell.pOpen}${inner}</text:p></table:table-cell>` : inner;
        }
        const value = (ore / 100).toFixed(2);
        if (k.how === 'field') {
          // A variable field (Insert › Field › Variables › Set variable) with the number format: shown formatted.
          const field = `<text:variable-set text:name="b${pi}_${ei}" text:formula="ooow:${value}" text:display="value" office:value-type="float" office:value="${value}" style:data-style-name="NR">${esc(shown)}</text:variable-set>`;
          return cell ? `${cell.open}${cell.pOpen}${field}</text:p></table:table-cell>` : field;
        }
        return `<table:table-cell table:style-name="CN" office:value-type="float" office:value="${value}">${cell!.pOpen}${esc(shown)}</text:p></table:table-cell>`;
      });
      if (k.total) {
        xml = mapTables(xml, (rows, pi) => {
          const n = w.report.projects[pi]!.entries.length;
          if (n === 0 || rows.length !== n + 2) return null;
          const last = rows[n + 1]!;
          const sum = w.report.projects[pi]!.entries.reduce((s, e) => s + e.amountOre, 0);
          const pOpen = /<text:p[^>]*>/.exec(last[3]!)?.[0] ?? '<text:p>';
          last[3] = k.how === 'format'
            ? `<table:table-cell table:style-name="CN" table:formula="sum &lt;D2:D${n + 1}&gt;" office:value-type="float" office:value="${(sum / 100).toFixed(2)}">${pOpen}${esc(fmt(Math.abs(sum)))}</text:p></table:table-cell>`
            : `<table:table-cell table:style-name="C">${pOpen}${sum < 0 ? `<text:span text:style-name="Red">${esc(fmt(Math.abs(sum)))}</text:span>` : esc(fmt(sum))}</text:p></table:table-cell>`;
          return { rows };
        });
      }
      return xml;
    },
  });
}
build(process.argv[2] ?? '/tmp/handmade/r01-rednum/out', variants);
