import type { Kysely, Migration } from 'kysely';
import { dialectOf, identity } from './helpers.js';

/**
 * One-time links to choose a password: an admin's invitation and a forgotten password's reset. A
 * link is asked for (a row with no token yet), and its token is made only when its e-mail is sent
 * (`outbox.password_link_id`), so the database never holds a usable token: only its SHA-256. Used,
 * replaced by a newer link of the same user, or past `expires_at`, a link opens nothing.
 */
export const passwordLinks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('password_links')
      .addColumn('id', 'integer', identity(dialectOf(db)))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('issued_at', 'text')
      .addColumn('expires_at', 'text')
      .addColumn('used_at', 'text')
      .addColumn('replaced_at', 'text')
      .execute();
    await db.schema.createIndex('password_links_user').on('password_links').columns(['user_id', 'created_at']).execute();
    await db.schema.alterTable('outbox').addColumn('password_link_id', 'integer', (c) => c.references('password_links.id')).execute();
    await db.schema.createIndex('outbox_password_link_id').on('outbox').column('password_link_id').execute();
  },
};
