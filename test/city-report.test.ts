// The city-wide report of a round in PDF, DOCX and XLSX, read back as a reader gets it: the PDF's
// text layer with the importer's own reader (readPdfLines), the DOCX with mammoth, the XLSX with
// exceljs. The sums are stated as literals, worked out by hand from test/support/city-report.ts.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/domain/errors.js';
import { readXlsx, sheetRows } from './support/xlsx.js';
import { readPdfLines } from '../src/documents/import/pdf/read-pdf.js';
import { grandTotals, type CityReport } from '../src/documents/render/city-report.js';
import { renderCityReportDocx } from '../src/documents/render/city-report-docx.js';
import { renderCityReportPdf } from '../src/documents/render/city-report-pdf.js';
import { renderCityReportXlsx } from '../src/documents/render/city-report-xlsx.js';
import { cityReportModel } from './support/city-report.js';

const DRAFT_TEXT = 'HEMLIG UTKASTTEXT som aldrig får synas';

/**
 * The model, with a draft smuggled onto the committees that are not approved, as a careless
 * builder of the model might leave it: the renderers read `approved` and nothing else.
 */
function modelWithStrayDraft(): CityReport {
  const model = cityReportModel();
  const draft = { ...model.committees[0]!.approved!.document, projects: [{ number: 1, name: DRAFT_TEXT, entries: [], narrative: { title: DRAFT_TEXT, paragraphs: [DRAFT_TEXT] } }] };
  return { ...model, committees: model.committees.map((c) => (c.approved === null ? Object.assign({ ...c }, { draft: { document: draft } }) : c)) };
}

// Cells as the importer's reader gives them: tab-separated in an accrual table, else by spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\t/g, ' ');

async function pdfLines(bytes: Uint8Array): Promise<{ text: string; page: number; line: number }[]> {
  const { lines } = await readPdfLines(bytes, 'sammanstallning.pdf');
  return lines.flatMap((l) => (l.kind === 'text' ? [{ text: plain(l.text), page: l.onPage!.page, line: l.onPage!.line }] : []));
}

describe('grandTotals', () => {
  it('sums every line exactly in öre, leaving out the lines without a figure', () => {
    expect(grandTotals(cityReportModel())).toEqual({ grantOre: 520000000, accruedThisRoundOre: 280474900, yearToDateOre: 350474900, remainingOre: 10225100 });
  });
});

describe('renderCityReportPdf', () => {
  let pdf: Uint8Array;
  let lines: { text: string; page: number; line: number }[];
  beforeAll(async () => {
    pdf = await renderCityReportPdf(modelWithStrayDraft());
    lines = await pdfLines(pdf);
  });
  const texts = () => lines.map((l) => l.text);

  it('is PDF/A-2b in Swedish with the compilation as its title', () => {
    const text = Buffer.from(pdf).toString('utf8');
    expect(text).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(text).toContain('<rdf:li xml:lang="x-default">Sammanställning Verksamhetsberättelse 2014 – Stockholms stad</rdf:li>');
    expect(Buffer.from(pdf).toString('latin1')).toContain('/Lang (sv-SE)');
  });

  it('opens with the organisation, the title, the programme, the round and when it was compiled', () => {
    expect(texts().slice(0, 6)).toEqual([
      'Stockholms stad',
      'Sammanställning Verksamhetsberättelse',
      '2014',
      'Ytterstadssatsningen',
      'Omgång 2014-VB, period 2014-01-01–2014-12-31, bokslutsdag 2014-12-31',
      'Sammanställd 2015-01-20 09:30',
    ]);
  });

  it('sums per committee and in total, right-aligned in Swedish kronor', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Hässelby-Vällingby stadsdelsnämnd (1704) – Godkänd',
        '1704-01 Trygghetsskapande 3 000 000 2 614 336,50 2 814 336,50 185 663,50',
        '1704-02 Lärandecenter – 107 000 107 000 –',
        'Summa Hässelby-Vällingby 3 000 000 2 721 336,50 2 921 336,50 185 663,50',
        '1708-01 Sommarjobb för unga 500 000 83 412,50 583 412,50 −83 412,50',
        'Summa Skärholmens 500 000 83 412,50 583 412,50 −83 412,50',
        'Totalt alla nämnder 5 200 000 2 804 749 3 504 749 102 251',
      ]),
    );
  });

  it('lists a committee that is not approved with its status and its grant, and never its draft', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Rinkeby-Kista stadsdelsnämnd (1706) – Ej godkänd: Utkast',
        '1706-01 Kista folkets hus 1 500 000 – – –',
        'Spånga-Tensta stadsdelsnämnd (1710) – Ej godkänd: Ej påbörjad',
        'Rinkeby-Kista stadsdelsnämnd: Ej godkänd: Utkast',
        'Spånga-Tensta stadsdelsnämnd: Ej godkänd: Ej påbörjad',
      ]),
    );
    expect(texts().join('\n')).not.toContain('HEMLIG');
    expect(texts().filter((t) => t.startsWith('Nämnd: '))).toEqual(['Nämnd: Hässelby-Vällingby stadsdelsnämnd', 'Nämnd: Skärholmens stadsdelsnämnd']);
  });

  it('draws grant, approved accruals and remainder per committee as a chart (server-side SVG), its text in the embedded DejaVu Sans', () => {
    const all = texts().join(' ');
    expect(texts()).toContain('Bidrag och godkänt periodiserat per nämnd');
    // The chart's axis and legend are text in the PDF: short district names, the series' names, rounded amounts.
    for (const label of ['Hässelby-Vällingby', 'Skärholmen', 'Rinkeby-Kista', 'Spånga-Tensta', 'Beviljat', 'Godkänt periodiserat', 'Kvar', '2,5 mnkr']) {
      expect(all).toContain(label);
    }
    expect(all).toContain(
      'Beviljat 5,2 mnkr, godkänt periodiserat 3,5 mnkr (67 %). Mest kvar: Hässelby-Vällingby (186 tkr). Mer periodiserat än beviljat: Skärholmen. ' +
      'Nämnder utan godkänd redovisning i omgången (2) visar bara sitt bidrag.',
    );
    // Every font in the file is an embedded DejaVu Sans, each style once: the chart adds none.
    const fonts = [...Buffer.from(pdf).toString('latin1').matchAll(/\/FontName \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]!.slice(7));
    expect(fonts.sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique']);
  });

  it('reprints each approved report as its own PDF sets it, each from the top of a new page', () => {
    // Each report's title (two lines) repeats at the top of its page, so the importer's reader drops
    // it as a running head; the committee line under it is then the first line read, the page's third
    // as a person counts them.
    const starts = lines.filter((l) => l.text.startsWith('Nämnd: '));
    // Page 1: the summary; page 2: its chart and the committees not approved; then one page per report.
    expect(starts.map((l) => [l.page, l.line])).toEqual([[3, 3], [4, 3]]);
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Periodisering From 2014-09-01 tom 2014-12-31',
        'Konto IKB Nämndens motpartsnr Belopp Text',
        '3699 1771 1704 2 626 837 Ej fakturerat tom 2014-12-31',
        '3699 1771 1704 −12 500,50 Rättelse av T2',
        'Delredovisning projekt 1: Trygghet i Vällingby',
        'Samverkan med polisen har fördjupats.',
        '3699 1771 1708 83 412,50 Ej fakturerat tom 2014-12-31',
        // Each project's indicators after its entries, as a short table.
        'Indikator Enhet Utgångsläge Mål 2014 Utfall Kommentar',
        'Unga med sommarjobb deltagare 80 100 112 Fler än väntat',
        'Andel tjejer % – 50 47,5 ',
      ]),
    );
    // With its sums, its total and its approval, as the report's own document ends.
    const first = texts().slice(texts().indexOf('Nämnd: Hässelby-Vällingby stadsdelsnämnd'), texts().indexOf('Nämnd: Skärholmens stadsdelsnämnd'));
    expect(first.filter((t) => /^(Summa|Redovisningens summa)/.test(t))).toEqual(['Summa 2 614 336,50 kr', 'Summa 107 000 kr', 'Redovisningens summa: 2 721 336,50 kr']);
    expect(first.slice(-4)).toEqual(['Godkännande', 'Godkänd: 2015-01-14 10:05', 'Godkänd av: Anna Controller', 'Version: 3']);
    expect(texts().filter((t) => t.includes('UTKAST'))).toEqual([]);
  });

  it('names the organisation at the foot of every page', async () => {
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    const feet: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const items = (await (await doc.getPage(n)).getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []));
      const lowest = Math.min(...items.map((item) => item.transform[5] as number));
      feet.push(items.filter((item) => item.transform[5] === lowest).map((item) => item.str).join(' '));
    }
    await doc.destroy();
    expect(feet).toEqual(feet.map((_, i) => `Stockholms stad Sida ${i + 1} av ${feet.length}`));
  });

  it('numbers paragraph anchors through the whole file, so no two are named alike', async () => {
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    const names = Object.keys(await doc.getDestinations()).sort();
    await doc.destroy();
    expect(names).toEqual(['stycke-1', 'stycke-2', 'stycke-3']);
  });

  it('ends with the sources: report, version, and who approved it when (Stockholm time)', () => {
    const sources = lines.filter((l) => l.page === 5).map((l) => l.text);
    expect(sources[0]).toBe('Källor');
    expect(sources).toEqual(
      expect.arrayContaining([
        'Nämnd Rapport Version Godkänd Godkänd av',
        'Hässelby-Vällingby 12 3 2015-01-14 10:05 Anna Controller',
        'Rinkeby-Kista – – Ej godkänd: Utkast',
        'Skärholmens 31 1 2015-01-16 15:40 Bo Granskare',
      ]),
    );
  });

  it('refuses a model that has figures for the round from a committee that is not approved', async () => {
    const model = cityReportModel();
    model.committees[1]!.projects[0]!.accruedThisRoundOre = 100;
    const message = 'Sammanställningen kan inte göras: Rinkeby-Kista stadsdelsnämnd har belopp för omgången i projekt 1 utan godkänd redovisning.';
    await expect(renderCityReportPdf(model)).rejects.toThrow(AppError);
    await expect(renderCityReportPdf(model)).rejects.toThrow(message);
    await expect(renderCityReportDocx(model)).rejects.toThrow(message);
    await expect(renderCityReportXlsx(model)).rejects.toThrow(message);
  });

  it('refuses an amount that is not a whole number of öre rather than round it', async () => {
    const model = cityReportModel();
    model.committees[2]!.projects[0]!.grantOre = 50000000.5;
    await expect(renderCityReportPdf(model)).rejects.toThrow(
      'Sammanställningen kan inte göras: Skärholmens stadsdelsnämnd, projekt 1 har ett belopp som inte är ett helt antal öre.',
    );
  });
});

describe('renderCityReportDocx', () => {
  let text: string;
  let documentXml: string;
  beforeAll(async () => {
    const docx = await renderCityReportDocx(modelWithStrayDraft());
    text = plain((await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value);
    documentXml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  });
  const paragraphs = () => text.split('\n').filter((l) => l !== '');

  it('holds the heading, the summary with its sums, and the committees that are not approved', () => {
    expect(paragraphs().slice(0, 6)).toEqual([
      'Stockholms stad',
      'Sammanställning Verksamhetsberättelse 2014',
      'Ytterstadssatsningen',
      'Omgång 2014-VB, period 2014-01-01–2014-12-31, bokslutsdag 2014-12-31',
      'Sammanställd 2015-01-20 09:30',
      'Sammanfattning',
    ]);
    const p = paragraphs();
    const total = p.indexOf('Totalt alla nämnder');
    expect(p.slice(total, total + 5)).toEqual(['Totalt alla nämnder', '5 200 000', '2 804 749', '3 504 749', '102 251']);
    const skarholmen = p.indexOf('Summa Skärholmens stadsdelsnämnd');
    expect(p.slice(skarholmen, skarholmen + 5)).toEqual(['Summa Skärholmens stadsdelsnämnd', '500 000', '83 412,50', '583 412,50', '−83 412,50']);
    expect(p).toEqual(expect.arrayContaining(['Rinkeby-Kista stadsdelsnämnd (1706) – Ej godkänd: Utkast', 'Spånga-Tensta stadsdelsnämnd: Ej godkänd: Ej påbörjad']));
    expect(text).not.toContain('HEMLIG');
  });

  it("gives the PDF's chart as its heading and text summary (its figures are the summary table)", () => {
    const at = paragraphs().indexOf('Bidrag och godkänt periodiserat per nämnd');
    expect(at).toBeGreaterThan(0);
    expect(paragraphs()[at + 1]).toBe(
      'Beviljat 5,2 mnkr, godkänt periodiserat 3,5 mnkr (67 %). Mest kvar: Hässelby-Vällingby (186 tkr). Mer periodiserat än beviljat: Skärholmen. ' +
      'Nämnder utan godkänd redovisning i omgången (2) visar bara sitt bidrag.',
    );
  });

  it('puts each approved report in a section of its own, as its own DOCX holds it, then the sources', () => {
    expect(documentXml.match(/<w:sectPr/g)).toHaveLength(4);
    expect(paragraphs().filter((l) => l.startsWith('Nämnd: '))).toEqual(['Nämnd: Hässelby-Vällingby stadsdelsnämnd', 'Nämnd: Skärholmens stadsdelsnämnd']);
    expect(paragraphs()).toEqual(expect.arrayContaining(['Delredovisning projekt 1: Trygghet i Vällingby', '−12 500,50', 'Källor', '2015-01-14 10:05', 'Anna Controller']));
    const indicators = paragraphs().indexOf('Indikator');
    expect(paragraphs().slice(indicators, indicators + 12)).toEqual([
      'Indikator', 'Enhet', 'Utgångsläge', 'Mål 2014', 'Utfall', 'Kommentar', 'Unga med sommarjobb', 'deltagare', '80', '100', '112', 'Fler än väntat',
    ]);
  });
});

describe('renderCityReportXlsx', () => {
  let workbook: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderCityReportXlsx(modelWithStrayDraft());
    workbook = await readXlsx(bytes);
  });

  it('has one summary row per committee and project, with amounts as numbers in kronor', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sammanställning', 'Poster', 'Källor']);
    expect(sheetRows(workbook.getWorksheet('Sammanställning')!)).toEqual([
      ['Nämnd', 'Motpart', 'Projektnr', 'Projektkod', 'Projekt', 'Status', 'Beviljat', 'Denna omgång', 'Hittills i år', 'Återstår', 'Källa: rapport', 'Källa: version'],
      ['Hässelby-Vällingby stadsdelsnämnd', '1704', 1, '1704-01', 'Trygghetsskapande åtgärder', 'Godkänd', 3000000, 2614336.5, 2814336.5, 185663.5, 12, 3],
      ['Hässelby-Vällingby stadsdelsnämnd', '1704', 2, '1704-02', 'Lärandecenter', 'Godkänd', undefined, 107000, 107000, undefined, 12, 3],
      ['Rinkeby-Kista stadsdelsnämnd', '1706', 1, '1706-01', 'Kista folkets hus', 'Ej godkänd: Utkast', 1500000],
      ['Skärholmens stadsdelsnämnd', '1708', 1, '1708-01', 'Sommarjobb för unga', 'Godkänd', 500000, 83412.5, 583412.5, -83412.5, 31, 1],
      ['Spånga-Tensta stadsdelsnämnd', '1710', 1, '1710-01', 'Tensta konsthall', 'Ej godkänd: Ej påbörjad', 200000],
    ]);
    expect(workbook.getWorksheet('Sammanställning')!.getCell('H2').numFmt).toBe('#,##0.00');
  });

  it('sums back to the exact totals in öre', () => {
    const sheet = workbook.getWorksheet('Sammanställning')!;
    const columnOre = (letter: string) => {
      let sum = 0;
      for (let row = 2; row <= sheet.rowCount; row++) {
        const value = sheet.getCell(`${letter}${row}`).value;
        if (value !== null) sum += Math.round((value as number) * 100);
      }
      return sum;
    };
    expect({ grantOre: columnOre('G'), accruedThisRoundOre: columnOre('H'), yearToDateOre: columnOre('I'), remainingOre: columnOre('J') }).toEqual(grandTotals(cityReportModel()));
  });

  it('lists every approved entry, hostile text as a plain string', () => {
    const sheet = workbook.getWorksheet('Poster')!;
    expect(sheetRows(sheet)).toEqual([
      ['Nämnd', 'Projektnr', 'Projektkod', 'Konto', 'IKB', 'Motpart', 'Belopp', 'Text'],
      ['Hässelby-Vällingby stadsdelsnämnd', 1, '1704-01', '3699', '1771', '1704', 2626837, 'Ej fakturerat tom 2014-12-31'],
      ['Hässelby-Vällingby stadsdelsnämnd', 1, '1704-01', '3699', '1771', '1704', -12500.5, 'Rättelse av T2'],
      ['Hässelby-Vällingby stadsdelsnämnd', 2, '1704-02', '3699', '1771', '1704', 107000, '=HYPERLINK("http://x","y")'],
      ['Skärholmens stadsdelsnämnd', 1, '1708-01', '3699', '1771', '1708', 83412.5, 'Ej fakturerat tom 2014-12-31'],
    ]);
    expect(sheet.getCell('H4').type).toBe(ExcelJS.ValueType.String);
  });

  it('names the sources, approval times in Stockholm time, and never a draft', async () => {
    expect(sheetRows(workbook.getWorksheet('Källor')!)).toEqual([
      ['Nämnd', 'Status', 'Rapport', 'Version', 'Godkänd', 'Godkänd av'],
      ['Hässelby-Vällingby stadsdelsnämnd', 'Godkänd', 12, 3, new Date('2015-01-14T10:05:00Z'), 'Anna Controller'],
      ['Rinkeby-Kista stadsdelsnämnd', 'Ej godkänd: Utkast'],
      ['Skärholmens stadsdelsnämnd', 'Godkänd', 31, 1, new Date('2015-01-16T15:40:00Z'), 'Bo Granskare'],
      ['Spånga-Tensta stadsdelsnämnd', 'Ej godkänd: Ej påbörjad'],
    ]);
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files)) expect(await zip.file(name)?.async('string') ?? '').not.toContain('HEMLIG');
  });

  it('is the same workbook for the same model, dated when it was compiled', async () => {
    const parts = async (b: Uint8Array) => {
      const zip = await JSZip.loadAsync(b);
      return Promise.all(Object.keys(zip.files).sort().map(async (n) => [n, await zip.file(n)?.async('string')]));
    };
    expect(await parts(await renderCityReportXlsx(modelWithStrayDraft()))).toEqual(await parts(bytes));
    expect(workbook.created).toEqual(new Date('2015-01-20T08:30:00Z'));
    expect(workbook.modified).toEqual(new Date('2015-01-20T08:30:00Z'));
  });
});
