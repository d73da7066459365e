// Our PDF and DOCX end each accrual table with its sum and state the report's total. The importer
// checks both against the entries it read: a file whose sums disagree with its rows (a wrong
// reading, or a file changed by hand) is refused at the line, never read as a wrong number.
import JSZip from 'jszip';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../src/documents/import/errors.js';
import { readReportFile } from '../src/documents/import/index.js';
import { PDF_FONT } from '../src/documents/render/fonts.js';
import { renderDocx } from '../src/documents/render/index.js';
import { pdfDefinition } from '../src/documents/render/pdf-layout.js';
import { renderPdfDefinition } from '../src/documents/render/pdf.js';
import { APPROVED, DRAFT } from './support/frames.js';
import { goldenReport } from './support/seed.js';

const seed = goldenReport();
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

/** Every string in the definition's content that equals `from`, replaced by `to` (it must occur). */
function replaced(definition: TDocumentDefinitions, from: string, to: string): TDocumentDefinitions {
  let found = 0;
  const walk = (node: unknown): unknown => {
    if (node === from) {
      found++;
      return to;
    }
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
    return node;
  };
  const content = walk(definition.content) as Content;
  expect(found).toBe(1);
  return { ...definition, content };
}

async function pdfWith(from: string, to: string, frame = DRAFT): Promise<Uint8Array> {
  return renderPdfDefinition(replaced(pdfDefinition(seed, frame, PDF_FONT, new Date('2015-02-03T13:05:00Z')), from, to));
}

async function docxWith(from: string, to: string, frame = DRAFT): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await renderDocx(seed, frame));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml.split(`>${from}<`)).toHaveLength(2);
  zip.file('word/document.xml', xml.replace(`>${from}<`, `>${to}<`));
  return zip.generateAsync({ type: 'uint8array' });
}

const refusal = async (bytes: Uint8Array, name: string) => {
  const error = await readReportFile(bytes, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return String(error);
};

describe.each([
  ['pdf', pdfWith],
  ['docx', docxWith],
] as const)('sums that disagree with the entries, in a %s', (format, tampered) => {
  it('refuses a table whose sum row is not the sum of its rows', async () => {
    const message = await refusal(await tampered(nbsp('2 626 837 kr'), nbsp('2 626 838 kr')), `rapport.${format}`);
    expect(message).toMatch(/^rapport\.(pdf|docx):.* Summaraden anger 2 626 838 kr, men raderna ovanför summerar till 2 626 837 kr: något belopp är fel läst eller fel i originalet\. Kontrollera beloppen\.$/);
  });

  it('refuses an entry changed without its sum', async () => {
    const message = await refusal(await tampered(nbsp('107 000'), nbsp('170 000'), APPROVED), `rapport.${format}`);
    expect(message).toContain('Summaraden anger 107 000 kr, men raderna ovanför summerar till 170 000 kr');
  });

  it('refuses a report total that is not the sum of every entry', async () => {
    const message = await refusal(await tampered(`Redovisningens summa: ${nbsp('2 810 828 kr')}`, `Redovisningens summa: ${nbsp('2 810 728 kr')}`), `rapport.${format}`);
    expect(message).toMatch(/Redovisningens summa anger 2 810 728 kr, men projektens periodiseringar summerar till 2 810 828 kr: något belopp är fel läst eller fel i originalet\. Kontrollera beloppen\.$/);
  });

  it('refuses a report total that cannot be read', async () => {
    const message = await refusal(await tampered(`Redovisningens summa: ${nbsp('2 810 828 kr')}`, 'Redovisningens summa: 2.810.828 kr'), `rapport.${format}`);
    expect(message).toContain('Redovisningens summa ”2.810.828 kr” kan inte läsas: ”2.810.828 kr” är inget belopp');
  });
});

describe('sums in extracted text', () => {
  it('reads the report total line of a text file and checks it like a table\'s', async () => {
    const text = [
      'Redovisning ytterstadsprojekt', 'Tertialrapport', 'Nämnd: Farsta stadsdelsnämnd', 'Periodisering From 2014-01-01 tom 2014-04-30',
      'Projekt 1: Fältassistenter', 'Konto IKB Nämndens motpartsnr Belopp Text', '3699 1771 1704 12 500 Ej fakturerat', 'Summa 12 500 kr',
      'Projekt 2: Läxhjälp', 'Konto IKB Nämndens motpartsnr Belopp Text', '3699 1771 1704 1 000,50 Ej fakturerat', 'Summa 1 000,50 kr',
    ].join('\n');
    const read = await readReportFile(new TextEncoder().encode(`${text}\nRedovisningens summa: 13 500,50 kr\n`), 'rapport.txt');
    expect(read.projects.map((p) => p.entries.map((e) => e.amountOre))).toEqual([[1_250_000], [100_050]]);
    // In a narrative the words are the author's, not a total.
    const narrative = `${text}\nDelredovisning projekt 1: Fält\nRedovisningens summa: mer än väntat, 14 000 kr.\n`;
    expect((await readReportFile(new TextEncoder().encode(narrative), 'rapport.txt')).projects[0]?.narrative?.paragraphs).toEqual(['Redovisningens summa: mer än väntat, 14 000 kr.']);
    await expect(readReportFile(new TextEncoder().encode(`${text}\nRedovisningens summa: 13 500 kr\n`), 'rapport.txt')).rejects.toThrow(
      'rapport.txt:13: Redovisningens summa anger 13 500 kr, men projektens periodiseringar summerar till 13 500,50 kr: något belopp är fel läst eller fel i originalet. Kontrollera beloppen.',
    );
  });
});
