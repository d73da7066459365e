// Two app processes saving the same report at once, each with its own connection to the database
// (its own SQLite connection to the same file, or its own PostgreSQL pool), as two servers would.
// Exactly one save of each pair wins, the other is a conflict, and only the winners are stored.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, reports } from '../../src/db/index.js';
import { createTestDatabase, repoRoot, TEST_DIALECTS, type TestDatabase } from '../support/db.js';
import { createUser } from '../support/server.js';
import { aRoundReport, type RoundReport } from '../server/report-fixtures.js';

interface AppProcess { child: ChildProcessWithoutNullStreams; lines: AsyncIterator<string>; closed: Interface }

async function startProcess(args: string[]): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'test/app/save-report-process.ts'), ...args], { cwd: repoRoot });
  const closed = createInterface({ input: child.stdout });
  const lines = closed[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done || !first.value.includes('ready')) throw new Error('Processen startade inte.');
  return { child, lines, closed };
}

async function next(p: AppProcess): Promise<{ ok: boolean; code?: string; message?: string }> {
  const line = await p.lines.next();
  if (line.done) throw new Error('Processen avslutades.');
  return JSON.parse(line.value);
}

describe.each(TEST_DIALECTS)('saveReport from two processes on %s', (dialect) => {
  let test: TestDatabase;
  let report: RoundReport;
  let processes: AppProcess[] = [];

  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    report = await aRoundReport(test.database, { year: 2014, kind: 'T2', projects: [{ number: 1, name: 'Lärandecenter' }] });
    for (const [role, name] of [['reporter', 'Anna'], ['approver', 'Bo']] as const) {
      const user = await createUser(test.database, { role, committeeId: report.committeeId, name });
      const args = [test.url, String(report.reportId), String(report.sectionIds[0]), JSON.stringify({ id: user.id, name, role, committeeId: report.committeeId })];
      processes.push(await startProcess(args));
    }
  }, 60_000);
  afterAll(async () => {
    for (const p of processes) {
      p.child.stdin.end('quit\n');
      await new Promise((resolve) => p.child.once('exit', resolve));
    }
    processes = [];
    await test?.destroy();
  });

  it('lets exactly one of two simultaneous saves from the same version win, round after round', async () => {
    const rounds = 6;
    for (let round = 0; round < rounds; round++) {
      const { version } = await reports.getMeta(test.database.db, report.reportId);
      const amounts = [1_000 + round, 2_000 + round];
      processes.forEach((p, i) => p.child.stdin.write(`${JSON.stringify({ version, amountOre: amounts[i] })}\n`));
      const results = await Promise.all(processes.map(next));

      expect(results.map((r) => (r.ok ? 'saved' : r.code)).sort()).toEqual(['conflict', 'saved']);
      const winner = results.findIndex((r) => r.ok);
      const stored = await reports.getDocument(test.database.db, report.reportId);
      expect(stored.meta.version).toBe(version + 1);
      expect(stored.document.projects[0]?.entries.map((e) => e.amountOre)).toEqual([amounts[winner]]);
    }
    const saved = await auditEvents.listForReport(test.database.db, report.reportId);
    expect(saved.map((e) => e.action)).toEqual(Array(rounds).fill('report.saved'));
  });
});
