// Reading a workbook we wrote back with exceljs, for tests that check cells are real numbers,
// plain strings and never formulas.
import ExcelJS from 'exceljs';

/** Loads a workbook's bytes. */
export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer as an ArrayBuffer; a copy of exactly the file's bytes is one.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** A sheet's rows as arrays of cell values (exceljs numbers its columns from 1). */
export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
