// Reading committee PDFs (the LibreOffice corpus, test/fixtures/corpus) by their geometry, warm:
// milliseconds per page (budget: ≤ 20 ms per page).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readReportFile } from '../src/documents/import/index.js';
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
