import type { Kysely, Migration } from 'kysely';

/**
 * Settings the admin changes in the app, one row per name (the first is `public_site`: whether the
 * public record is on). In the database rather than in a file, so every app instance on one
 * PostgreSQL sees the same value, and a change is audited in the transaction that makes it.
 */
export const publicSite: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('site_settings')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('site_settings').execute();
  },
};
