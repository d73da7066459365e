// Writing notifications and their e-mails, inside the caller's transaction: a change and what it
// tells people commit together or not at all.
import { notifications, outbox, type Executor } from '../../db/index.js';
import type { Recipient } from '../../db/repositories/notifications.js';
import { effectiveSettings, type NotificationKind } from '../../domain/notifications.js';
import { actorId, type AppContext } from '../context.js';

/** One thing that happened, told to some people. */
export interface NotificationEvent {
  readonly kind: NotificationKind;
  readonly recipients: readonly Recipient[];
  readonly reportId: number | null;
  readonly roundId: number | null;
  /** Swedish; also the e-mail's subject. */
  readonly title: string;
  /** Swedish; also the e-mail's text. */
  readonly body: string;
  /** The path in the app it is about, e.g. `/rapporter/12`. */
  readonly link: string;
}

/**
 * Notifies each recipient once (never the actor of their own action) and puts an e-mail in the
 * outbox for those who want this kind by e-mail. Returns how many were notified.
 */
export async function notify(trx: Executor, ctx: AppContext, event: NotificationEvent): Promise<number> {
  const self = actorId(ctx.actor);
  const seen = new Set<number>();
  const to = event.recipients.filter((r) => r.id !== self && !seen.has(r.id) && seen.add(r.id));
  if (to.length === 0) return 0;
  const now = ctx.now();
  const ids = await notifications.insertMany(trx, to.map((r) => ({
    userId: r.id, kind: event.kind, reportId: event.reportId, roundId: event.roundId, title: event.title, body: event.body, link: event.link,
  })), now);
  const stored = await notifications.storedSettings(trx, to.map((r) => r.id));
  const mail = to.flatMap((r, i) => effectiveSettings(stored.get(r.id) ?? new Map())[event.kind]
    ? [{ notificationId: ids[i] ?? null, recipient: r.email, subject: event.title, body: event.body, link: event.link }]
    : []);
  await outbox.enqueue(trx, mail, now);
  return to.length;
}
