// The reconciliation documents: the PDF read back with the importer's text-layer reader, the XLSX
// with exceljs. Every status appears once, amounts are literal, sums worked out by hand.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/domain/errors.js';
import { RECONCILIATION_FORMAT } from '../src/domain/reconciliation.js';
import { readXlsx, sheetRows } from './support/xlsx.js';
import { readPdfLines } from '../src/documents/import/pdf/read-pdf.js';
import type { ReconciliationInput, ReconciliationMeta } from '../src/documents/render/reconciliation-document.js';
import { renderReconciliationPdf } from '../src/documents/render/reconciliation-pdf.js';
import { reconciliationXlsx } from '../src/documents/render/reconciliation-xlsx.js';

function result(): ReconciliationInput {
  return {
    format: RECONCILIATION_FORMAT,
    round: '2014-VB',
    closingDate: '2014-12-31',
    lines: [
      { counterparty: '1704', project: '1704-02', reportedOre: 262683700, bookedOre: 262683700, differenceOre: 0, status: 'matched' },
      { counterparty: '1708', project: '1708-02', reportedOre: 8341250, bookedOre: 8341200, differenceOre: 50, status: 'differs' },
      { counterparty: '1708', project: '1708-03', reportedOre: 1250000, bookedOre: 0, differenceOre: 1250000, status: 'only_reported' },
      { counterparty: '1710', project: '1710-01', reportedOre: 0, bookedOre: 500000, differenceOre: -500000, status: 'only_booked' },
    ],
    summary: { matched: 1, differs: 1, onlyReported: 1, onlyBooked: 1 },
    committees: [
      { counterparty: '1704', name: 'Hässelby-Vällingby stadsdelsnämnd' },
      { counterparty: '1708', name: 'Skärholmens stadsdelsnämnd' },
    ],
  };
}

const meta: ReconciliationMeta = {
  organisation: 'Stockholms stad',
  generatedAt: '2015-01-20T08:30:00Z',
  annotations: {
    explanations: [
      { counterparty: '1708', project: '1708-02', text: 'Avrundning i fakturan; rättas i januari.' },
      { counterparty: '1710', project: '1710-01', text: '=HYPERLINK("http://x","y")' },
    ],
    signOffs: [
      { role: 'controller', name: 'Anna Controller', at: '2015-01-21T13:00:00Z' },
      { role: 'committee', name: 'Bo Ekonom, Skärholmen', at: '2015-06-02T07:15:00Z' },
    ],
  },
};

describe('renderReconciliationPdf', () => {
  let pdf: Uint8Array;
  let lines: string[];
  beforeAll(async () => {
    pdf = await renderReconciliationPdf(result(), meta);
    const read = await readPdfLines(pdf, 'internavstamning.pdf');
    // Cells as the importer's reader gives them: tab-separated in an accrual table, else by spaces.
    lines = read.lines.flatMap((l) => (l.kind === 'text' ? [l.text.replace(/\u00a0/g, ' ').replace(/\t/g, ' ')] : []));
  });

  it('is PDF/A-2b in Swedish, headed with the round and the closing date', () => {
    expect(Buffer.from(pdf).toString('utf8')).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(Buffer.from(pdf).toString('latin1')).toContain('/Lang (sv-SE)');
    expect(lines.slice(0, 3)).toEqual(['Stockholms stad', 'Internavstämning 2014-VB per 2014-12-31', 'Utskriven 2015-01-20 09:30']);
  });

  it('counts the lines per status', () => {
    const at = lines.indexOf('Sammanfattning');
    expect(lines.slice(at + 1, at + 7)).toEqual(['Status Antal', 'Stämmer 1', 'Differens 1', 'Endast rapporterat 1', 'Endast bokfört 1', 'Totalt 4']);
  });

  it('lists every line with reported, booked, difference and the status in Swedish, and their sums', () => {
    const at = lines.indexOf('Motparter och projekt');
    // A committee's name wraps in its column; the figures stay on the line's first baseline.
    expect(lines.slice(at + 1, at + 11)).toEqual([
      'Motpart Projekt Rapporterat Bokfört Differens Status',
      '1704 1704-02 2 626 837 2 626 837 0 Stämmer',
      'Hässelby-Vällingby',
      'stadsdelsnämnd',
      '1708 Skärholmens 1708-02 83 412,50 83 412 0,50 Differens',
      'stadsdelsnämnd',
      '1708 Skärholmens 1708-03 12 500 0 12 500 Endast rapporterat',
      'stadsdelsnämnd',
      '1710 1710-01 0 5 000 −5 000 Endast bokfört',
      'Summa 2 722 749,50 2 715 249 7 500,50',
    ]);
  });

  it('adds the explanations and the sign-offs (in Stockholm time)', () => {
    const at = lines.indexOf('Förklaringar');
    expect(lines.slice(at + 1, at + 4)).toEqual([
      'Motpart Projekt Förklaring',
      '1708 1708-02 Avrundning i fakturan; rättas i januari.',
      '1710 1710-01 =HYPERLINK("http://x","y")',
    ]);
    const signed = lines.indexOf('Godkännanden');
    expect(lines.slice(signed + 1, signed + 4)).toEqual(['Roll Namn Tidpunkt', 'Controller Anna Controller 2015-01-21 14:00', 'Nämnd Bo Ekonom, Skärholmen 2015-06-02 09:15']);
  });

  it('leaves out explanations and sign-offs when there are none', async () => {
    const read = await readPdfLines(await renderReconciliationPdf(result(), { generatedAt: meta.generatedAt }), 'x.pdf');
    const text = read.lines.flatMap((l) => (l.kind === 'text' ? [l.text] : []));
    expect(text[0]).toBe('Internavstämning 2014-VB per 2014-12-31');
    expect(text).not.toContain('Förklaringar');
    expect(text).not.toContain('Godkännanden');
  });

  it('refuses figures that do not add up and explanations of lines that are not there', async () => {
    const wrongDifference = result();
    wrongDifference.lines[1]!.differenceOre = 49;
    await expect(renderReconciliationPdf(wrongDifference, meta)).rejects.toThrow(
      'Avstämningen går inte ihop: differensen för motpart 1708, projekt 1708-02 är inte rapporterat minus bokfört.',
    );
    const wrongCount = { ...result(), summary: { matched: 2, differs: 1, onlyReported: 1, onlyBooked: 1 } };
    await expect(renderReconciliationPdf(wrongCount, meta)).rejects.toThrow('sammanfattningen säger 2 rader "Stämmer" men det finns 1.');
    const stray = { generatedAt: meta.generatedAt, annotations: { explanations: [{ counterparty: '1799', project: '1799-01', text: 'x' }] } };
    await expect(renderReconciliationPdf(result(), stray)).rejects.toThrow(AppError);
    await expect(reconciliationXlsx(result(), stray)).rejects.toThrow('Förklaringen gäller motpart 1799, projekt 1799-01, som inte finns i avstämningen.');
  });
});

describe('reconciliationXlsx', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await readXlsx(await reconciliationXlsx(result(), meta));
  });

  it('has every line with numbers in kronor, the status in Swedish and the explanation as plain text', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Avstämning', 'Sammanfattning', 'Godkännanden']);
    expect(workbook.title).toBe('Internavstämning 2014-VB per 2014-12-31');
    const sheet = workbook.getWorksheet('Avstämning')!;
    expect(sheetRows(sheet)).toEqual([
      ['Motpart', 'Nämnd', 'Projekt', 'Rapporterat', 'Bokfört', 'Differens', 'Status', 'Förklaring'],
      ['1704', 'Hässelby-Vällingby stadsdelsnämnd', '1704-02', 2626837, 2626837, 0, 'Stämmer'],
      ['1708', 'Skärholmens stadsdelsnämnd', '1708-02', 83412.5, 83412, 0.5, 'Differens', 'Avrundning i fakturan; rättas i januari.'],
      ['1708', 'Skärholmens stadsdelsnämnd', '1708-03', 12500, 0, 12500, 'Endast rapporterat'],
      ['1710', undefined, '1710-01', 0, 5000, -5000, 'Endast bokfört', '=HYPERLINK("http://x","y")'],
    ]);
    expect(sheet.getCell('H5').type).toBe(ExcelJS.ValueType.String);
    let differenceOre = 0;
    for (let row = 2; row <= 5; row++) differenceOre += Math.round((sheet.getCell(`F${row}`).value as number) * 100);
    expect(differenceOre).toBe(750050);
  });

  it('counts per status and lists the sign-offs with their times', () => {
    expect(sheetRows(workbook.getWorksheet('Sammanfattning')!)).toEqual([
      ['Status', 'Antal'],
      ['Stämmer', 1],
      ['Differens', 1],
      ['Endast rapporterat', 1],
      ['Endast bokfört', 1],
      ['Totalt', 4],
    ]);
    expect(sheetRows(workbook.getWorksheet('Godkännanden')!)).toEqual([
      ['Roll', 'Namn', 'Tidpunkt'],
      ['Controller', 'Anna Controller', new Date('2015-01-21T14:00:00Z')],
      ['Nämnd', 'Bo Ekonom, Skärholmen', new Date('2015-06-02T09:15:00Z')],
    ]);
  });
});
