import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
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
    `DATABASE_URL ska börja med ”sqlite:” eller ”postgres://”, inte ”${scheme}”.`,
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
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10, Client: PreparingClient });
  // An idle client whose server went away emits 'error' on the pool; unhandled it would crash the
  // process. The pool drops that client and the next query reconnects, so the app recovers by itself.
  pool.on('error', () => undefined);
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

// Kysely prepares every query afresh. Preparing is most of the cost of a small read on either engine
// (measured: a report read spent more time in better-sqlite3's prepare than in running the queries,
// and PostgreSQL spent more time parsing and planning than executing), so both engines reuse
// prepared statements by their SQL text. The SQL is Kysely's compiled text with placeholders, never
// user data, so the number of distinct statements is bounded by the code, not by the input.
const STATEMENT_CACHE_SIZE = 500;

/** better-sqlite3 with prepared statements kept by SQL text (least recently used dropped first). */
function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      // SQLite ends a transaction itself on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM):
      // Kysely's ROLLBACK after it would then fail with "no transaction is active" and hide the
      // error that matters. With no transaction left, the rollback has nothing to do.
      if (sql === 'rollback' && !connection.inTransaction) return connection.prepare('select 1 where 0');
      const cached = cache.get(sql);
      // A statement still iterating (a streamed query) cannot run again; that caller gets its own.
      if (cached !== undefined && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = connection.prepare(sql);
      if (cached === undefined) {
        cache.set(sql, statement);
        if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      return statement;
    },
  };
}

/**
 * A pg client that runs Kysely's SELECTs as named prepared statements, so PostgreSQL parses and plans
 * each query text once per connection instead of on every request. Only SELECTs, and at most
 * STATEMENT_CACHE_SIZE names per connection: writes vary in shape (batch sizes) and are rare.
 */
class PreparingClient extends pg.Client {
  #named = new Set<string>();
  // Bumped when a migration elsewhere changed a table under a prepared statement: fresh names then.
  #generation = 0;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // A client checked out of the pool (a transaction between its statements) whose server went
    // away emits 'error', which the pool does not listen to while the client is out: unhandled it
    // would end the process. Its next statement fails instead (answered 503), and the pool drops it.
    this.on('error', () => undefined);
  }

  override query(...args: unknown[]): never {
    const [text, values] = args;
    const base = super.query as (...a: unknown[]) => Promise<unknown>;
    if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values) || !text.startsWith('select ')) {
      return base.apply(this, args) as never;
    }
    const name = `q${this.#generation}_${createHash('sha1').update(text).digest('hex')}`;
    if (!this.#named.has(name) && this.#named.size >= STATEMENT_CACHE_SIZE) return base.call(this, text, values) as never;
    this.#named.add(name);
    return base.call(this, { name, text, values }).catch((error: unknown) => {
      // "cached plan must not change result type": another instance migrated a table this
      // statement reads. Forget every name and run the query unprepared (outside a transaction
      // that succeeds; inside one the transaction has failed already and the caller sees the error).
      if (!(error instanceof Error && 'code' in error && error.code === '0A000')) throw error;
      this.#generation += 1;
      this.#named.clear();
      return base.call(this, text, values);
    }) as never;
  }
}
