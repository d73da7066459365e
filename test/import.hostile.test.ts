// Hostile input a new user will try: empty and truncated files, binary data under a text, PDF or
// Word name, a PDF without a text layer, other encodings, and very large reports. Each is an
// ImportError with a Swedish message naming the file (and the line where there is one), or reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, parseReportText, readReportFile } from '../src/documents/import/index.js';
import { SEED_PATH } from './support/seed.js';

const seed = readFileSync(SEED_PATH, 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const NOT_TEXT = 'Filen är inte text i UTF-8 eller i UTF-16 med byteordningsmarkering (BOM): spara den som UTF-8 och försök igen.';

async function messageOf(data: Uint8Array, name: string): Promise<string> {
  const error = await readReportFile(data, name).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return String(error);
}

// Deterministic bytes that are not UTF-8 and not any document format.
function garbage(length: number): Uint8Array {
  const data = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    data[i] = state >>> 24;
  }
  return data;
}

const FRONT = [' Redovisning ytterstadsprojekt ', 'Tertialrapport 2 ', '', 'Nämnd: Kungsholmens stadsdelsnämnd ', '', ' ', '', 'Periodisering From 2015-05-01 tom 2015-08-31 ', '', ' ', ''];

describe('hostile input', () => {
  it('an empty file', async () => {
    expect(await messageOf(new Uint8Array(), 'tom.txt')).toBe(
      'tom.txt: Rapporten tar slut för tidigt: väntade rapportens rubrik, till exempel ”Redovisning ytterstadsprojekt”.',
    );
  });

  it('a file with only the title', async () => {
    expect(await messageOf(bytes(' Redovisning ytterstadsprojekt \n\n'), 'rubrik.txt')).toBe(
      'rubrik.txt:1: Rapporten tar slut för tidigt: väntade rapporttypen, till exempel ”Tertialrapport”.',
    );
  });

  it('binary data named .txt, .pdf and .docx', async () => {
    const data = garbage(4000);
    expect(await messageOf(data, 'skräp.txt')).toBe(`skräp.txt: ${NOT_TEXT}`);
    expect(await messageOf(data, 'skräp.pdf')).toBe('skräp.pdf: Filen kan inte läsas som PDF: den är skadad, krypterad eller av ett annat slag.');
    expect(await messageOf(data, 'skräp.docx')).toBe(
      'skräp.docx: Filen kan inte läsas som Word-dokument (.docx): den är skadad eller av ett annat slag.',
    );
  });

  it('binary data that happens to be valid UTF-8 is not read as a report', async () => {
    expect(await messageOf(bytes('Redovisning\n\n\u0000\u0001\u0002PK\u0003\u0004'), 'binär.txt')).toBe(
      'binär.txt:3: Filen innehåller tecken som inte är text (den är kanske ett annat slags fil med ändelsen .txt): spara rapporten som text och försök igen.',
    );
  });

  it('a PDF with no text layer', async () => {
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj',
      '4 0 obj << /Length 29 >> stream',
      '0 0 1 rg 100 100 200 200 re f',
      'endstream endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n');
    expect(await messageOf(bytes(pdf), 'inskannad.pdf')).toBe(
      'inskannad.pdf: PDF-filen har ingen text att läsa (den är kanske inskannad): spara rapporten som text eller Word.',
    );
  });

  it('Windows-1252 text is refused, UTF-16 with a byte-order mark is read', async () => {
    const cp1252 = Uint8Array.from([...' Redovisning ytterstadsprojekt \nN'].map((c) => c.charCodeAt(0)).concat([0xe4, 0x6d, 0x6e, 0x64]));
    expect(await messageOf(cp1252, 'ansi.txt')).toBe(`ansi.txt: ${NOT_TEXT}`);
    const utf16 = new Uint8Array(2 + seed.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < seed.length; i++) {
      const code = seed.charCodeAt(i);
      utf16[2 + 2 * i] = code & 0xff;
      utf16[3 + 2 * i] = code >> 8;
    }
    expect(await readReportFile(utf16, 'unicode.txt')).toStrictEqual(parseReportText(seed, { fileName: 'unicode.txt' }));
  });

  it('1 000 projects read in time linear in their number, without deep recursion; one more is refused at its heading', () => {
    const text = (projects: number) => {
      const lines = [...FRONT];
      for (let n = 1; n <= projects; n++) {
        lines.push(`Projekt ${n}: Projekt nummer ${n} `, '', 'Konto IKB Nämndens ', '', 'motpartsnr ', '', 'Belopp Text ', '');
        lines.push(`3699 1771 1712 ${(n % 900) + 1} 500 Ej fakturerat tom `, '', '2015-08-31 ', '', ' ', '', ' ', '');
      }
      for (let n = 1; n <= projects; n++) {
        lines.push(`Delredovisning projekt ${n}: Rubrik för projekt ${n} `, '', 'Verksamheten har fortsatt under perioden. ', '', ' ', '');
      }
      return lines.join('\n');
    };
    const report = parseReportText(text(1000), { fileName: 'stor.txt' });
    expect(report.projects).toHaveLength(1000);
    expect(report.projects[999]?.entries[0]?.amountOre).toBe(10150000);
    expect(report.projects[999]?.narrative).toStrictEqual({ title: 'Rubrik för projekt 1000', paragraphs: ['Verksamheten har fortsatt under perioden.'] });
    const refusal = (input: string) => {
      try {
        return parseReportText(input, { fileName: 'stor.txt' }).projects.length;
      } catch (e) {
        return String(e);
      }
    };
    expect(refusal(text(1001))).toBe(`stor.txt:${FRONT.length + 1 + 1000 * 16}: Projekt 1001 kan inte sparas: En redovisning får ha högst 1 000 projekt.`);
    expectLinear(refusal, text(1000), text(4000));
  });

  it('a paragraph of 100 000 lines is refused in linear time, naming its section', () => {
    const text = (lineCount: number) => {
      const lines = [...FRONT, 'Projekt 1: Ett projekt ', '', 'Konto IKB Nämndens ', '', 'motpartsnr ', '', 'Belopp Text ', '', ' ', ''];
      lines.push('Delredovisning projekt 1: Rubrik ', '');
      for (let i = 0; i < lineCount; i++) lines.push('ord och fler ord i en mycket lång rad utan slut som fortsätter ', '');
      return lines.join('\n');
    };
    const refusal = (input: string) => {
      try {
        parseReportText(input, { fileName: 'lång.txt' });
      } catch (e) {
        return String(e);
      }
      return 'läst';
    };
    const longest = text(100_000);
    expect(refusal(longest)).toBe('lång.txt:22: Delredovisning projekt 1 kan inte sparas: Ett stycke får vara högst 20 000 tecken.');
    expectLinear(refusal, text(25_000), longest);
  });
});

/*
 * Linear, not quadratic: four times the input may take at most eight times as long (quadratic work
 * takes sixteen). A ratio, not a wall-clock bound, so a loaded machine does not fail the test; each
 * input's fastest of three runs, after a warm-up, keeps one descheduling from deciding it.
 */
function expectLinear(run: (input: string) => unknown, input: string, fourTimes: string): void {
  const fastest = (text: string) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      run(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  run(input);
  expect(fastest(fourTimes) / fastest(input)).toBeLessThan(8);
}
