import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATION_NAMES, migrate, migrateToLatest, migrationStatus } from '../../src/db/migrations/index.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../support/db.js';

const TABLES = [
  'accrual_entries', 'audit_events', 'comments', 'committees', 'export_batch_reports', 'export_batches', 'indicator_targets', 'indicators',
  'notification_settings', 'notifications', 'outbox', 'password_links', 'programmes', 'project_grants', 'project_sections', 'projects', 'reconciliation_notes', 'reconciliation_signoffs', 'reconciliations',
  'reminders', 'reports', 'rounds', 'search_sections', 'section_indicators', 'sessions', 'sign_in_attempts', 'site_settings', 'users',
];
// SQLite's full-text index (FTS5) keeps its data in tables of its own.
const FTS5_TABLES = ['search_sections_config', 'search_sections_content', 'search_sections_data', 'search_sections_docsize', 'search_sections_idx'];

describe.each(TEST_DIALECTS)('migrations on %s', (dialect) => {
  let fresh: TestDatabase | undefined;
  afterEach(async () => {
    await fresh?.destroy();
    fresh = undefined;
  });

  it('creates every table from an empty database, and a second run does nothing', async () => {
    fresh = await createTestDatabase(dialect, { migrate: false });
    const { db } = fresh.database;

    expect(await migrateToLatest(db)).toEqual([...MIGRATION_NAMES]);
    expect(await migrateToLatest(db)).toEqual([]);

    const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
    expect(tables).toEqual([...TABLES, ...(dialect === 'sqlite' ? FTS5_TABLES : [])].sort());
    const status = await migrationStatus(db);
    expect(status.map((s) => s.name)).toEqual([...MIGRATION_NAMES]);
    expect(status.every((s) => s.executedAt instanceof Date)).toBe(true);
  });

  it('gives existing projects their default ledger code, unique even where a committee reused a number', async () => {
    fresh = await createTestDatabase(dialect, { migrate: false });
    const { db } = fresh.database;
    await migrate(db, '0006-draft-entry-codes');
    await sql`insert into committees (name, counterparty_number) values ('Spånga-Tensta stadsdelsnämnd', '1708')`.execute(db);
    await sql`insert into programmes (name, ikb, default_account) values ('Ytterstadssatsningen', '1771', '3699')`.execute(db);
    for (const [name, number] of [['Lärandecenter', 2], ['Jobbtorg', 2], ['Stora projektet', 123]] as const) {
      await sql`insert into projects (programme_id, committee_id, name, number, active_from_year)
        select p.id, c.id, ${name}, ${number}, 2014 from programmes p, committees c`.execute(db);
    }
    await migrateToLatest(db);
    const rows = await db.selectFrom('projects').select(['id', 'name', 'project_code']).orderBy('id').execute();
    expect(rows.map((r) => [r.name, r.project_code])).toEqual([
      ['Lärandecenter', '1708-02'], ['Jobbtorg', `1708-02-${rows[1]?.id}`], ['Stora projektet', '1708-123'],
    ]);
    const programme = await db.selectFrom('programmes').select('accrued_income_account').executeTakeFirstOrThrow();
    expect(programme.accrued_income_account.trim()).toBe('1790');
  });

  it('stores money as bigint and indexes every foreign key', async () => {
    fresh = await createTestDatabase(dialect);
    const { db } = fresh.database;
    const entries = (await db.introspection.getTables()).find((t) => t.name === 'accrual_entries');
    expect(entries?.columns.find((c) => c.name === 'amount_ore')?.dataType.toLowerCase()).toMatch(/^(bigint|int8)$/);

    const indexed = dialect === 'sqlite' ? await sqliteIndexedLeadingColumns(fresh) : await postgresIndexedLeadingColumns(fresh);
    const foreignKeys = dialect === 'sqlite' ? await sqliteForeignKeys(fresh) : await postgresForeignKeys(fresh);
    expect(foreignKeys.length).toBeGreaterThan(15);
    const unindexed = foreignKeys.filter((fk) => !indexed.has(fk));
    expect(unindexed).toEqual([]);
  });
});

// "table.column" for each column that leads some index (and so serves lookups by it alone).
async function sqliteIndexedLeadingColumns(t: TestDatabase): Promise<Set<string>> {
  const { rows } = await sql<{ tbl: string; col: string }>`
    select m.name as tbl, ii.name as col
    from sqlite_master m, pragma_index_list(m.name) il, pragma_index_info(il.name) ii
    where m.type = 'table' and ii.seqno = 0`.execute(t.database.db);
  return new Set(rows.map((r) => `${r.tbl}.${r.col}`));
}

async function sqliteForeignKeys(t: TestDatabase): Promise<string[]> {
  const { rows } = await sql<{ tbl: string; col: string }>`
    select m.name as tbl, fk."from" as col
    from sqlite_master m, pragma_foreign_key_list(m.name) fk
    where m.type = 'table'`.execute(t.database.db);
  return rows.map((r) => `${r.tbl}.${r.col}`);
}

async function postgresIndexedLeadingColumns(t: TestDatabase): Promise<Set<string>> {
  const { rows } = await sql<{ tbl: string; col: string }>`
    select c.relname as tbl, a.attname as col
    from pg_index i
    join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]`.execute(t.database.db);
  return new Set(rows.map((r) => `${r.tbl}.${r.col}`));
}

async function postgresForeignKeys(t: TestDatabase): Promise<string[]> {
  const { rows } = await sql<{ tbl: string; col: string }>`
    select c.relname as tbl, a.attname as col
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
    where k.contype = 'f'`.execute(t.database.db);
  return rows.map((r) => `${r.tbl}.${r.col}`);
}
