import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, identity } from './helpers.js';

/** The append-only audit log, guarded by triggers so not even a stray UPDATE can rewrite history. */
export const auditEvents: Migration = {
  async up(db: Kysely<unknown>) {
    const dialect = dialectOf(db);
    await db.schema
      .createTable('audit_events')
      .addColumn('id', 'integer', identity(dialect))
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
      // Kept beside actor_id so the log still reads after a user is renamed; also names
      // non-user actors such as the importer ("system").
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      // No cascade: a report with history cannot be deleted from under its audit trail.
      .addColumn('report_id', 'integer', (c) => c.references('reports.id'))
      .addColumn('ip', 'text')
      .addColumn('before_json', 'text')
      .addColumn('after_json', 'text')
      .execute();
    await db.schema.createIndex('audit_events_report').on('audit_events').columns(['report_id', 'id']).execute();
    await db.schema.createIndex('audit_events_entity').on('audit_events').columns(['entity_type', 'entity_id', 'id']).execute();
    await db.schema.createIndex('audit_events_actor').on('audit_events').column('actor_id').execute();

    if (dialect === 'postgres') {
      await sql`
        create function audit_events_refuse_change() returns trigger language plpgsql as $$
        begin
          raise exception 'audit_events är append-only: händelser kan inte ändras eller tas bort';
        end $$`.execute(db);
      await sql`
        create trigger audit_events_append_only before update or delete on audit_events
        for each row execute function audit_events_refuse_change()`.execute(db);
      await sql`
        create trigger audit_events_no_truncate before truncate on audit_events
        for each statement execute function audit_events_refuse_change()`.execute(db);
    } else {
      await sql`
        create trigger audit_events_no_update before update on audit_events
        begin select raise(abort, 'audit_events är append-only: händelser kan inte ändras'); end`.execute(db);
      await sql`
        create trigger audit_events_no_delete before delete on audit_events
        begin select raise(abort, 'audit_events är append-only: händelser kan inte tas bort'); end`.execute(db);
    }
  },
};
