// Parse throughput of the legacy importer on the seed, on one core (budget: ≥ 2 000 reports/s).
import { readFileSync } from 'node:fs';
import { parseReportText } from '../src/documents/import/index.js';
import { report, SEED_PATH } from './support.js';

const seed = readFileSync(SEED_PATH, 'utf8');
for (let i = 0; i < 200; i++) parseReportText(seed); // warm: JIT and the word list load once

const seconds = 3;
let count = 0;
const start = process.hrtime.bigint();
const end = start + BigInt(seconds * 1e9);
while (process.hrtime.bigint() < end) {
  for (let i = 0; i < 50; i++) parseReportText(seed);
  count += 50;
}
const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
const perSecond = count / elapsed;
report('parse seed (reports/s)', perSecond, 'reports/s', '≥ 2000', perSecond >= 2000);
