// Sending the outbox. Any number of app processes may run a sender on one PostgreSQL: each claims a
// batch of due rows for a while before sending them (outbox.claimDue), so no row has two senders.
// Without SMTP_URL nothing is sent and the outbox is kept for admins to read in the app.
import nodemailer from 'nodemailer';
import { outbox, type Database } from '../../db/index.js';
import type { OutboxMessage } from '../../db/repositories/outbox.js';
import { nextAttemptAfter } from '../../domain/notifications.js';
import { issuePasswordLinkToken, passwordLinkMailText } from '../accounts/password-links.js';
import { repeat, type Repeating } from './repeat.js';

/** One e-mail as it leaves Redovisa. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends one e-mail, or throws with what went wrong. */
export type SendMail = (message: MailMessage) => Promise<void>;

/** A sender over SMTP at `url` (smtp://host:port, smtps://user:password@host:465), from `from`. */
export function smtpMailer(url: string, from: string): { send: SendMail; close: () => void } {
  const transport = nodemailer.createTransport(url);
  return {
    send: async (m) => {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
}

/** What a delivery needs besides the database. */
export interface DeliveryOptions {
  readonly send: SendMail;
  /** The app's public address, which e-mails link to (PUBLIC_URL), without a trailing slash. */
  readonly publicUrl: string;
  readonly now?: () => Date;
  /** How long a claim holds: longer than sending a batch takes. */
  readonly claimMs?: number;
  /** Rows per claim. */
  readonly batchSize?: number;
}

/** The e-mail's text: the notification's, the link to the report, and why it came. */
export function mailText(message: Pick<OutboxMessage, 'body' | 'link'>, publicUrl: string): string {
  return [
    message.body,
    '',
    `Öppna i Redovisa: ${publicUrl.replace(/\/+$/, '')}${message.link}`,
    '',
    'Du får det här meddelandet från Redovisa. Under Aviseringar i appen väljer du vilka meddelanden som också kommer med e-post.',
  ].join('\n');
}

// A password link's e-mail whose link was used or replaced before it went: sending it would only confuse.
const LINK_GONE = 'Skickades inte: en nyare länk till samma användare har ersatt den här, eller så har den redan använts.';

/**
 * The text an e-mail leaves with. A password link's token is made now, as it is sent, so no usable
 * token ever waits in the outbox; null when the link no longer needs sending.
 */
async function textOf(database: Database, message: OutboxMessage, publicUrl: string, now: Date): Promise<string | null> {
  if (message.passwordLinkId === null) return mailText(message, publicUrl);
  const token = await issuePasswordLinkToken(database, message.passwordLinkId, now);
  return token === null ? null : passwordLinkMailText(message, publicUrl, token);
}

/** Sends every due row of the outbox, one claimed batch after another; returns how many were sent and failed. */
export async function deliverDue(database: Database, options: DeliveryOptions): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? (() => new Date());
  let sent = 0;
  let failed = 0;
  for (;;) {
    const claimed = await outbox.claimDue(database.db, now(), options.claimMs ?? 120_000, options.batchSize ?? 20);
    if (claimed.length === 0) return { sent, failed };
    for (const message of claimed) {
      try {
        const text = await textOf(database, message, options.publicUrl, now());
        if (text === null) {
          await outbox.markFailed(database.db, message.id, LINK_GONE, null);
          failed++;
          continue;
        }
        await options.send({ to: message.recipient, subject: message.subject, text });
        await outbox.markSent(database.db, message.id, now());
        sent++;
      } catch (error) {
        const at = now();
        await outbox.markFailed(database.db, message.id, error instanceof Error ? error.message : String(error), nextAttemptAfter(at, message.attempts + 1));
        failed++;
      }
    }
  }
}

/** A sender that runs every `everyMs` until stopped; a run is skipped while the previous one is still sending. */
export function startDelivery(database: Database, options: DeliveryOptions & { everyMs: number; onError: (error: unknown) => void }): Repeating {
  return repeat(() => deliverDue(database, options), options);
}
