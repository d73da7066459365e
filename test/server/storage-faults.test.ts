// A full disk and a read-only database (issue 11): a save is refused with a clear Swedish 503, nothing
// of it is written, and once there is room (or write access) again the same server saves.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { reports } from '../../src/db/index.js';
import { adminQuery, createTestDatabase } from '../support/db.js';
import { signedIn, startTestServer } from '../support/server.js';
import { aRoundReport } from './report-fixtures.js';


const longText = (n: number) => Array.from({ length: n }, (_, i) => `Stycke ${i + 1}: ${'trygghetsvandring i Vällingby '.repeat(40)}`);

describe.each([
  ['a full disk on sqlite', 'sqlite', 'Databasens disk är full'],
  ['a read-only database on postgres', 'postgres', 'Databasen är skrivskyddad just nu'],
] as const)('%s', (_title, dialect, message) => {
  it('refuses the save with a 503 naming it, writes nothing, and saves again once it is fixed', async () => {
    const test = await createTestDatabase(dialect);
    const app = await startTestServer(test.database);
    const name = new URL(test.url).pathname.slice(1);
    try {
      const report = await aRoundReport(test.database, { year: 2020, kind: 'T1', projects: [{ number: 1, name: 'Lärandecenter' }] });
      const reporter = await signedIn(app, test.database, 'reporter', report.committeeId);
      const before = await reports.getDocument(test.database.db, report.reportId);
      const save = (paragraphs: string[]) => reporter.put(`/api/reports/${report.reportId}`, {
        version: before.meta.version,
        accrualPeriod: before.document.accrualPeriod,
        sections: [{ id: report.sectionIds[0], entries: [], narrative: { title: 'Våren', paragraphs } }],
      });

      if (dialect === 'sqlite') {
        // SQLite's own "database or disk is full": the file may not grow past its present size.
        const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(test.database.db);
        await sql.raw(`pragma max_page_count = ${rows[0]!.page_count}`).execute(test.database.db);
      } else {
        await adminQuery(`alter database ${name} set default_transaction_read_only = on`);
        await adminQuery(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`);
      }
      // The connections the pool held were ended: a save may first meet one of them ("svarar inte"), until
      // the pool has let them go; what follows is the read-only answer.
      let refused = await save(longText(60));
      for (let attempt = 0; refused.json().message?.includes('svarar inte') && attempt < 10; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        refused = await save(longText(60));
      }
      expect([refused.statusCode, refused.json().code]).toEqual([503, 'unavailable']);
      expect(refused.json().message).toContain(message);
      const after = await reports.getDocument(test.database.db, report.reportId);
      expect(after.meta.version).toBe(before.meta.version);
      expect(after.document.projects[0]!.narrative).toEqual(before.document.projects[0]!.narrative);

      if (dialect === 'sqlite') await sql.raw('pragma max_page_count = 1073741823').execute(test.database.db);
      else {
        await adminQuery(`alter database ${name} set default_transaction_read_only = off`);
        await adminQuery(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`);
      }
      let saved = await save(longText(60));
      for (let attempt = 0; saved.statusCode === 503 && attempt < 10; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        saved = await save(longText(60));
      }
      expect(saved.statusCode).toBe(200);
      expect((await reports.getDocument(test.database.db, report.reportId)).document.projects[0]!.narrative?.paragraphs).toHaveLength(60);
    } finally {
      await app.close();
      await test.destroy();
    }
  }, 60_000);
});
