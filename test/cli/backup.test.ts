// `redovisa backup` and `redovisa restore` as an operator runs them: a backup of the demo taken while
// `redovisa serve` runs on the same SQLite file, restored into a new SQLite file and into PostgreSQL,
// where the report is whole; restoring twice, or a file that is no backup, is refused.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDemoApp } from '../../e2e/support/demo-app.js';
import { BACKUP_TABLES } from '../../src/db/backup.js';
import { openDatabase, reports } from '../../src/db/index.js';
import { createTestDatabase, repoRoot } from '../support/db.js';
import { goldenReport } from '../support/seed.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'redovisa-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function redovisa(args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/redovisa.js'), ...args], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('backup and restore on the command line', () => {
  const file = path.join(dir, 'redovisa.backup.gz');

  it('backs up the demo while the app runs on it', async () => {
    const app = await startDemoApp();
    try {
      const result = redovisa(['backup', '--out', file], app.databaseUrl);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^Skrev .*redovisa\\.backup\\.gz: [\\d ]+ rader ur ${BACKUP_TABLES.length} tabeller \\(sqlite\\)\\.\\n$`));
      // The app went on answering meanwhile.
      expect((await fetch(`${app.url}/health`)).status).toBe(200);
    } finally {
      await app.stop();
    }
  }, 120_000);

  it('restores it into a new SQLite file and into PostgreSQL, with the report whole and the restore in the audit trail', async () => {
    const pg = await createTestDatabase('postgres', { migrate: false });
    await pg.database.close();
    try {
      for (const url of [`sqlite:${path.join(dir, 'restored.db')}`, pg.url]) {
        const result = redovisa(['restore', file], url);
        expect(result.stderr).toBe('');
        expect(result.stdout).toMatch(new RegExp(`^Återställde [\\d ]+ rader i ${BACKUP_TABLES.length} tabeller från `));
        const database = openDatabase(url);
        try {
          // The demo: the seed as a draft and its six approved history reports.
          const list = await reports.list(database.db, {});
          expect(list.map((r) => r.state).sort()).toEqual(['approved', 'approved', 'approved', 'approved', 'approved', 'approved', 'draft']);
          const report = list.find((r) => r.state === 'draft');
          expect(report).toMatchObject({ committeeName: expect.stringContaining('Hässelby-Vällingby'), state: 'draft' });
          const document = await reports.getDocument(database.db, report!.id);
          expect(document.document.projects.map((p) => p.entries.length)).toEqual(goldenReport().projects.map((p) => p.entries.length));
          const events = await database.db.selectFrom('audit_events').select(['action', 'actor_label']).where('action', '=', 'database.restored').execute();
          expect(events).toEqual([{ action: 'database.restored', actor_label: 'återställning (kommandoraden)' }]);
        } finally {
          await database.close();
        }
        // A second restore into the same database is refused, and nothing is added.
        expect(redovisa(['restore', file], url)).toMatchObject({ code: 2, stderr: expect.stringContaining('Databasen är inte tom') });
      }
    } finally {
      await pg.destroy();
    }
  }, 120_000);

  it('refuses a file that is not a backup, with exit code 2 and nothing written', () => {
    const junk = path.join(dir, 'junk.gz');
    writeFileSync(junk, 'inte gzip');
    const url = `sqlite:${path.join(dir, 'junk.db')}`;
    expect(redovisa(['restore', junk], url)).toMatchObject({ code: 2 });
    expect(redovisa(['restore', path.join(dir, 'saknas.gz')], url)).toMatchObject({ code: 2, stderr: expect.stringContaining('saknas.gz') });
    expect(redovisa(['backup', '--out', path.join(dir, 'tom.gz')], url)).toMatchObject({ code: 2, stderr: expect.stringContaining('aldrig migrerad') });
    expect(redovisa(['backup', '--out', path.join(dir, 'nomapp', 'x.gz')], `sqlite:${path.join(dir, 'restored.db')}`)).toMatchObject({ code: 2, stderr: expect.stringContaining('nomapp') });
  });
});
