// One "app process" for save-report.test.ts: its own connection to the database, saving when told.
// Reads a JSON line {version, amountOre} per save from stdin and answers a JSON line on stdout.
import { createInterface } from 'node:readline';
import type { AppContext } from '../../src/app/context.js';
import { saveReport } from '../../src/app/reports/save-report.js';
import { openDatabase } from '../../src/db/index.js';
import { AppError } from '../../src/domain/errors.js';
import type { Role } from '../../src/domain/roles.js';

const [url = '', reportId = '', sectionId = '', userJson = '{}'] = process.argv.slice(2);
const user: { id: number; name: string; role: Role; committeeId: number | null } = JSON.parse(userJson);
const database = openDatabase(url);
const ctx: AppContext = { database, now: () => new Date(), actor: { kind: 'user', ...user } };
const answer = (value: object) => process.stdout.write(`${JSON.stringify(value)}\n`);

answer({ ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'quit') break;
  const { version, amountOre }: { version: number; amountOre: number } = JSON.parse(line);
  try {
    const view = await saveReport(ctx, {
      reportId: Number(reportId), version, accrualPeriod: { from: '2014-01-01', to: '2014-08-31' },
      sections: [{ id: Number(sectionId), entries: [{ account: '3699', ikb: '1771', counterparty: '1704', amountOre, text: '' }], narrative: null }],
    });
    answer({ ok: true, version: view.detail.meta.version });
  } catch (error) {
    answer({ ok: false, code: error instanceof AppError ? error.code : 'crash', message: error instanceof Error ? error.message : String(error) });
  }
}
await database.close();
