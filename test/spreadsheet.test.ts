// Lists as CSV and XLSX: exact amounts, Swedish text, and no cell that can become a formula. The
// XLSX is read back with exceljs (and its sheet XML with JSZip), as a person's Excel would get it.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../src/domain/errors.js';
import { MAX_SPREADSHEET_ORE, toCsv, toXlsx, type Column } from '../src/documents/export/spreadsheet.js';
import { readXlsx } from './support/xlsx.js';

interface Line {
  name: string;
  amountOre: number | null;
  count: number;
  day: string;
}

const columns: Column<Line>[] = [
  { header: 'Namn', kind: 'text', value: (r) => r.name },
  { header: 'Belopp', kind: 'ore', value: (r) => r.amountOre },
  { header: 'Antal', kind: 'integer', value: (r) => r.count },
  { header: 'Dag', kind: 'date', value: (r) => r.day },
];

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

function oreColumn(): Column<number>[] {
  return [{ header: 'Belopp', kind: 'ore', value: (ore) => ore }];
}

async function amountsBack(amounts: readonly number[]): Promise<unknown[]> {
  const sheet = (await readXlsx(await toXlsx([{ name: 'Belopp', columns: oreColumn(), rows: amounts }]))).getWorksheet('Belopp')!;
  return amounts.map((_, i) => sheet.getCell(i + 2, 1).value);
}

describe('toCsv', () => {
  it('writes semicolons, CRLF, a BOM, Swedish letters, and öre as kronor with a decimal comma', () => {
    const rows: Line[] = [
      { name: 'Hässelby-Vällingby stadsdelsnämnd', amountOre: -262683700, count: 3, day: '2014-12-31' },
      { name: 'Älvsjö; "Ö"', amountOre: 8341250, count: -2, day: '2015-01-15T09:30:00Z' },
      { name: 'rad ett\nrad två', amountOre: 5, count: 0, day: '2014-08-31T22:30:00Z' },
      { name: '', amountOre: null, count: 12, day: '2014-02-28' },
    ];
    expect(toCsv(columns, rows)).toBe(
      '\ufeffNamn;Belopp;Antal;Dag\r\n' +
        'Hässelby-Vällingby stadsdelsnämnd;-2626837,00;3;2014-12-31\r\n' +
        '"Älvsjö; ""Ö""";83412,50;-2;2015-01-15 10:30\r\n' +
        '"rad ett\nrad två";0,05;0;2014-09-01 00:30\r\n' +
        ';;12;2014-02-28\r\n',
    );
  });

  it('neutralises text Excel would read as a formula, and leaves negative amounts numbers', () => {
    const rows = HOSTILE.map((name): Line => ({ name, amountOre: -100, count: -1, day: '2014-12-31' }));
    const lines = toCsv(columns, rows).split('\r\n').slice(1, -1);
    expect(lines).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")";-1,00;-1;2014-12-31`,
      "'+1+1;-1,00;-1;2014-12-31",
      "'-2+3;-1,00;-1;2014-12-31",
      "'@SUM(A1);-1,00;-1;2014-12-31",
      "'\t=1;-1,00;-1;2014-12-31",
      `"'\r=1";-1,00;-1;2014-12-31`,
    ]);
  });

  it('refuses what it cannot write exactly, naming the row and the column', () => {
    const row: Line = { name: 'x', amountOre: 1.5, count: 1, day: '2014-12-31' };
    expect(() => toCsv(columns, [row])).toThrow(AppError);
    expect(() => toCsv(columns, [row])).toThrow('Listan kan inte skrivas: rad 1, kolumnen "Belopp": 1.5 är inget helt antal öre.');
    expect(() => toCsv(columns, [{ ...row, amountOre: 1, day: '2014-02-30' }])).toThrow('rad 1, kolumnen "Dag": 2014-02-30 är inget datum.');
    expect(() => toCsv(columns, [{ ...row, amountOre: MAX_SPREADSHEET_ORE + 1 }])).toThrow('beloppet är för stort för ett kalkylark.');
  });
});

describe('toXlsx', () => {
  it('writes amounts as numbers in kronor with a grouped two-decimal format, dates as dates', async () => {
    const rows: Line[] = [
      { name: 'Hässelby-Vällingby', amountOre: -262683700, count: 3, day: '2014-12-31' },
      { name: 'Älvsjö', amountOre: 8341250, count: 7, day: '2015-01-15T09:30:00Z' },
      { name: 'Tom', amountOre: null, count: 0, day: '2014-08-31T22:30:00Z' },
    ];
    const created = new Date('2015-01-20T08:00:00Z');
    const workbook = await readXlsx(await toXlsx([{ name: 'Lista', columns, rows }], { createdAt: created }));
    expect(workbook.created).toEqual(created);
    expect(workbook.modified).toEqual(created);
    const sheet = workbook.getWorksheet('Lista')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Namn', 'Belopp', 'Antal', 'Dag']);
    expect(sheet.getCell('B2').value).toBe(-2626837);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('B3').value).toBe(83412.5);
    expect(sheet.getCell('B4').value).toBeNull();
    expect(sheet.getCell('C3').value).toBe(7);
    expect(sheet.getCell('D2').value).toEqual(new Date('2014-12-31T00:00:00Z'));
    expect(sheet.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    // Stockholm's wall time, CET in January and CEST in August.
    expect(sheet.getCell('D3').value).toEqual(new Date('2015-01-15T10:30:00Z'));
    expect(sheet.getCell('D4').value).toEqual(new Date('2014-09-01T00:30:00Z'));
    expect(sheet.getCell('D4').numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('writes hostile text as plain strings: no cell is a formula, in exceljs or in the sheet XML', async () => {
    const rows = HOSTILE.map((name): Line => ({ name, amountOre: -100, count: 1, day: '2014-12-31' }));
    const bytes = await toXlsx([{ name: 'Fientlig', columns, rows }]);
    const sheet = (await readXlsx(bytes)).getWorksheet('Fientlig')!;
    HOSTILE.forEach((text, i) => {
      const cell = sheet.getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // A line break inside a cell is LF in XLSX (XML reads a bare CR as LF anyway).
      expect(cell.value).toBe(text.replace('\r', '\n'));
      expect(cell.formula).toBeUndefined();
      expect(sheet.getCell(i + 2, 2).value).toBe(-1);
    });
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toContain('<v>-1</v>');
  });

  it('keeps every öre: the extremes and 2 000 random amounts come back with Math.round(x * 100)', async () => {
    const extremes = [MAX_SPREADSHEET_ORE, -MAX_SPREADSHEET_ORE, 1, -1, 5, 99, 1_000_000_000_001, 262683700, 8341250];
    const random = fc.sample(fc.integer({ min: -MAX_SPREADSHEET_ORE, max: MAX_SPREADSHEET_ORE }), { numRuns: 2000, seed: 2014 });
    const amounts = [...extremes, ...random];
    const back = await amountsBack(amounts);
    expect(back.every((x) => typeof x === 'number')).toBe(true);
    expect(back.map((x) => Math.round((x as number) * 100))).toEqual(amounts);
    expect(MAX_SPREADSHEET_ORE).toBe(90071992547409);
  });

  it('writes the decimal itself into the file, so Excel reads exactly that amount', async () => {
    const bytes = await toXlsx([{ name: 'Belopp', columns: oreColumn(), rows: [MAX_SPREADSHEET_ORE, 8341250, -1] }]);
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('<v>900719925474.09</v>');
    expect(xml).toContain('<v>83412.5</v>');
    expect(xml).toContain('<v>-0.01</v>');
  });

  it('refuses amounts beyond what a double holds exactly, naming sheet, row and column', async () => {
    await expect(toXlsx([{ name: 'Belopp', columns: oreColumn(), rows: [0, MAX_SPREADSHEET_ORE + 1] }])).rejects.toThrow(
      'Listan kan inte skrivas: bladet "Belopp", rad 2, kolumnen "Belopp": beloppet är för stort för ett kalkylark.',
    );
  });

  it('holds sheets of different rows, and replaces control characters XML cannot hold', async () => {
    const words: Column<string>[] = [{ header: 'Ord', kind: 'text', value: (w) => w }];
    const bytes = await toXlsx([
      { name: 'Lista', columns, rows: [{ name: 'a', amountOre: 1, count: 1, day: '2014-12-31' }] },
      { name: 'Ord', columns: words, rows: ['klocka\u0007ring', 'å ä ö'] },
    ]);
    const workbook = await readXlsx(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Lista', 'Ord']);
    expect(workbook.getWorksheet('Ord')!.getCell('A2').value).toBe('klocka\ufffdring');
    expect(workbook.getWorksheet('Ord')!.getCell('A3').value).toBe('å ä ö');
  });
});
