import { build, esc, type Variant } from './lib.js';
const CELL = /<table:table-cell[^>]*>(?:(?!<\/table:table-cell>).)*<\/table:table-cell>|<table:covered-table-cell\/>/gs;
function cellXml(text: string, style = 'Cell', cstyle = 'C') { return `<table:table-cell table:style-name="${cstyle}"><text:p text:style-name="${style}">${esc(text)}</text:p></table:table-cell>`; }
/** op on each row's cells: (cells, rowIndex, isHeader) => cells */
function mapTables(xml: string, cols: number, op: (cells: string[], row: number) => string[]): string {
  return xml.replace(/<table:table table:style-name="Tab">(.*?)<\/table:table>/gs, (_m, inner: string) => {
    let row = 0;
    let body = inner.replace(/<table:table-row>(.*?)<\/table:table-row>/gs, (_r, cellsXml: string) => `<table:table-row>${op(cellsXml.match(CELL) ?? [], row++).join('')}</table:table-row>`);
    body = body.replace(/(<table:table-column [^>]*\/>)+/s, Array.from({ length: cols }, (_, i) => `<table:table-column table:style-name="Col${Math.min(i, 4)}"/>`).join(''));
    return `<table:table table:style-name="Tab">${body}</table:table>`;
  });
}
const variants: Variant[] = [];
type K = { insertAt?: number; header?: string; value?: (r: number) => string; swap?: boolean };
const kinds: Record<string, K> = {
  ansvarFirst: { insertAt: 0, header: 'Ansvar', value: () => '4512' },
  projektnrMid: { insertAt: 3, header: 'Projektnr', value: () => '9000123' },
  ansvarLast: { insertAt: 5, header: 'Ansvar', value: () => '4512' },
  noHeadMid: { insertAt: 3, header: '', value: (r) => String(r + 1) },
  noHeadLast: { insertAt: 5, header: '', value: () => '2016' },
  budgetMid: { insertAt: 3, header: 'Budget', value: () => '100 000' },
  swapTextBelopp: { swap: true },
};
for (const [kind, k] of Object.entries(kinds)) for (const seed of [61, 62, 63, 64]) {
  variants.push({
    name: `${kind}-${seed}`, seed,
    layout: (l) => { l.table = 'table'; l.totalRow = 'none'; l.columns = 'none'; },
    fodt: (xml) => mapTables(xml, k.swap ? 5 : 6, (cells, row) => {
      if (k.swap) { const c = [...cells]; [c[3], c[4]] = [c[4]!, c[3]!]; return c; }
      const c = [...cells];
      c.splice(k.insertAt!, 0, row === 0 ? cellXml(k.header!, 'HeadCell', 'CH') : cellXml(k.value!(row)));
      return c;
    }),
  });
}
build(process.argv[2] ?? '/tmp/handmade/p06-columns/out', variants);
