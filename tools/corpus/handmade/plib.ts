// Shared helpers for the q*.ts probes: table cells and rows of the generated FODT (mapTables), extra automatic styles.
export { build, esc, fmt, type Variant } from './lib.js';
import { esc } from './lib.js';
export const CELL = /<table:table-cell[^>]*>(?:(?!<\/table:table-cell>).)*<\/table:table-cell>|<table:table-cell[^>]*\/>|<table:covered-table-cell\/>/gs;
export const cellXml = (text: string, style = 'Cell', cstyle = 'C', span = 1) => `<table:table-cell table:style-name="${cstyle}"${span > 1 ? ` table:number-columns-spanned="${span}"` : ''}><text:p text:style-name="${style}">${esc(text)}</text:p></table:table-cell>${'<table:covered-table-cell/>'.repeat(span - 1)}`;
export const cellText = (cell: string) => cell.replace(/.*?<text:p[^>]*>(.*?)<\/text:p>.*/s, '$1');
export const setCell = (cell: string, innerXml: string) => cell.replace(/(<text:p[^>]*>).*?(<\/text:p>)/s, `$1${innerXml}$2`);
/** op per table: (rows as cell arrays incl. header at 0, projectIndex) => rows ; columns regenerated if cols given */
export function mapTables(xml: string, op: (rows: string[][], pi: number, head: string) => { rows: string[][]; cols?: number[]; after?: string; before?: string } | null): string {
  let pi = -1;
  return xml.replace(/<table:table table:style-name="Tab">(.*?)<\/table:table>/gs, (m, inner: string) => {
    pi++;
    const rowsXml = inner.match(/<table:table-row>.*?<\/table:table-row>/gs) ?? [];
    const head = inner.slice(0, inner.indexOf('<table:table-row>'));
    const rows = rowsXml.map((r) => r.match(CELL) ?? []);
    const res = op(rows, pi, head);
    if (!res) return m;
    const cols = res.cols ? res.cols.map((c) => `<table:table-column table:style-name="Col${c}"/>`).join('') : head.replace(/<table:table-header-rows>/, '');
    return `${res.before ?? ''}<table:table table:style-name="Tab">${cols}${res.rows.map((r) => `<table:table-row>${r.join('')}</table:table-row>`).join('')}</table:table>${res.after ?? ''}`;
  });
}
export const addStyles = (xml: string, styles: string) => xml.replace('</office:automatic-styles>', `${styles}</office:automatic-styles>`);
