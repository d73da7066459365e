// Reading committee PDFs (the LibreOffice corpus, test/fixtures/corpus) by their geometry, warm:
// milliseconds per page (budget: ≤ 20 ms per page); then what the importer makes of every file of
// each set — exact, warned, refused, wrong (budgets: no wrong read, at least 95 % of PDFs exact).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readReportFile } from '../src/documents/import/index.js';
import { outcomesOf, tallyLine } from '../tools/corpus/outcome.js';
import { median, report, repoRoot, timeRuns } from './support.js';

const directory = path.join(repoRoot, 'test/fixtures/corpus/development');
const files = readdirSync(directory)
  .filter((name) => name.endsWith('.pdf'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(directory, name))) }));
let pages = 0;
for (const file of files) {
  const document = await getDocument({ data: file.bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  pages += document.numPages;
  await document.destroy();
}
const readAll = async () => {
  for (const file of files) await readReportFile(file.bytes, file.name).catch(() => undefined);
};
const times = await timeRuns(readAll, 5, 2);
const perPage = median(times) / pages;
console.log(`${files.length} PDFs, ${pages} pages`);
report('read a LibreOffice PDF, per page', perPage, 'ms', '≤ 20', perPage <= 20);

const all: Awaited<ReturnType<typeof outcomesOf>> = [];
for (const set of ['development', 'holdout', 'unseen', 'fresh', 'trial', 'novel']) {
  const outcomes = await outcomesOf(path.join(repoRoot, 'test/fixtures/corpus', set));
  all.push(...outcomes);
  for (const format of ['pdf', 'docx'] as const) if (outcomes.some(([name]) => name.endsWith(`.${format}`))) console.log(tallyLine(set, format, outcomes));
  const pdfs = outcomes.filter(([name]) => name.endsWith('.pdf'));
  const exact = (100 * pdfs.filter(([, o]) => o.kind === 'exact').length) / Math.max(1, pdfs.length);
  const wrong = outcomes.filter(([, o]) => o.kind === 'wrong').length;
  report(`corpus ${set}: PDFs read exactly`, exact, '%', '≥ 95 %', exact >= 95);
  report(`corpus ${set}: wrong reads`, wrong, 'files', '0', wrong === 0);
}
{
  const pdfs = all.filter(([name]) => name.endsWith('.pdf'));
  const exact = (100 * pdfs.filter(([, o]) => o.kind === 'exact').length) / Math.max(1, pdfs.length);
  console.log(tallyLine('all sets', 'pdf', all));
  report('corpus, all sets: PDFs read exactly', exact, '%', '≥ 95 %', exact >= 95);
  report('corpus, all sets: wrong reads', all.filter(([, o]) => o.kind === 'wrong').length, 'files', '0', all.every(([, o]) => o.kind !== 'wrong'));
}
