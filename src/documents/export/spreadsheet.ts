// Lists as CSV and XLSX for people who open them in Excel. Two promises hold for every cell:
// - it never becomes a formula (CSV: text that Excel would read as one gets a leading apostrophe,
//   as OWASP's "CSV injection" advice says; XLSX: text is a string cell, never a formula object);
// - an amount is exact: öre are integers here and become kronor only in the written cell.
import type ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors.js';
import { ORE_PER_KRONA, isSafeOre } from '../../domain/money.js';
import { CREATOR } from '../wording.js';
import { stockholmTime } from '../local-time.js';

/** One column of a list: its heading, what kind of value it holds and how to read it from a row. */
export type Column<Row> = {
  header: string;
  kind: 'text' | 'ore' | 'integer' | 'date';
  value: (row: Row) => string | number | null;
};

/** One sheet of a workbook: its name (at most 31 characters), columns and rows. */
export interface Sheet<Row> {
  name: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
}

/**
 * The largest amount a spreadsheet cell holds exactly, in öre (≈ 900 miljarder kr). XLSX stores a
 * number as a double and exceljs writes it with JavaScript's shortest round-trip digits. Below
 * 2^53/100 öre an amount has at most 14 significant digits, and every decimal of at most 15
 * significant digits has its own double (IEEE 754 binary64 guarantees 15), so öre/100 is written
 * as exactly the decimal `2626837.5`, Excel (15 digits) reads exactly that, and
 * Math.round(x * 100) gives the öre back. Larger amounts are refused rather than rounded.
 */
export const MAX_SPREADSHEET_ORE = Math.floor(2 ** 53 / ORE_PER_KRONA);

// Excel reads a cell that starts with one of these as a formula (or, for tab and CR, after the
// whitespace is trimmed): =, + and - start a formula, @ a function call in older versions.
const FORMULA_START = /^[=+\-@\t\r]/;

// XML 1.0 has no place for other control characters: a workbook holding one does not open.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

// Excel's own limit on the text of one cell.
const MAX_CELL_TEXT = 32_767;

// Number formats are written with Excel's invariant placeholders (`,` groups, `.` decimals); a
// Swedish Excel shows `#,##0.00` as `2 626 837,00`. A literal `# ##0.00` would not group at all.
const NUMBER_FORMATS = { ore: '#,##0.00', integer: '0', date: 'yyyy-mm-dd', dateTime: 'yyyy-mm-dd hh:mm' } as const;

type Kind = Column<unknown>['kind'];

interface Where {
  sheet?: string;
  row: number;
  header: string;
}

function refuse(where: Where, what: string): never {
  const place = `${where.sheet ? `bladet "${where.sheet}", ` : ''}rad ${where.row}, kolumnen "${where.header}"`;
  throw new AppError('invalid_input', `Listan kan inte skrivas: ${place}: ${what}`, { ...where });
}

/** Text that cannot start a formula in a CSV file: a leading apostrophe where Excel would see one. */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function checkedOre(value: string | number, where: Where): number {
  if (!isSafeOre(value)) return refuse(where, `${String(value)} är inget helt antal öre.`);
  if (Math.abs(value) > MAX_SPREADSHEET_ORE) return refuse(where, 'beloppet är för stort för ett kalkylark.');
  return value;
}

/** Öre as kronor with a decimal comma and no digit grouping: `-2626837,00`. Integer arithmetic only. */
export function csvKronor(ore: number): string {
  const abs = Math.abs(ore);
  const kronor = Math.floor(abs / ORE_PER_KRONA);
  const rest = String(abs % ORE_PER_KRONA).padStart(2, '0');
  return `${ore < 0 ? '-' : ''}${kronor},${rest}`;
}

/** A date column holds ISO dates (`2014-12-31`) or ISO instants, shown in Stockholm's wall time. */
function readDate(value: string | number, where: Where): { date: string; time: string | null } {
  if (typeof value !== 'string') return refuse(where, `${value} är inget datum.`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const back = new Date(Date.UTC(y, m - 1, d));
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return refuse(where, `${value} är inget datum.`);
    return { date: value, time: null };
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(new Date(value).getTime())) return refuse(where, `"${value}" är inget datum.`);
  return stockholmTime(value);
}

function readText(value: string | number, where: Where): string {
  const text = String(value).replace(NOT_XML, '\ufffd');
  if (text.length > MAX_CELL_TEXT) return refuse(where, `texten har ${text.length} tecken; en cell rymmer högst ${MAX_CELL_TEXT}.`);
  return text;
}

function csvField(kind: Kind, value: string | number | null, where: Where): string {
  if (value === null) return '';
  switch (kind) {
    case 'ore':
      return csvKronor(checkedOre(value, where));
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return refuse(where, `${String(value)} är inget heltal.`);
      return String(value);
    case 'date': {
      const { date, time } = readDate(value, where);
      return time === null ? date : `${date} ${time}`;
    }
    case 'text':
      return quoteCsv(neutraliseCsvText(readText(value, where)));
  }
}

// RFC 4180: a field holding the separator, a quote or a line break is quoted, its quotes doubled.
function quoteCsv(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A list as CSV for Excel: UTF-8 with a byte order mark (so å, ä and ö survive), semicolons, CRLF,
 * amounts as `-2626837,00`, and no cell that Excel would run as a formula.
 */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const header = columns.map((c) => quoteCsv(neutraliseCsvText(c.header))).join(';');
  const lines = rows.map((row, i) =>
    columns.map((c) => csvField(c.kind, c.value(row), { row: i + 1, header: c.header })).join(';'),
  );
  return `\ufeff${[header, ...lines].map((line) => `${line}\r\n`).join('')}`;
}

/** A cell's value as exceljs writes it: a number, a date or a plain string (never a formula object). */
function xlsxValue(kind: Kind, value: string | number | null, where: Where): { value: string | number | Date | null; numFmt?: string } {
  if (value === null) return { value: null };
  switch (kind) {
    case 'ore':
      // The one place öre become kronor; exact below MAX_SPREADSHEET_ORE (see there).
      return { value: checkedOre(value, where) / ORE_PER_KRONA, numFmt: NUMBER_FORMATS.ore };
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return refuse(where, `${String(value)} är inget heltal.`);
      return { value, numFmt: NUMBER_FORMATS.integer };
    case 'date': {
      // Excel has no time zones: a cell holds wall time, which exceljs writes from a Date's UTC fields.
      const { date, time } = readDate(value, where);
      const at = new Date(`${date}T${time ?? '00:00'}:00Z`);
      return { value: at, numFmt: time === null ? NUMBER_FORMATS.date : NUMBER_FORMATS.dateTime };
    }
    case 'text':
      // XML reads a bare CR as LF anyway; say so here, and Excel breaks lines in a cell at LF.
      return { value: readText(value, where).replace(/\r\n?/g, '\n') };
  }
}

// About as many characters as Excel shows for the cell: room for digit groups, or the date format.
function shownText(value: string | number | Date, numFmt: string | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numFmt === NUMBER_FORMATS.ore ? `${value.toFixed(2)}${' '.repeat(5)}` : String(value);
  return numFmt ?? '';
}

function columnWidth(header: string, texts: readonly string[]): number {
  let widest = header.length;
  for (const t of texts) widest = Math.max(widest, t.length);
  return Math.min(60, widest + 2);
}

type Sheets<Rows extends readonly unknown[]> = { [K in keyof Rows]: Sheet<Rows[K]> };

/**
 * Lists as an XLSX workbook, one sheet each: a bold, frozen heading row with a filter, amounts as
 * numbers in kronor, dates as dates, text as text. `createdAt` sets the workbook's created and
 * modified times, so the same lists give the same workbook content; `title` its document title.
 */
export async function toXlsx<Rows extends readonly unknown[]>(sheets: Sheets<Rows>, options: { createdAt?: Date; title?: string } = {}): Promise<Uint8Array> {
  // exceljs (and its zip and CSV libraries) loads with the first workbook, not with every server start.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  const at = options.createdAt ?? new Date();
  if (options.title) workbook.title = options.title;
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = at;
  workbook.modified = at;
  for (const sheet of sheets as readonly Sheet<unknown>[]) addSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: Sheet<unknown>): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = worksheet.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  const shown: string[][] = sheet.columns.map(() => []);
  sheet.rows.forEach((row, i) => {
    const line = worksheet.getRow(i + 2);
    sheet.columns.forEach((column, j) => {
      const where = { sheet: sheet.name, row: i + 1, header: column.header };
      const { value, numFmt } = xlsxValue(column.kind, column.value(row), where);
      if (value === null) return;
      const cell = line.getCell(j + 1);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      shown[j]!.push(shownText(value, numFmt));
    });
  });
  sheet.columns.forEach((column, j) => {
    worksheet.getColumn(j + 1).width = columnWidth(column.header, shown[j]!);
  });
  if (sheet.columns.length > 0) worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
}
