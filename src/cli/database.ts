import type { Database } from '../db/index.js';

/**
 * Opens the database DATABASE_URL names, brings it up to date, and closes it after `fn`, which
 * also learns which migrations this run applied.
 */
export async function withDatabase<T>(fn: (database: Database, migrated: readonly string[]) => Promise<T>): Promise<T> {
  const { migrateToLatest, openDatabase } = await import('../db/index.js');
  const database = openDatabase();
  try {
    return await fn(database, await migrateToLatest(database.db));
  } finally {
    await database.close();
  }
}
