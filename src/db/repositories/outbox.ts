// The outbox of e-mails (migration 0012): written with the notification, claimed and sent by any
// app instance, never deleted.
import { sql } from 'kysely';
import type { OutboxState } from '../schema.js';
import { batches, type Executor } from '../transaction.js';

/** An e-mail of the outbox. */
export interface OutboxMessage {
  id: number;
  notificationId: number | null;
  recipient: string;
  subject: string;
  body: string;
  /** A path in the app; the sender makes it absolute with the public address. */
  link: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
  /** The password link whose token the sender makes and puts in the e-mail (never stored here). */
  passwordLinkId: number | null;
}

/** An e-mail to put in the outbox. */
export interface NewOutboxMessage {
  notificationId: number | null;
  recipient: string;
  subject: string;
  body: string;
  link: string;
  passwordLinkId?: number | null;
}

const columns = ['id', 'notification_id', 'recipient', 'subject', 'body', 'link', 'state', 'attempts', 'last_error', 'next_attempt_at', 'created_at', 'sent_at', 'password_link_id'] as const;

function toMessage(r: {
  id: number; notification_id: number | null; recipient: string; subject: string; body: string; link: string; state: OutboxState;
  attempts: number; last_error: string | null; next_attempt_at: string | null; created_at: string; sent_at: string | null;
  password_link_id: number | null;
}): OutboxMessage {
  return {
    id: r.id, notificationId: r.notification_id, recipient: r.recipient, subject: r.subject, body: r.body, link: r.link, state: r.state,
    attempts: Number(r.attempts), lastError: r.last_error, nextAttemptAt: r.next_attempt_at, createdAt: r.created_at, sentAt: r.sent_at,
    passwordLinkId: r.password_link_id,
  };
}

/** Puts e-mails in the outbox, due at once. */
export async function enqueue(db: Executor, rows: readonly NewOutboxMessage[], now: Date): Promise<void> {
  const at = now.toISOString();
  for (const batch of batches(rows)) {
    await db.insertInto('outbox').values(batch.map((m) => ({
      notification_id: m.notificationId, recipient: m.recipient, subject: m.subject, body: m.body, link: m.link,
      state: 'pending' as const, attempts: 0, next_attempt_at: at, created_at: at, password_link_id: m.passwordLinkId ?? null,
    }))).execute();
  }
}

/**
 * Claims up to `limit` e-mails that are due (pending, or failed and due again) and not claimed by
 * anyone else, until `now + claimMs`; returns them. One UPDATE … RETURNING: on PostgreSQL a second
 * process that races for the same row waits for the first and then finds the claim condition no
 * longer true (READ COMMITTED re-checks the WHERE on the updated row), so each row has one sender.
 */
export async function claimDue(db: Executor, now: Date, claimMs: number, limit: number): Promise<OutboxMessage[]> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + claimMs).toISOString();
  const free = sql<boolean>`(claimed_until IS NULL OR claimed_until < ${at})`;
  const rows = await db.updateTable('outbox')
    .set({ claimed_until: until })
    .where('id', 'in', (eb) => eb.selectFrom('outbox').select('id')
      .where('state', 'in', ['pending', 'failed']).where('next_attempt_at', '<=', at).where(free)
      .orderBy('id').limit(limit))
    .where('state', 'in', ['pending', 'failed']).where('next_attempt_at', '<=', at).where(free)
    .returning(columns)
    .execute();
  return rows.map(toMessage).sort((a, b) => a.id - b.id);
}

/** Records that an e-mail was sent, and releases its claim. */
export async function markSent(db: Executor, id: number, now: Date): Promise<void> {
  await db.updateTable('outbox').set((eb) => ({
    state: 'sent', sent_at: now.toISOString(), attempts: eb('attempts', '+', 1), last_error: null, next_attempt_at: null, claimed_until: null,
  })).where('id', '=', id).execute();
}

/** Records a failed attempt: the error, and when to try again (null: given up). Releases the claim. */
export async function markFailed(db: Executor, id: number, error: string, nextAttemptAt: Date | null): Promise<void> {
  await db.updateTable('outbox').set((eb) => ({
    state: 'failed', attempts: eb('attempts', '+', 1), last_error: error.slice(0, 1000),
    next_attempt_at: nextAttemptAt?.toISOString() ?? null, claimed_until: null,
  })).where('id', '=', id).execute();
}

/** The newest e-mails first, at most `limit`, and how many there are in each state. */
export async function list(db: Executor, limit: number): Promise<{ items: OutboxMessage[]; counts: Record<OutboxState, number> }> {
  const rows = await db.selectFrom('outbox').select(columns).orderBy('id', 'desc').limit(limit).execute();
  const grouped = await db.selectFrom('outbox').select((eb) => ['state', eb.fn.countAll<string | number>().as('n')]).groupBy('state').execute();
  const counts: Record<OutboxState, number> = { pending: 0, sent: 0, failed: 0 };
  for (const g of grouped) counts[g.state] = Number(g.n);
  return { items: rows.map(toMessage), counts };
}
