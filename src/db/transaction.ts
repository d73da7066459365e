import { Kysely, Transaction } from 'kysely';
import type { Database } from './connection.js';
import type { Schema } from './schema.js';

/**
 * What every repository function takes first: the database or an open transaction. A
 * Transaction is a Kysely, so use cases can pass either and compose repositories in one commit.
 */
export type Executor = Kysely<Schema>;

/** Runs `fn` in one transaction: everything it writes commits together or not at all. */
export function withTransaction<T>(database: Database | Executor, fn: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
  const db = database instanceof Kysely ? database : database.db;
  return inTransaction(db, fn);
}

/** Runs `fn` in the caller's transaction when there is one, else in a new one (no nesting). */
export function inTransaction<T>(executor: Executor, fn: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
  if (executor instanceof Transaction) return fn(executor);
  return executor.transaction().execute(fn);
}

// Both engines cap the number of bound parameters per statement (SQLite 32 766, PostgreSQL 65 535);
// batches of this many rows stay far below either with up to a dozen columns.
const BATCH_ROWS = 500;

/** Splits rows into batches small enough for one multi-row INSERT on both engines. */
export function batches<T>(rows: readonly T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
