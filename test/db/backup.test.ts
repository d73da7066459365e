// Backup and restore on both engines: every kept table comes back row for row (also across engines,
// the way from SQLite to PostgreSQL), identities go on after the restored ids, and a damaged,
// truncated or tampered file — or a database that is not empty — leaves the target as it was.
import { describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { operatorContext, type AppContext } from '../../src/app/context.js';
import { exportSie } from '../../src/app/finance/export-sie.js';
import { importReport } from '../../src/app/import-report.js';
import { loadDemoData } from '../../src/app/load-demo-data.js';
import { BACKUP_TABLES, NOT_BACKED_UP, oneEngineOnly, restoreBackup, tableNames, withPostgresSnapshot, writeBackup } from '../../src/db/backup.js';
import { auditEvents, comments, committees, reports, type Database } from '../../src/db/index.js';
import { readReportFile } from '../../src/documents/import/index.js';
import { TEST_DIALECTS, createTestDatabase, repoRoot, useTestDatabase } from '../support/db.js';
import { goldenReport } from '../support/seed.js';
import path from 'node:path';
import { readFileSync } from 'node:fs';

const NOW = new Date('2015-02-10T09:00:00Z');

async function buildWorld(database: Database): Promise<void> {
  const ctx: AppContext = { ...operatorContext(database, 'test'), now: () => NOW };
  await loadDemoData(ctx, { document: goldenReport(), source: 'demo.txt', history: [] });
  const file = path.join(repoRoot, 'test/fixtures/legacy/kungsholmen-t3-vb-2014.txt');
  const kungsholmen = await readReportFile(readFileSync(file), 'kungsholmen.txt');
  await importReport(ctx, { document: kungsholmen, source: 'kungsholmen.txt', round: { year: 2014, kind: 'VB' }, approved: true });
  await exportSie(ctx, { round: '2014-VB' });
  const [draft] = await reports.list(database.db, { state: 'draft' });
  await comments.add(database.db, { reportId: draft!.id, authorId: 1, body: 'Förtydliga ”trygghetsvandringar” – tack!', kind: 'return_reason', now: NOW });
}

async function backupLines(database: Database): Promise<string[]> {
  const lines: string[] = [];
  const write = async (line: string) => void lines.push(line);
  if (database.dialect === 'postgres') await withPostgresSnapshot(database, (db) => writeBackup(db, 'postgres', write, NOW));
  else await writeBackup(database.db as unknown as Kysely<unknown>, 'sqlite', write, NOW);
  return lines;
}

async function* each(lines: readonly string[]): AsyncGenerator<string> {
  yield* lines;
}

const noAudit = async () => undefined;

/** Every kept table's rows, in key order, with numbers as numbers (PostgreSQL's bigint is text). */
async function contents(database: Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    const order = sql.join(table.key.map((k) => sql.ref(k)));
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)} order by ${order}`.execute(database.db);
    out[table.name] = rows.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) && k.endsWith('_ore') ? Number(v) : v])));
  }
  return out;
}

const withoutRestoreEvent = (c: Record<string, unknown[]>) => ({ ...c, audit_events: c.audit_events!.filter((e) => (e as { action: string }).action !== 'database.restored') });

describe.each(TEST_DIALECTS)('backup and restore on %s', (dialect) => {
  const source = useTestDatabase(dialect);

  it('knows every table: kept, or left out with a reason', async () => {
    const names = await tableNames(source().db as unknown as Kysely<unknown>);
    const here = (name: string) => !oneEngineOnly(name) || names.includes(name);
    const classified = [...BACKUP_TABLES.map((t) => t.name), ...Object.keys(NOT_BACKED_UP)].filter(here).sort();
    expect(names.sort()).toEqual(classified);
  });

  it.each(TEST_DIALECTS)(`restores a backup into an empty ${dialect} → %s database, row for row, and ids go on after it`, async (targetDialect) => {
    if ((await reports.list(source().db, {})).length === 0) await buildWorld(source());
    const lines = await backupLines(source());
    const header = JSON.parse(lines[0]!) as { tables: { name: string; rows: number }[]; engine: string };
    expect(header.engine).toBe(dialect);
    expect(header.tables.find((t) => t.name === 'accrual_entries')!.rows).toBeGreaterThan(10);
    expect(header.tables.find((t) => t.name === 'comments')!.rows).toBe(1);
    expect(header.tables.find((t) => t.name === 'export_batches')!.rows).toBe(1);

    const target = await createTestDatabase(targetDialect, { migrate: false });
    try {
      const summary = await restoreBackup(target.database, each(lines), async (trx, h) => {
        await auditEvents.append(trx as never, { occurredAt: NOW, actorId: null, actorLabel: 'test', action: 'database.restored', entityType: 'database', entityId: h.createdAt });
      });
      expect(summary.tables.reduce((n, t) => n + t.rows, 0)).toBe(header.tables.reduce((n, t) => n + t.rows, 0));
      const restored = await contents(target.database);
      expect(withoutRestoreEvent(restored)).toEqual(await contents(source()));
      expect(restored.audit_events!.at(-1)).toMatchObject({ action: 'database.restored' });
      // The search index is made anew from the restored sections.
      const indexed = await sql<{ n: number | string }>`select count(*) as n from search_sections`.execute(target.database.db);
      expect(Number(indexed.rows[0]!.n)).toBe(restored.project_sections!.length);
      // New rows get ids after the restored ones on both engines.
      const maxId = Math.max(...restored.committees!.map((c) => (c as { id: number }).id));
      const created = await committees.create(target.database.db, { name: 'Ny nämnd', counterpartyNumber: '9999' });
      expect(created.id).toBeGreaterThan(maxId);
    } finally {
      await target.destroy();
    }
  });

  it('leaves the target empty when the file is truncated, tampered with or not a backup', async () => {
    if ((await reports.list(source().db, {})).length === 0) await buildWorld(source());
    const lines = await backupLines(source());
    const entry = lines.findIndex((l) => l.startsWith('{"t":"accrual_entries"'));
    const tampered = [...lines];
    tampered[entry] = tampered[entry]!.replace(/,(\d+),/, (_m, n: string) => `,${Number(n) + 1},`);
    const cases: [string, string[], RegExp][] = [
      ['truncated', lines.slice(0, -1), /avkortad/],
      ['tampered', tampered, /kontrollsumman stämmer inte/],
      ['not a backup', ['{"hello":1}'], /ingen säkerhetskopia/],
      ['broken line', [lines[0]!, '{"t":'], /rad 2: raden är inte JSON/],
    ];
    for (const [, file, message] of cases) {
      const target = await createTestDatabase(dialect, { migrate: false });
      try {
        await expect(restoreBackup(target.database, each(file), noAudit)).rejects.toThrow(message);
        for (const table of BACKUP_TABLES) {
          const n = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}`.execute(target.database.db).catch(() => ({ rows: [{ n: 0 }] }));
          expect(Number(n.rows[0]!.n), table.name).toBe(0);
        }
      } finally {
        await target.destroy();
      }
    }
  });

  it('refuses a database that is not empty, and one whose schema is newer than the backup', async () => {
    if ((await reports.list(source().db, {})).length === 0) await buildWorld(source());
    const lines = await backupLines(source());
    await expect(restoreBackup(source(), each(lines), noAudit)).rejects.toThrow(/Databasen är inte tom \(tabellen committees/);
    const older = JSON.parse(lines[0]!) as { migrations: string[] };
    older.migrations = older.migrations.slice(0, -1);
    await expect(restoreBackup(source(), each([JSON.stringify(older), ...lines.slice(1)]), noAudit)).rejects.toThrow(/nyare schema än kopian/);
  });
});
