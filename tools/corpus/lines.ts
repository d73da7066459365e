// Prints the lines the PDF reader gives the text parser, for looking into one file.
// Usage: node --import tsx tools/corpus/lines.ts FILE.pdf
import { readFileSync } from 'node:fs';
import { readPdfLines } from '../../src/documents/import/pdf/read-pdf.js';

const file = process.argv[2] ?? '';
const pdf = await readPdfLines(readFileSync(file), file);
for (const line of pdf.lines) {
  console.log(line.kind === 'break' ? '  ---' : `${line.onPage?.page}:${line.onPage?.line}\t${JSON.stringify(line.text)}`);
}
if (pdf.warnings.length > 0) console.log(pdf.warnings);
