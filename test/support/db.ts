// Real databases for tests: a fresh, migrated SQLite file or PostgreSQL database per test file.
// PostgreSQL that cannot be reached fails the tests; it is never a reason to skip them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Database, type DialectName } from '../../src/db/connection.js';
import { migrateToLatest } from '../../src/db/migrations/index.js';

/** Both engines, for `describe.each(TEST_DIALECTS)`. */
export const TEST_DIALECTS = ['sqlite', 'postgres'] as const satisfies readonly DialectName[];

/** The repository's root folder. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The PostgreSQL server tests create their databases on; TEST_POSTGRES_URL overrides it. */
export const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throwaway database and how to get rid of it. */
export interface TestDatabase {
  database: Database;
  url: string;
  /** Closes the connection and deletes the file or drops the database. */
  destroy(): Promise<void>;
}

/** Creates an empty database of the given kind; `migrate: false` leaves it unmigrated. */
export async function createTestDatabase(dialect: DialectName, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const created = dialect === 'sqlite' ? createSqlite() : await createPostgres();
  if (options.migrate !== false) await migrateToLatest(created.database.db);
  return created;
}

function createSqlite(): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redovisa-test-'));
  const url = `sqlite:${path.join(dir, 'test.db')}`;
  const database = openDatabase(url);
  return {
    database,
    url,
    async destroy() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function withAdmin(work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL nås inte på ${new URL(postgresAdminUrl).host} (TEST_POSTGRES_URL). Starta den med ` +
        '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`.',
      { cause: error },
    );
  }
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Runs one statement as PostgreSQL's admin (e.g. to close a test's own database to connections). */
export function adminQuery(text: string): Promise<void> {
  return withAdmin((admin) => admin.query(text).then(() => undefined));
}

async function createPostgres(): Promise<TestDatabase> {
  const name = `redovisa_t_${Math.random().toString(36).slice(2, 12)}`;
  await withAdmin((admin) => admin.query(`create database ${name}`).then(() => undefined));
  const target = new URL(postgresAdminUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  const database = openDatabase(url);
  return {
    database,
    url,
    async destroy() {
      await database.close();
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`).then(() => undefined));
    },
  };
}

/**
 * Registers a fresh migrated database for the enclosing describe block and returns a getter
 * for it: `const database = useTestDatabase(dialect);` then `database().db` inside tests.
 */
export function useTestDatabase(dialect: DialectName): () => Database {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await current?.destroy();
  });
  return () => {
    if (!current) throw new Error(`Testdatabasen (${dialect}) skapades inte; se felet i beforeAll.`);
    return current.database;
  };
}
