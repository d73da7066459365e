// Notifications and each user's choice per kind (migration 0012).
import type { NotificationKind } from '../../domain/notifications.js';
import type { UserRole } from '../schema.js';
import { batches, type Executor } from '../transaction.js';

/** A notification as its recipient reads it. */
export interface Notification {
  id: number;
  kind: NotificationKind;
  reportId: number | null;
  roundId: number | null;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

/** Someone to notify: an active user with an address. */
export interface Recipient {
  id: number;
  email: string;
}

/** A notification to write: what its recipient will read, and who that is. */
export type NewNotification = Omit<Notification, 'id' | 'createdAt' | 'readAt'> & { userId: number };

/** Active users in the given roles, of one committee or (committeeId undefined) of any; in id order. */
export async function recipients(db: Executor, roles: readonly UserRole[], committeeIds?: readonly number[]): Promise<Recipient[]> {
  if (committeeIds?.length === 0) return [];
  let query = db.selectFrom('users').select(['id', 'email']).where('active', '=', 1).where('role', 'in', [...roles]);
  if (committeeIds !== undefined) query = query.where('committee_id', 'in', [...committeeIds]);
  return query.orderBy('id').execute();
}

/** Writes notifications; returns their ids in the order given. */
export async function insertMany(db: Executor, rows: readonly NewNotification[], now: Date): Promise<number[]> {
  const ids: number[] = [];
  for (const batch of batches(rows)) {
    const inserted = await db.insertInto('notifications').values(batch.map((n) => ({
      user_id: n.userId, kind: n.kind, report_id: n.reportId, round_id: n.roundId,
      title: n.title, body: n.body, link: n.link, created_at: now.toISOString(), read_at: null,
    }))).returning('id').execute();
    // Both engines return a multi-row INSERT's rows in the order of its VALUES.
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

/** A user's newest notifications (at most `limit`) and how many of all theirs are unread. */
export async function listForUser(db: Executor, userId: number, limit: number): Promise<{ items: Notification[]; unread: number }> {
  const rows = await db.selectFrom('notifications')
    .select(['id', 'kind', 'report_id', 'round_id', 'title', 'body', 'link', 'created_at', 'read_at'])
    .where('user_id', '=', userId).orderBy('id', 'desc').limit(limit).execute();
  return {
    items: rows.map((r) => ({
      id: r.id, kind: r.kind, reportId: r.report_id, roundId: r.round_id, title: r.title, body: r.body, link: r.link,
      createdAt: r.created_at, readAt: r.read_at,
    })),
    unread: await unreadCount(db, userId),
  };
}

/** How many of the user's notifications are unread. */
export async function unreadCount(db: Executor, userId: number): Promise<number> {
  const count = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return Number(count.n);
}

/** Whether the user has a notification with this id (another user's is as missing as none). */
export async function belongsTo(db: Executor, userId: number, id: number): Promise<boolean> {
  const row = await db.selectFrom('notifications').select('id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

/** Marks the user's notification read, if it is not already; returns whether it changed. */
export async function markRead(db: Executor, userId: number, id: number, now: Date): Promise<boolean> {
  const result = await db.updateTable('notifications').set({ read_at: now.toISOString() })
    .where('id', '=', id).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Marks all the user's unread notifications read; returns how many changed. */
export async function markAllRead(db: Executor, userId: number, now: Date): Promise<number> {
  const result = await db.updateTable('notifications').set({ read_at: now.toISOString() })
    .where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The stored choices of these users: user → kind → also by e-mail. Kinds never chosen are absent. */
export async function storedSettings(db: Executor, userIds: readonly number[]): Promise<Map<number, Map<NotificationKind, boolean>>> {
  const out = new Map<number, Map<NotificationKind, boolean>>();
  for (const batch of batches(userIds)) {
    const rows = await db.selectFrom('notification_settings').select(['user_id', 'kind', 'email']).where('user_id', 'in', batch).execute();
    for (const row of rows) {
      const own = out.get(row.user_id) ?? new Map<NotificationKind, boolean>();
      own.set(row.kind, row.email === 1);
      out.set(row.user_id, own);
    }
  }
  return out;
}

/** Stores a user's choice for each kind given (insert or replace). */
export async function storeSettings(db: Executor, userId: number, choices: ReadonlyMap<NotificationKind, boolean>): Promise<void> {
  for (const [kind, email] of choices) {
    await db.insertInto('notification_settings').values({ user_id: userId, kind, email: email ? 1 : 0 })
      .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ email: email ? 1 : 0 })).execute();
  }
}
