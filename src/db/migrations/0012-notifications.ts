import type { Kysely, Migration } from 'kysely';
import { dialectOf, identity } from './helpers.js';

/**
 * Notifications in the app, each user's choice per kind of whether they also come by e-mail, and the
 * outbox of e-mails: written in the same transaction as the change that causes them, so nothing is
 * told that did not happen and nothing that happened goes untold. The outbox is in the database (not
 * in process memory) so that any app instance may send a row, claiming it first (`claimed_until`).
 */
export const notifications: Migration = {
  async up(db: Kysely<unknown>) {
    const dialect = dialectOf(db);
    await db.schema
      .createTable('notifications')
      .addColumn('id', 'integer', identity(dialect))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('report_id', 'integer', (c) => c.references('reports.id'))
      .addColumn('round_id', 'integer', (c) => c.references('rounds.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('link', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('read_at', 'text')
      .execute();
    await db.schema.createIndex('notifications_user_id').on('notifications').columns(['user_id', 'id']).execute();
    await db.schema.createIndex('notifications_report_id').on('notifications').column('report_id').execute();
    await db.schema.createIndex('notifications_round_id').on('notifications').column('round_id').execute();

    await db.schema
      .createTable('notification_settings')
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('email', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('notification_settings_pk', ['user_id', 'kind'])
      .execute();

    await db.schema
      .createTable('outbox')
      .addColumn('id', 'integer', identity(dialect))
      .addColumn('notification_id', 'integer', (c) => c.references('notifications.id'))
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('link', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_error', 'text')
      .addColumn('next_attempt_at', 'text')
      .addColumn('claimed_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'next_attempt_at']).execute();
    await db.schema.createIndex('outbox_notification_id').on('outbox').column('notification_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('outbox').execute();
    await db.schema.dropTable('notification_settings').execute();
    await db.schema.dropTable('notifications').execute();
  },
};
