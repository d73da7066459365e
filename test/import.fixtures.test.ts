// Legacy reports unlike the seed (other committees, many projects and entries, negative and öre
// amounts, wrapped titles, empty tables, missing narratives, page breaks, hyphenation damage),
// each beside its reviewed expected JSON; and unreadable files, each with its exact message.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImportError, parseReportText, readReportFile } from '../src/documents/import/index.js';
import { reportDocumentSchema } from '../src/domain/report.js';

const legacy = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/legacy');
const read = (name: string) => readFileSync(path.join(legacy, name), 'utf8');

const goodFiles = readdirSync(legacy).filter((name) => name.endsWith('.txt') && !name.startsWith('bad-'));

describe('legacy reports in the seed style', () => {
  it('has at least ten of them', () => {
    expect(goodFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(goodFiles)('%s reads as its expected JSON', (name) => {
    const expected: unknown = JSON.parse(read(name.replace(/\.txt$/, '.expected.json')));
    const report = parseReportText(read(name), { fileName: name });
    expect(report).toStrictEqual(expected);
    expect(reportDocumentSchema.safeParse(report).success).toBe(true);
  });

  it('reads the same file from bytes through readReportFile', async () => {
    const name = 'rinkeby-kista-t1-2015.txt';
    const bytes = new TextEncoder().encode(read(name));
    expect(await readReportFile(bytes, name)).toStrictEqual(parseReportText(read(name), { fileName: name }));
  });
});

function importErrorOf(action: () => unknown): ImportError {
  try {
    action();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('unreadable legacy reports', () => {
  const cases: [file: string, line: number, message: string][] = [
    ['bad-amount.txt', 21, 'Beloppet ”12 5OO” kan inte läsas: tecknet ”O” är ingen siffra.'],
    ['bad-impossible-date.txt', 9, 'Periodiseringens datum kan inte läsas: ”2014-02-30” är inget datum: 2014-02 har inte dag 30.'],
    [
      'bad-missing-committee.txt',
      7,
      'Väntade raden ”Nämnd: …” med nämndens namn, till exempel ”Nämnd: Hässelby-Vällingby stadsdelsnämnd”, men raden är ”Periodisering From 2014-01-01 tom 2014-04-30”.',
    ],
    ['bad-short-account.txt', 21, 'Kontot ”369” kan inte läsas: ett konto skrivs med fyra siffror, till exempel 3699.'],
    ['bad-unknown-project.txt', 29, 'Delredovisning för projekt 2, men rapporten har ingen tabell ”Projekt 2: …”.'],
  ];

  it.each(cases)('%s: line %i', (file, line, message) => {
    const error = importErrorOf(() => parseReportText(read(file), { fileName: file }));
    expect(error.code).toBe('unreadable_document');
    expect(error.fileName).toBe(file);
    expect(error.line).toBe(line);
    expect(error.reason).toBe(message);
    expect(error.toString()).toBe(`${file}:${line}: ${message}`);
  });

  it('refuses an unsupported file type before reading it', async () => {
    await expect(readReportFile(new Uint8Array([1, 2, 3]), 'rapport.odt')).rejects.toThrow(
      'rapport.odt: Filtypen ”.odt” kan inte läsas: välj en .txt-, .pdf- eller .docx-fil.',
    );
  });

  it('refuses text that is not UTF-8', async () => {
    const latin1 = new Uint8Array([0x4e, 0xe4, 0x6d, 0x6e, 0x64]); // "Nämnd" in Windows-1252
    await expect(readReportFile(latin1, 'rapport.txt')).rejects.toBeInstanceOf(ImportError);
  });

  it('names a line where an amount is missing and a project appears twice', () => {
    const seedLike = read('rinkeby-kista-t1-2015.txt');
    const missing = seedLike.replace('3699 1771 1718 412 000 Ej fakturerat tom', '3699 1771 1718 Ej fakturerat tom');
    expect(importErrorOf(() => parseReportText(missing, { fileName: 'r.txt' })).toString()).toBe(
      'r.txt:61: Beloppet saknas: väntade ett belopp efter motpartsnr 1718, till exempel 107 000.',
    );
    const twice = seedLike.replace('Projekt 5: Kista bibliotek', 'Projekt 3: Kista bibliotek');
    expect(importErrorOf(() => parseReportText(twice, { fileName: 'r.txt' })).toString()).toBe(
      'r.txt:81: Projekt 3 finns redan på rad 53: varje projekt redovisas en gång.',
    );
  });
});
