// Reads every file of a corpus directory and prints how each compares with its expected JSON.
// Usage: node --import tsx tools/corpus/check.ts DIR [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportError, readReportFile } from '../../src/documents/import/index.js';
import type { ReportDocument } from '../../src/domain/report.js';
import { compare, showDifference, type Outcome } from './compare.js';

const directory = process.argv[2] ?? 'test/fixtures/corpus';
const verbose = process.argv.includes('--verbose');
const files = readdirSync(directory).filter((name) => /\.(pdf|docx)$/u.test(name)).sort();
const counts = new Map<string, number>();
let checked = 0;
for (const name of files) {
  const expected = JSON.parse(readFileSync(path.join(directory, name.replace(/\.(pdf|docx)$/u, '.expected.json')), 'utf8')) as ReportDocument;
  let outcome: Outcome;
  try {
    const actual = await readReportFile(readFileSync(path.join(directory, name)), name);
    outcome = compare(actual, expected);
    if (outcome.kind === 'wrong' || outcome.kind === 'warned') {
      for (const where of outcome.differences.slice(0, 3)) {
        const get = (report: unknown) => where.split('.').reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined), report);
        console.log('   ', where, showDifference(get(actual), get(expected)));
      }
    }
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    outcome = { kind: 'refused', message: error.message, located: error.line !== undefined && (name.endsWith('.docx') || error.page !== undefined) };
  }
  counts.set(outcome.kind, (counts.get(outcome.kind) ?? 0) + 1);
  if (outcome.kind === 'exact' && outcome.extraWarnings.length > 0) checked++;
  if (outcome.kind !== 'exact' || verbose) console.log(name, JSON.stringify(outcome));
}
console.log(Object.fromEntries(counts), `of ${files.length}`, `(${checked} exact with a warning)`);
