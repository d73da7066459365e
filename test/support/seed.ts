import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reportDocumentSchema, type ReportDocument } from '../../src/domain/report.js';
import { repoRoot } from './db.js';

/** Path of a file in ../shared, the folder beside the repository. */
export function sharedPath(relative: string): string {
  return path.resolve(repoRoot, '../shared', relative);
}

/** The seed report's text, as extracted from its PDF. */
export const SEED_PATH = sharedPath('seed/000_103637c2e0986dfa.txt');

/** The seed in redovisa.report/1: the importer's golden file. */
export function goldenReport(): ReportDocument {
  return reportDocumentSchema.parse(JSON.parse(readFileSync(sharedPath('fixtures/000_103637c2e0986dfa.expected.json'), 'utf8')));
}
