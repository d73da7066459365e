// The SIE export of a whole round, through the use case on a real SQLite database: 14 committees ×
// 20 projects × 5 approved entries (1 400 entries, 14 vouchers). Each timed run is a new batch
// (--again), so the query, the vouchers, the CP437 file and the batch's bookkeeping are all counted.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { operatorContext } from '../src/app/context.js';
import { exportSie } from '../src/app/finance/export-sie.js';
import { importReport } from '../src/app/import-report.js';
import { migrateToLatest, openDatabase } from '../src/db/index.js';
import type { ReportDocument } from '../src/domain/report.js';
import { median, report, timeRuns } from './support.js';

const COMMITTEES = 14;
const PROJECTS = 20;
const ENTRIES = 5;

function committeeReport(c: number): ReportDocument {
  const counterparty = String(1700 + c);
  return {
    format: 'redovisa.report/1', title: 'Redovisning ytterstadsprojekt', reportType: 'Verksamhetsberättelse',
    committee: `Nämnd ${c} stadsdelsnämnd`, accrualPeriod: { from: '2014-09-01', to: '2014-12-31' },
    projects: Array.from({ length: PROJECTS }, (_, p) => ({
      number: p + 1, name: `Projekt ${p + 1} i Hässelby–Vällingby`,
      entries: Array.from({ length: ENTRIES }, (_, e) => ({
        account: '3699', ikb: '1771', counterparty, amountOre: (c + 1) * 1_000_000 + p * 10_000 + e * 137 - (e === 4 ? 5_000_000 : 0),
        text: `Ej fakturerat tom 2014-12-31, post ${e + 1}`,
      })),
      narrative: null,
    })),
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'redovisa-bench-sie-'));
const database = openDatabase(`sqlite:${path.join(dir, 'bench.db')}`);
try {
  await migrateToLatest(database.db);
  const ctx = operatorContext(database, 'bänkprov');
  for (let c = 0; c < COMMITTEES; c++) {
    await importReport(ctx, { document: committeeReport(c), source: `nämnd-${c}.json`, round: { year: 2014, kind: 'VB' }, approved: true });
  }
  let bytes = 0;
  const times = await timeRuns(async () => {
    bytes = (await exportSie(ctx, { round: '2014-VB', again: true })).file.byteLength;
  }, 15, 3);
  const ms = median(times);
  console.log(`SIE export of 2014-VB: ${COMMITTEES} vouchers, ${COMMITTEES * PROJECTS * ENTRIES} entries, ${bytes} bytes; runs ${times.map((t) => t.toFixed(0)).join(' ')} ms`);
  report('SIE export 14 × 20 × 5 (median)', ms, 'ms', '≤ 200 ms', ms <= 200);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
