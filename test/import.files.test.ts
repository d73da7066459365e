// readReportFile on PDF and DOCX files that are not our own renderings: built here with docx and
// pdfmake directly, or damaged.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { ImportError, readReportFile } from '../src/documents/import/index.js';
import { renderPdf } from '../src/documents/render/index.js';
import { APPROVED, DRAFT } from './support/frames.js';

const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const row = (cells: string[]) =>
  new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(text)] })] })) });

async function wordReport(amount: string): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          paragraph('Redovisning ytterstadsprojekt'),
          paragraph('Tertialrapport'),
          paragraph('Nämnd: Enskede-Årsta-Vantörs stadsdelsnämnd'),
          paragraph('Periodisering From 2014-05-01 tom 2014-08-31'),
          paragraph('Projekt 1: Mötesplats Skarpnäck'),
          new Table({ rows: [row(['Konto', 'IKB', 'Nämndens motpartsnr', 'Belopp', 'Text']), row(['3699', '1771', '1738', amount, 'Ej fakturerat tom 2014-08-31'])] }),
          paragraph('Delredovisning projekt 1: Mötesplatsen'),
          paragraph('Mötesplatsen har haft öppet varje vardag. Besökarna är fler än i fjol.'),
          paragraph('Till hösten planeras läxhjälp.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('readReportFile on Word files written by others', () => {
  it('reads paragraphs as paragraphs and table rows as rows', async () => {
    const report = await readReportFile(await wordReport('\u221212 500,50'), 'rapport.docx');
    expect(report).toStrictEqual({
      format: 'redovisa.report/1',
      title: 'Redovisning ytterstadsprojekt',
      reportType: 'Tertialrapport',
      committee: 'Enskede-Årsta-Vantörs stadsdelsnämnd',
      accrualPeriod: { from: '2014-05-01', to: '2014-08-31' },
      projects: [
        {
          number: 1,
          name: 'Mötesplats Skarpnäck',
          entries: [{ account: '3699', ikb: '1771', counterparty: '1738', amountOre: -1250050, text: 'Ej fakturerat tom 2014-08-31' }],
          narrative: {
            title: 'Mötesplatsen',
            paragraphs: ['Mötesplatsen har haft öppet varje vardag. Besökarna är fler än i fjol.', 'Till hösten planeras läxhjälp.'],
          },
        },
      ],
    });
  });

  it('names the paragraph or table row (counted from 1) that cannot be read', async () => {
    const bytes = await wordReport('12 5OO');
    await expect(readReportFile(bytes, 'rapport.docx')).rejects.toThrow('rapport.docx:7: Beloppet ”12 5OO” kan inte läsas: tecknet ”O” är ingen siffra.');
  });
});

describe('readReportFile on a PDF typeset elsewhere', () => {
  // Our renderer with a line break inside the paragraph, under another program's name (the Creator
  // string is replaced by one as long, so the file's offsets stay right).
  async function typesetElsewhere(paragraph: string, creator: string): Promise<Uint8Array> {
    const bytes = await renderPdf({
      format: 'redovisa.report/1',
      title: 'Redovisning ytterstadsprojekt',
      reportType: 'Tertialrapport',
      committee: 'Farsta stadsdelsnämnd',
      accrualPeriod: { from: '2014-01-01', to: '2014-04-30' },
      projects: [{ number: 1, name: 'Fältassistenter', entries: [], narrative: { title: 'Fältarbete', paragraphs: [paragraph] } }],
    }, DRAFT);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toContain('(Redovisa)');
    return Uint8Array.from(Buffer.from(text.replace('(Redovisa)', `(${creator})`), 'latin1'));
  }
  const paragraphOf = async (bytes: Uint8Array) => (await readReportFile(bytes, 'rapport.pdf')).projects[0]?.narrative?.paragraphs;

  it('undoes a hyphen at a line end when the joined word is Swedish, and keeps hyphens inside lines', async () => {
    const bytes = await typesetElsewhere('Vi har anställt en fa-\nmiljebehandlare och köpt en kaffe-automat.', 'Word2016');
    expect(await paragraphOf(bytes)).toStrictEqual(['Vi har anställt en familjebehandlare och köpt en kaffe-automat.']);
  });

  it('keeps every hyphen in our own PDF, whose lines break only at spaces', async () => {
    const bytes = await typesetElsewhere('Vi har anställt en fa-\nmiljebehandlare och köpt en kaffe-automat.', 'Redovisa');
    expect(await paragraphOf(bytes)).toStrictEqual(['Vi har anställt en fa- miljebehandlare och köpt en kaffe-automat.']);
  });
});

describe('a PDF that cannot be read', () => {
  /** The lines of one page as a reader counts them: by baseline, top down. */
  async function pageLines(bytes: Uint8Array, pageNumber: number): Promise<string[]> {
    const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    const content = await (await document.getPage(pageNumber)).getTextContent();
    const rows = new Map<number, string>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] as number);
      rows.set(y, `${rows.get(y) ?? ''}${item.str}`);
    }
    await document.destroy();
    return [...rows.entries()].sort(([a], [b]) => b - a).map(([, text]) => text);
  }

  it('names the page and the line on that page, and so does the earlier place it refers to', async () => {
    const filler = 'Verksamheten har fortsatt under perioden med träffar, läxhjälp och samtal för unga i stadsdelen.';
    const bytes = await renderPdf({
      format: 'redovisa.report/1',
      title: 'Redovisning ytterstadsprojekt',
      reportType: 'Tertialrapport',
      committee: 'Farsta stadsdelsnämnd',
      accrualPeriod: { from: '2014-01-01', to: '2014-04-30' },
      projects: [
        {
          number: 1,
          name: 'Fältassistenter',
          entries: [],
          narrative: { title: 'Fältarbete', paragraphs: [...Array<string>(25).fill(filler), 'Projekt 1: Fältassistenter igen'] },
        },
      ],
    }, APPROVED);
    const line = (await pageLines(bytes, 2)).indexOf('Projekt 1: Fältassistenter igen') + 1;
    expect(line).toBeGreaterThan(1);
    const error = await readReportFile(bytes, 'rapport.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ page: 2, line });
    expect(String(error)).toBe(`rapport.pdf: sida 2, rad ${line}: Projekt 1 finns redan på sida 1, rad 5: varje projekt redovisas en gång.`);
  });
});

describe('damaged and unreadable files', () => {
  it('refuses a file that is not a PDF', async () => {
    const error = await readReportFile(new TextEncoder().encode('inte en pdf'), 'rapport.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(String(error)).toBe('rapport.pdf: Filen kan inte läsas som PDF: den är skadad, krypterad eller av ett annat slag.');
  });

  it('refuses a file that is not a DOCX', async () => {
    const error = await readReportFile(new TextEncoder().encode('inte en docx'), 'rapport.docx').catch((e: unknown) => e);
    expect(String(error)).toBe('rapport.docx: Filen kan inte läsas som Word-dokument (.docx): den är skadad eller av ett annat slag.');
  });

  it('refuses a truncated PDF', async () => {
    const bytes = await renderPdf({
      format: 'redovisa.report/1',
      title: 'Redovisning ytterstadsprojekt',
      reportType: 'Tertialrapport',
      committee: 'Farsta stadsdelsnämnd',
      accrualPeriod: { from: '2014-01-01', to: '2014-04-30' },
      projects: [],
    }, APPROVED);
    await expect(readReportFile(bytes.slice(0, 400), 'rapport.pdf')).rejects.toBeInstanceOf(ImportError);
  });
});
