import type { Kysely, Migration } from 'kysely';
import { dialectOf, identity } from './helpers.js';

/**
 * Failed sign-ins, kept in the database rather than in process memory so that the rate limit holds
 * across every app instance that shares the database (DESIGN.md §8).
 */
export const signInAttempts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sign_in_attempts')
      .addColumn('id', 'integer', identity(dialectOf(db)))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('attempted_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sign_in_attempts_email_at').on('sign_in_attempts').columns(['email', 'attempted_at']).execute();
    await db.schema.createIndex('sign_in_attempts_ip_at').on('sign_in_attempts').columns(['ip', 'attempted_at']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('sign_in_attempts').execute();
  },
};
