// The importer refuses files that would cost the server more than any report can: a Word file that
// unpacks to too much (or lies about how much), a PDF with too many pages or too much text.
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../src/documents/import/index.js';
import { aDocx, anInflatingPdf, aPdf } from './support/hostile-files.js';

const MB = 1024 * 1024;

async function messageOf(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    await readReportFile(bytes, fileName);
  } catch (error) {
    return String(error);
  }
  throw new Error(`${fileName} lästes`);
}

const memoryInUse = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

describe('a Word file', () => {
  it('that unpacks to more than 20 MB is refused at once, before anything is unpacked', async () => {
    const bomb = aDocx({ padding: 25 * MB });
    expect(bomb.length).toBeLessThan(100_000);
    const before = memoryInUse();
    const started = performance.now();
    expect(await messageOf(bomb, 'bomb.docx')).toBe('bomb.docx: Word-filen packar upp till mer än 20 MB; en redovisning är mycket mindre. Kontrollera filen.');
    expect(performance.now() - started).toBeLessThan(1_000);
    // Unpacked, document.xml alone would take 25 MB (and mammoth's tree many times that).
    expect(memoryInUse() - before).toBeLessThan(10 * MB);
  });

  it('with a part over 1 MB packed more than 200 to 1 is refused, though the whole is under 20 MB', async () => {
    expect(await messageOf(aDocx({ padding: 5 * MB }), 'tät.docx')).toBe(
      'tät.docx: Word-filens del ”word/document.xml” packar upp till mer än 200 gånger sin storlek; en redovisning gör inte så. Kontrollera filen.',
    );
  });

  it('whose part unpacks to more than it declares is refused without unpacking it all', async () => {
    const liar = aDocx({ padding: 25 * MB, declaredSize: 100_000 });
    const before = memoryInUse();
    expect(await messageOf(liar, 'lögn.docx')).toBe(
      'lögn.docx: Word-filens del ”word/document.xml” packar upp till en annan storlek än filen själv uppger: filen är skadad eller ändrad. Kontrollera filen.',
    );
    expect(memoryInUse() - before).toBeLessThan(10 * MB);
  });

  it('whose part unpacks to less than it declares is refused too', async () => {
    expect(await messageOf(aDocx({ declaredSize: 1_000_000 }), 'lögn.docx')).toMatch(/packar upp till en annan storlek än filen själv uppger/);
  });

  it('of ordinary size passes the limits and is read', async () => {
    // mammoth reads it: the refusal is about the report's first line, not about the file.
    expect(await messageOf(aDocx({ paragraphs: ['Rubrik', 'Tertialrapport', 'Fel rad'] }), 'liten.docx')).toMatch(/^liten\.docx:3: Väntade raden ”Nämnd: …”/);
  });

  it('that is no zip at all is still called unreadable', async () => {
    expect(await messageOf(new TextEncoder().encode('PK inte alls'), 'skräp.docx')).toBe(
      'skräp.docx: Filen kan inte läsas som Word-dokument (.docx): den är skadad eller av ett annat slag.',
    );
  });
});

describe('a PDF', () => {
  it('with more than 200 pages is refused before its text is read', async () => {
    const started = performance.now();
    expect(await messageOf(aPdf(201), 'lång.pdf')).toBe('lång.pdf: PDF-filen har 201 sidor; Redovisa läser högst 200.');
    expect(await messageOf(aPdf(20_000), 'lång.pdf')).toBe('lång.pdf: PDF-filen har 20\u00a0000 sidor; Redovisa läser högst 200.');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('with 200 pages is read', async () => {
    // Every page says "Rad": the refusal is about the report's lines, not about the pages.
    expect(await messageOf(aPdf(200), 'tvåhundra.pdf')).toMatch(/^tvåhundra\.pdf: sida \d+, rad 1: Väntade /);
  }, 30_000);

  it('whose streams unpack to a gigabyte is refused at once, without unpacking it all', async () => {
    const bomb = await anInflatingPdf(1024 * MB);
    expect(bomb.length).toBeLessThan(2 * MB);
    const started = performance.now();
    expect(await messageOf(bomb, 'bomb.pdf')).toBe(
      'bomb.pdf: PDF-filens innehåll packas upp till mer än 128 MB; en redovisning är mycket mindre. Spara rapporten som PDF på nytt från ordbehandlaren.',
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    // Compressed streams within the bound are read as before.
    expect(await messageOf(await anInflatingPdf(MB), 'liten.pdf')).toMatch(/^liten\.pdf: sida 1, rad 1: /);
  }, 60_000);

  it('with more than 2 MB of text is refused', async () => {
    expect(await messageOf(aPdf(3, 'x'.repeat(1_000), 770, 1), 'ordrik.pdf')).toBe(
      'ordrik.pdf: PDF-filen har mer än 2 MB text; en redovisning är mycket mindre. Kontrollera filen.',
    );
  }, 30_000);
});
