// The deadline reminders sent (migration 0014): each row is a reminder's claim and its record.
import type { DeadlineReminder } from '../../domain/reminders.js';
import type { Executor } from '../transaction.js';

/** A reminder of a round: to a committee, or (committeeId null) to the controllers. */
export interface ReminderKey {
  roundId: number;
  committeeId: number | null;
  kind: DeadlineReminder;
}

/** The reminders of a round already sent, as `committee/kind` keys (`-/kind` for the controllers'). */
export async function sentForRound(db: Executor, roundId: number): Promise<Set<string>> {
  const rows = await db.selectFrom('reminders').select(['committee_id', 'kind']).where('round_id', '=', roundId).execute();
  return new Set(rows.map((r) => keyOf({ roundId, committeeId: r.committee_id, kind: r.kind })));
}

/** The key `sentForRound` lists a reminder by. */
export function keyOf(reminder: ReminderKey): string {
  return `${reminder.committeeId ?? '-'}/${reminder.kind}`;
}

/**
 * Claims a reminder for the caller's transaction: true when this call recorded it, false when it was
 * recorded already. On PostgreSQL a concurrent claim of the same reminder waits for the first
 * transaction and, once that commits, records nothing (a rollback leaves it to the second).
 */
export async function claim(db: Executor, reminder: ReminderKey, now: Date): Promise<boolean> {
  const row = await db.insertInto('reminders')
    .values({ round_id: reminder.roundId, committee_id: reminder.committeeId, kind: reminder.kind, sent_at: now.toISOString() })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
