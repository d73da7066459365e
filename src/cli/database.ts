import type { Database } from '../db/index.js';

/** Opens the database DATABASE_URL names, brought up to date, and closes it after `fn`. */
export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const { migrateToLatest, openDatabase } = await import('../db/index.js');
  const database = openDatabase();
  try {
    await migrateToLatest(database.db);
    return await fn(database);
  } finally {
    await database.close();
  }
}
