// Where each amount of a read report stands in its file: a PDF's page and the line on that page
// (counted as the reader counts them, the lines a person sees top down, column by column), so the
// import preview can show a person where to check every amount.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseKronor } from '../src/domain/money.js';
import { readReportSource } from '../src/documents/import/index.js';
import { readPdfLines } from '../src/documents/import/pdf/read-pdf.js';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/corpus/unseen');

describe('the places of a PDF report read', () => {
  it('name the page and line of every entry, whose row there holds its codes and its amount', async () => {
    // Reports in layouts the reader was not made with: tables in page columns, cells that wrap.
    const names = readdirSync(corpus).filter((name) => name.endsWith('.pdf')).sort();
    let checked = 0;
    for (const name of names) {
      const bytes = readFileSync(path.join(corpus, name));
      const read = await readReportSource(bytes, name).catch(() => undefined);
      if (!read) continue;
      const { lines } = await readPdfLines(bytes, name);
      expect(read.places.projects).toHaveLength(read.report.projects.length);
      read.report.projects.forEach((project, p) => {
        const places = read.places.projects[p];
        expect(places?.entries).toHaveLength(project.entries.length);
        project.entries.forEach((entry, e) => {
          const place = places?.entries[e];
          expect(place?.page).toBeGreaterThanOrEqual(1);
          const row = lines.find((line) => line.kind === 'text' && line.onPage?.page === place?.page && line.onPage?.line === place?.line);
          const cells = row?.kind === 'text' ? row.text.split('\t') : [];
          expect(cells.slice(0, 3), `${name}: projekt ${project.number}, rad ${e + 1}`).toStrictEqual([entry.account, entry.ikb, entry.counterparty]);
          const amount = parseKronor(cells[3] ?? '');
          expect(amount.ok && amount.value).toBe(entry.amountOre);
          checked++;
        });
      });
    }
    expect(checked).toBeGreaterThan(100);
  }, 60_000);

  it('name the line of a text file, without a page', async () => {
    const seed = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../demo/000_103637c2e0986dfa.txt'));
    const { report, places } = await readReportSource(seed, 'seed.txt');
    const text = seed.toString('utf8').split(/\r?\n/u);
    const [first] = places.projects[0]?.entries ?? [];
    expect(first?.page).toBeUndefined();
    expect(text[(first?.line ?? 0) - 1]).toContain(report.projects[0]?.entries[0]?.account);
  });
});
