// What the importer makes of each file of a corpus set (test/fixtures/corpus/<set>): exact, warned,
// refused (with or without its place) or wrong, against the file's expected JSON. Shared by the
// corpus test (test/import.corpus.test.ts) and its benchmark (bench/import-pdf.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportError, readReportFile } from '../../src/documents/import/index.js';
import { reportDocumentSchema } from '../../src/domain/report.js';
import { compare, type Outcome } from './compare.js';

/** One file's outcome. A refusal is placed when it names its line, and for a PDF its page too. */
export async function outcomeOf(directory: string, name: string): Promise<Outcome> {
  const expected = reportDocumentSchema.parse(JSON.parse(readFileSync(path.join(directory, name.replace(/\.(pdf|docx)$/u, '.expected.json')), 'utf8')));
  try {
    return compare(await readReportFile(readFileSync(path.join(directory, name)), name), expected);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const located = error.line !== undefined && (name.endsWith('.docx') || error.page !== undefined);
    return { kind: 'refused', message: error.message, located };
  }
}

/** Every file of a set directory, by name, with its outcome. */
export async function outcomesOf(directory: string): Promise<[string, Outcome][]> {
  const names = readdirSync(directory).filter((name) => /\.(pdf|docx)$/u.test(name)).sort();
  const outcomes: [string, Outcome][] = [];
  for (const name of names) outcomes.push([name, await outcomeOf(directory, name)]);
  return outcomes;
}

/** The counts of one format's outcomes, as a line a person reads. */
export function tallyLine(set: string, format: 'pdf' | 'docx', outcomes: readonly [string, Outcome][]): string {
  const of = outcomes.filter(([name]) => name.endsWith(`.${format}`));
  const count = (kind: Outcome['kind']) => of.filter(([, o]) => o.kind === kind).length;
  // Exact, yet with a warning the expected report has not: read right, with something to check.
  const checked = of.filter(([, o]) => o.kind === 'exact' && o.extraWarnings.length > 0).length;
  return `${set} ${format}: ${of.length} files, exact ${count('exact')} (${((100 * count('exact')) / Math.max(1, of.length)).toFixed(0)} %, ${checked} of them with a warning), `
    + `warned ${count('warned')}, refused ${count('refused')}, wrong ${count('wrong')}`;
}
