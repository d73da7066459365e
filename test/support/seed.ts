import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportDocumentSchema, type ReportDocument } from '../../src/domain/report.js';
import { repoRoot } from './db.js';

// The seed ships in demo/ (`serve --demo` loads it), with its golden file beside it, so a clone of
// the repository runs every test on its own. test/seed-copy.test.ts holds them to the
// project's shared originals.

/** The seed's file name: the real report from Hässelby-Vällingby 2014, as text extracted from its PDF. */
export const SEED_NAME = '000_103637c2e0986dfa.txt';

/** The golden file's name: the seed in redovisa.report/1, as the importer must read it. */
export const GOLDEN_NAME = '000_103637c2e0986dfa.expected.json';

/** The seed report's text, as extracted from its PDF. */
export const SEED_PATH = path.join(repoRoot, 'demo', SEED_NAME);

/** Path of the seed's golden file. */
export const GOLDEN_PATH = path.join(repoRoot, 'demo', GOLDEN_NAME);

/** The seed in redovisa.report/1: the importer's golden file. */
export function goldenReport(): ReportDocument {
  return reportDocumentSchema.parse(JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')));
}
