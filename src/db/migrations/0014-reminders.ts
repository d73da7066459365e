import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, identity } from './helpers.js';

/**
 * The deadline reminders sent, one row per round × committee × kind (committee null: the one to the
 * controllers). The row is the job's state and its lock at once: a sender inserts it, ON CONFLICT DO
 * NOTHING, in the transaction that writes the reminder's notifications, and sends only when the
 * insert made a row. So any number of app processes on one PostgreSQL send each reminder once, and
 * a restarted process sees what is done.
 */
export const reminders: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('reminders')
      .addColumn('id', 'integer', identity(dialectOf(db)))
      .addColumn('round_id', 'integer', (c) => c.notNull().references('rounds.id'))
      .addColumn('committee_id', 'integer', (c) => c.references('committees.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('reminders_once').on('reminders').columns(['round_id', 'committee_id', 'kind']).unique().execute();
    // NULLs are distinct in a unique index on both engines: the controllers' reminder has its own.
    await db.schema.createIndex('reminders_once_controllers').on('reminders').columns(['round_id', 'kind']).unique()
      .where(sql.ref('committee_id'), 'is', null).execute();
    await db.schema.createIndex('reminders_committee_id').on('reminders').column('committee_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('reminders').execute();
  },
};
