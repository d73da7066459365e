import { auditEvents, passwordLinks, users, withTransaction, type Database } from '../../db/index.js';
import { enqueuePasswordLink } from './password-links.js';
import { parseEmail } from './user-rules.js';

// A person's mailbox is not ours to fill: at most this many reset e-mails per address and hour.
// Beyond it the request is answered as every other one and nothing is sent.
const RESETS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

/** The one answer to every request, whether or not the address belongs to anyone. */
export const RESET_ANSWER = 'Om adressen finns hos oss har vi skickat en länk till den. Med länken väljer du ett nytt lösenord; den gäller i 72 timmar.';

/**
 * A forgotten password: when the address is an active user's, an e-mail with a one-time link to
 * choose a new one goes to the outbox (with the event 'user.password_reset_requested' in the same
 * transaction); otherwise nothing happens. The caller answers the same either way, and so does the
 * limit per address, so no answer tells whether an address exists. Only a malformed address is refused.
 */
export async function requestPasswordReset(database: Database, input: { email: string; ip: string | null; now: Date }): Promise<void> {
  const email = parseEmail(input.email);
  const user = await users.findByEmail(database.db, email);
  if (!user?.active) return;
  const since = new Date(input.now.getTime() - HOUR_MS);
  if ((await passwordLinks.countRequestedSince(database.db, { userId: user.id, purpose: 'reset', since })) >= RESETS_PER_HOUR) return;
  await withTransaction(database, async (trx) => {
    await enqueuePasswordLink(trx, user, 'reset', input.now);
    await auditEvents.append(trx, {
      occurredAt: input.now, actorId: null, actorLabel: 'glömt lösenord (utan inloggning)', action: 'user.password_reset_requested',
      entityType: 'user', entityId: user.id, ip: input.ip,
    });
  });
}
