// A fingerprint of what the application has stored, to prove that a request wrote nothing: every
// change the application makes bumps a report's version or adds a row (its audit event at least).
import type { Database, Schema } from '../../src/db/index.js';

// Sessions and sign-in attempts are left out: reading slides a session's idle limit, and signing
// in is a write of its own that the tests expect.
const COUNTED = [
  'committees', 'programmes', 'projects', 'project_grants', 'rounds', 'reports', 'project_sections',
  'accrual_entries', 'comments', 'audit_events', 'users', 'notifications', 'notification_settings', 'outbox', 'password_links', 'reminders',
] as const satisfies readonly (keyof Schema)[];

/** Rows per table and each report's version, state and last change, as one comparable string. */
export async function storedState(database: Database): Promise<string> {
  const { db } = database;
  const counts = await Promise.all(COUNTED.map(async (table) => {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return `${table}=${Number(row.n)}`;
  }));
  const reports = await db.selectFrom('reports').select(['id', 'version', 'state', 'updated_at']).orderBy('id').execute();
  const users = await db.selectFrom('users').select(['id', 'role', 'committee_id', 'active', 'name']).orderBy('id').execute();
  const unread = await db.selectFrom('notifications').select((eb) => eb.fn.countAll().as('n')).where('read_at', 'is', null).executeTakeFirstOrThrow();
  const settings = await db.selectFrom('notification_settings').selectAll().orderBy('user_id').orderBy('kind').execute();
  return JSON.stringify({ counts, reports, users, unread: Number(unread.n), settings });
}
