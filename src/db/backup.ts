// Backups in one portable format for both engines: `redovisa.backup/1`, gzip'd JSON lines.
//
// Line 1 is the header (format, engine, the migrations the data was written under, each table's
// columns and row count); then one line per row, `{"t": table, "r": [values in column order]}`;
// the last line carries the SHA-256 of every line before it. The storage conventions (text dates,
// 0/1 flags, bigint öre, JSON as text) are the same on SQLite and PostgreSQL, so a backup taken on
// one engine restores on the other: that is also the way from the embedded SQLite file to PostgreSQL.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { openDatabase, sqlitePath, type Database, type DialectName } from './connection.js';
import { MIGRATION_NAMES, migrate, migrateToLatest } from './migrations/index.js';
import { reindexAll } from './repositories/search.js';

export const BACKUP_FORMAT = 'redovisa.backup/1';

/** A table a backup carries, in an order where every foreign key points at a table before it. */
interface BackupTable {
  name: string;
  /** Columns ordered by, for reading in a stable order (keyset on `id` where there is one). */
  key: readonly string[];
}

/**
 * Every table of ours, each either kept (in foreign-key order) or named here as not kept with the
 * reason. A table added by a migration and not classified fails `test/db/backup.test.ts`.
 */
export const BACKUP_TABLES: readonly BackupTable[] = [
  { name: 'committees', key: ['id'] },
  { name: 'programmes', key: ['id'] },
  { name: 'projects', key: ['id'] },
  { name: 'project_grants', key: ['project_id', 'year'] },
  { name: 'indicators', key: ['id'] },
  { name: 'indicator_targets', key: ['indicator_id', 'year'] },
  { name: 'rounds', key: ['id'] },
  { name: 'users', key: ['id'] },
  { name: 'reports', key: ['id'] },
  { name: 'project_sections', key: ['id'] },
  { name: 'section_indicators', key: ['id'] },
  { name: 'export_batches', key: ['id'] },
  { name: 'accrual_entries', key: ['id'] },
  { name: 'comments', key: ['id'] },
  { name: 'audit_events', key: ['id'] },
  { name: 'export_batch_reports', key: ['batch_id', 'report_id'] },
  { name: 'reconciliations', key: ['id'] },
  { name: 'reconciliation_notes', key: ['id'] },
  { name: 'reconciliation_signoffs', key: ['id'] },
  { name: 'site_settings', key: ['name'] },
  { name: 'notifications', key: ['id'] },
  { name: 'notification_settings', key: ['user_id', 'kind'] },
  // Only the tokens' hashes, which the outbox's password e-mails point at.
  { name: 'password_links', key: ['id'] },
  { name: 'outbox', key: ['id'] },
  { name: 'reminders', key: ['id'] },
];

/** Tables a backup leaves out, and why. Restoring starts without them. */
export const NOT_BACKED_UP: Readonly<Record<string, string>> = {
  sessions: 'inloggningar gäller den databas de gjordes i; efter en återställning loggar alla in igen',
  sign_in_attempts: 'spärrar mot gissade lösenord är kortlivade',
  // The search index is made from the sections: rebuilt after a restore rather than carried.
  search_sections: 'sökindexet byggs om från avsnitten efter återställningen',
  search_sections_data: 'SQLite:s del av sökindexet',
  search_sections_idx: 'SQLite:s del av sökindexet',
  search_sections_content: 'SQLite:s del av sökindexet',
  search_sections_docsize: 'SQLite:s del av sökindexet',
  search_sections_config: 'SQLite:s del av sökindexet',
};

/** The tables of NOT_BACKED_UP that only one engine has (SQLite's FTS5 keeps its index in five). */
const ONE_ENGINE_ONLY = new Set(['search_sections_data', 'search_sections_idx', 'search_sections_content', 'search_sections_docsize', 'search_sections_config']);

/** Whether a table of NOT_BACKED_UP exists on one engine only. */
export function oneEngineOnly(name: string): boolean {
  return ONE_ENGINE_ONLY.has(name);
}

/** Kysely's own bookkeeping; the header names the migrations instead. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  engine: DialectName;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
}

export interface BackupSummary {
  tables: { name: string; rows: number }[];
}

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;
const PAGE = 1_000;

/** The tables in the database that are ours (not Kysely's, not SQLite's internals). */
export async function tableNames(db: Kysely<unknown>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.map((t) => t.name).filter((name) => !MIGRATOR_TABLES.has(name) && !name.startsWith('sqlite_'));
}

async function columnsOf(db: Kysely<unknown>, table: string): Promise<string[]> {
  const tables = await db.introspection.getTables();
  const found = tables.find((t) => t.name === table);
  if (found === undefined) throw new AppError('invalid_input', `Tabellen ${table} finns inte i databasen.`);
  return found.columns.map((c) => c.name);
}

async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

async function appliedMigrationsIfAny(db: Kysely<unknown>): Promise<string[]> {
  return (await hasMigrator(db)) ? appliedMigrations(db) : [];
}

async function hasMigrator(db: Kysely<unknown>): Promise<boolean> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  return tables.some((t) => t.name === 'kysely_migration');
}

/** Refuses to go on when the database has a table this build does not know how to keep. */
async function checkClassified(db: Kysely<unknown>): Promise<void> {
  const known = new Set([...BACKUP_TABLES.map((t) => t.name), ...Object.keys(NOT_BACKED_UP)]);
  const unknown = (await tableNames(db)).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new AppError('invalid_input', `Databasen har tabeller som säkerhetskopian inte känner till: ${unknown.join(', ')}.`);
  }
}

async function* rowsOf(db: AnyDb, table: BackupTable, columns: readonly string[]): AsyncGenerator<unknown[]> {
  if (table.key.length === 1 && table.key[0] === 'id') {
    let after: number | null = null;
    for (;;) {
      let query = db.selectFrom(table.name).select(columns as string[]).orderBy('id').limit(PAGE);
      if (after !== null) query = query.where('id', '>', after);
      const page = await query.execute();
      for (const row of page) yield columns.map((c) => row[c]);
      if (page.length < PAGE) return;
      after = Number(page[page.length - 1]!.id);
    }
  }
  for (let offset = 0; ; offset += PAGE) {
    let query = db.selectFrom(table.name).select(columns as string[]);
    for (const k of table.key) query = query.orderBy(k);
    const page = await query.limit(PAGE).offset(offset).execute();
    for (const row of page) yield columns.map((c) => row[c]);
    if (page.length < PAGE) return;
  }
}

/**
 * Writes every kept table of `database` as `redovisa.backup/1` lines to `write`. The caller gives a
 * database that holds still while it is read: a snapshot (SQLite's online backup) or a transaction
 * at REPEATABLE READ (PostgreSQL); see `withSnapshot`.
 */
export async function writeBackup(db: Kysely<unknown>, engine: DialectName, write: (line: string) => Promise<void>, now = new Date()): Promise<BackupSummary> {
  if (!(await hasMigrator(db))) {
    throw new AppError('invalid_input', 'Databasen i DATABASE_URL har inget schema från Redovisa (den är aldrig migrerad): inget att säkerhetskopiera.', { field: 'DATABASE_URL' });
  }
  await checkClassified(db);
  const any = db as unknown as AnyDb;
  const hash = createHash('sha256');
  const emit = async (value: unknown) => {
    const line = JSON.stringify(value);
    hash.update(line).update('\n');
    await write(line);
  };
  const tables: BackupHeader['tables'] = [];
  for (const table of BACKUP_TABLES) {
    const columns = await columnsOf(db, table.name);
    const { n } = await any.selectFrom(table.name).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    tables.push({ name: table.name, columns, rows: Number(n) });
  }
  const header: BackupHeader = { format: BACKUP_FORMAT, createdAt: now.toISOString(), engine, migrations: await appliedMigrations(db), tables };
  await emit(header);
  for (const [i, table] of BACKUP_TABLES.entries()) {
    let written = 0;
    for await (const row of rowsOf(any, table, tables[i]!.columns)) {
      await emit({ t: table.name, r: row });
      written += 1;
    }
    // A table that changed under the reader would make an inconsistent backup: never write one.
    if (written !== tables[i]!.rows) throw new AppError('conflict', `Tabellen ${table.name} ändrades under säkerhetskopieringen; försök igen.`);
  }
  await write(JSON.stringify({ end: true, sha256: hash.digest('hex') }));
  return { tables: tables.map(({ name, rows }) => ({ name, rows })) };
}

/**
 * Backs up the database at `url` while the app goes on using it. SQLite: the engine's online backup
 * copies the file to a temporary snapshot, which is then read. PostgreSQL: one read-only transaction
 * at REPEATABLE READ, so every table is read as of one moment.
 */
export async function backupDatabase(url: string, write: (line: string) => Promise<void>, now = new Date()): Promise<BackupSummary & { engine: DialectName }> {
  if (url.startsWith('sqlite:')) {
    const file = sqlitePath(url);
    if (file === ':memory:') throw new AppError('invalid_input', 'En databas i minnet kan inte säkerhetskopieras.', { field: 'DATABASE_URL' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'redovisa-backup-'));
    try {
      const snapshot = path.join(dir, 'snapshot.db');
      const source = new SQLite(file, { readonly: true, fileMustExist: true });
      try {
        await source.backup(snapshot);
      } finally {
        source.close();
      }
      const database = openDatabase(`sqlite:${snapshot}`);
      try {
        return { engine: 'sqlite', ...(await writeBackup(database.db as unknown as Kysely<unknown>, 'sqlite', write, now)) };
      } finally {
        await database.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const database = openDatabase(url);
  try {
    return { engine: database.dialect, ...(await withPostgresSnapshot(database, (db) => writeBackup(db, database.dialect, write, now))) };
  } finally {
    await database.close();
  }
}

/** Runs `fn` on a PostgreSQL database inside one read-only transaction that sees a single snapshot. */
export async function withPostgresSnapshot<T>(database: Database, fn: (db: Kysely<unknown>) => Promise<T>): Promise<T> {
  return database.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`set transaction read only`.execute(trx);
      return fn(trx as unknown as Kysely<unknown>);
    });
}

function bad(line: number, reason: string): AppError {
  return new AppError('invalid_input', `Säkerhetskopian, rad ${line}: ${reason}`, { line });
}

function parseLine(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw bad(line, 'raden är inte JSON; filen är skadad eller ingen säkerhetskopia från Redovisa.');
  }
}

function readHeader(value: unknown): BackupHeader {
  const header = value as Partial<BackupHeader> | null;
  if (header === null || typeof header !== 'object' || header.format !== BACKUP_FORMAT) {
    throw bad(1, `filen är ingen säkerhetskopia i formatet ${BACKUP_FORMAT}.`);
  }
  if (!Array.isArray(header.migrations) || !Array.isArray(header.tables)) throw bad(1, 'huvudet saknar migreringar eller tabeller.');
  const unknown = header.migrations.filter((m) => !MIGRATION_NAMES.includes(m));
  if (unknown.length > 0) {
    throw bad(1, `kopian gjordes av en nyare version av Redovisa (migreringar ${unknown.join(', ')}); uppdatera Redovisa först.`);
  }
  const kept = new Set(BACKUP_TABLES.map((t) => t.name));
  for (const t of header.tables) {
    if (!kept.has(t.name)) throw bad(1, `tabellen ${t.name} är okänd för den här versionen.`);
  }
  return header as BackupHeader;
}

/** Throws unless every kept table (and the sessions) of the database is empty. */
async function checkEmpty(db: AnyDb): Promise<void> {
  for (const name of [...BACKUP_TABLES.map((t) => t.name), 'sessions']) {
    const row = await db.selectFrom(name).select(sql<number>`1`.as('one')).limit(1).executeTakeFirst();
    if (row !== undefined) {
      throw new AppError('conflict', `Databasen är inte tom (tabellen ${name} har innehåll). Återställ till en ny, tom databas.`);
    }
  }
}

/**
 * Restores a `redovisa.backup/1` stream into an empty database: migrates it to the backup's schema,
 * inserts every row in one transaction, checks the counts and the checksum before committing, sets
 * PostgreSQL's identities past the restored ids, then migrates to this build's latest schema. A
 * damaged or truncated file leaves nothing written. `audit` runs inside the transaction.
 */
export async function restoreBackup(
  database: Database,
  lines: AsyncIterable<string>,
  audit: (trx: Kysely<unknown>, header: BackupHeader) => Promise<void>,
): Promise<BackupSummary> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true) throw bad(1, 'filen är tom.');
  const hash = createHash('sha256').update(first.value).update('\n');
  const header = readHeader(parseLine(first.value, 1));

  const target = header.migrations.at(-1);
  if (target === undefined) throw bad(1, 'huvudet nämner inga migreringar.');
  // Migrations only go forward: a database already past the backup's schema could not take its rows
  // as they were written, and its own data migrations would never run on them.
  const applied = await appliedMigrationsIfAny(database.db as unknown as Kysely<unknown>);
  const beyond = applied.filter((m) => !header.migrations.includes(m));
  if (beyond.length > 0) {
    throw new AppError('conflict', `Databasen har ett nyare schema än kopian (${beyond.join(', ')}). Återställ till en ny, tom databas.`);
  }
  await migrate(database.db, target);
  await checkEmpty(database.db as unknown as AnyDb);

  const summary = await database.db.transaction().execute(async (trx) => {
    const db = trx as unknown as AnyDb;
    const counts = new Map<string, number>();
    const byName = new Map(header.tables.map((t) => [t.name, t]));
    let pending: { table: string; rows: Record<string, unknown>[] } | null = null;
    const flush = async () => {
      if (pending !== null && pending.rows.length > 0) await db.insertInto(pending.table).values(pending.rows).execute();
      pending = null;
    };
    let lineNo = 1;
    let ended = false;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) break;
      lineNo += 1;
      const text = next.value;
      if (ended) throw bad(lineNo, 'text efter kontrollsumman.');
      const value = parseLine(text, lineNo) as { t?: unknown; r?: unknown; end?: unknown; sha256?: unknown };
      if (value.end === true) {
        if (value.sha256 !== hash.digest('hex')) throw bad(lineNo, 'kontrollsumman stämmer inte; filen är ändrad eller skadad.');
        ended = true;
        continue;
      }
      hash.update(text).update('\n');
      const table = typeof value.t === 'string' ? byName.get(value.t) : undefined;
      if (table === undefined || !Array.isArray(value.r) || value.r.length !== table.columns.length) {
        throw bad(lineNo, 'raden hör inte till någon tabell i huvudet eller har fel antal värden.');
      }
      const row: Record<string, unknown> = {};
      table.columns.forEach((c, i) => (row[c] = (value.r as unknown[])[i]));
      if (pending !== null && pending.table !== table.name) await flush();
      pending ??= { table: table.name, rows: [] };
      pending.rows.push(row);
      counts.set(table.name, (counts.get(table.name) ?? 0) + 1);
      // Both engines take at least 30 000 parameters in one statement.
      if (pending.rows.length * table.columns.length >= 30_000) await flush();
    }
    await flush();
    if (!ended) throw bad(lineNo, 'filen slutar utan kontrollsumma; den är avkortad.');
    for (const t of header.tables) {
      if ((counts.get(t.name) ?? 0) !== t.rows) throw bad(lineNo, `tabellen ${t.name} ska ha ${t.rows} rader men kopian har ${counts.get(t.name) ?? 0}.`);
    }
    if (database.dialect === 'postgres') {
      for (const t of header.tables) {
        if (!t.columns.includes('id')) continue;
        await sql`select setval(pg_get_serial_sequence(${t.name}, 'id'), coalesce((select max(id) from ${sql.table(t.name)}), 0) + 1, false)`.execute(trx);
      }
    }
    // Derived data is made anew from what was restored.
    await reindexAll(trx as unknown as Kysely<unknown>);
    await audit(trx as unknown as Kysely<unknown>, header);
    return { tables: header.tables.map(({ name, rows }) => ({ name, rows })) };
  });
  await migrateToLatest(database.db);
  return summary;
}
