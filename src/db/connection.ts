import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../domain/errors.js';
import type { Schema } from './schema.js';

/** The two storage engines Redovisa runs on (DESIGN.md §8). */
export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely handle, which engine it is, and how to let it go. */
export interface Database {
  readonly db: Kysely<Schema>;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

/** The storage used when DATABASE_URL is unset: an embedded SQLite file under ./data. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/redovisa.db';

// How long a SQLite writer waits for another writer before giving up with SQLITE_BUSY.
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/** Opens the database named by a DATABASE_URL (`sqlite:PATH`, `sqlite::memory:`, `postgres://…`). */
export function openDatabase(url: string | undefined = process.env.DATABASE_URL): Database {
  const target = url === undefined || url.trim() === '' ? DEFAULT_DATABASE_URL : url.trim();
  if (target.startsWith('sqlite:')) return openSqlite(sqlitePath(target));
  if (/^postgres(ql)?:\/\//.test(target)) return openPostgres(target);
  // Only the scheme goes into the message: the rest of a URL may hold a password.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(target)?.[0] ?? target.slice(0, 12);
  throw new AppError(
    'invalid_input',
    `DATABASE_URL ska börja med "sqlite:" eller "postgres://", inte "${scheme}".`,
    { field: 'DATABASE_URL' },
  );
}

/** The file path (or `:memory:`) in a `sqlite:` URL; `sqlite:///abs.db` is read as `/abs.db`. */
export function sqlitePath(url: string): string {
  const rest = url.slice('sqlite:'.length);
  const file = rest.startsWith('//') ? rest.slice(2) : rest;
  if (file === '') {
    throw new AppError('invalid_input', 'DATABASE_URL saknar sökväg efter "sqlite:".', { field: 'DATABASE_URL' });
  }
  return file;
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const connection = new SQLite(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  // WAL lets readers run beside the single writer; synchronous=FULL makes an acknowledged commit
  // survive a power cut as well as a kill -9 (writes are rare here, so the fsync is cheap).
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: connection }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client whose server went away emits 'error' on the pool; unhandled it would crash the
  // process. The pool drops that client and the next query reconnects, so the app recovers by itself.
  pool.on('error', () => undefined);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
