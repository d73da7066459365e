import type { Notification as StoredNotification } from '../../db/repositories/notifications.js';
import type { OutboxMessage as StoredOutboxMessage } from '../../db/repositories/outbox.js';
import type { Notification, NotificationSettingsAnswer, OutboxMessage } from '../../contract/notifications.js';
import { NOTIFICATION_KIND_NAMES, NOTIFICATION_KINDS, type NotificationSettings } from '../../domain/notifications.js';

const OUTBOX_STATE_NAMES = { pending: 'Väntar', sent: 'Skickad', failed: 'Misslyckades' } as const;

/** A notification as its recipient reads it. */
export function presentNotification(n: StoredNotification): Notification {
  return {
    id: n.id, kind: n.kind, reportId: n.reportId, roundId: n.roundId, title: n.title, body: n.body, link: n.link,
    createdAt: n.createdAt, readAt: n.readAt,
  };
}

/** Every kind with its Swedish name and whether it also comes by e-mail. */
export function presentSettings(settings: NotificationSettings): NotificationSettingsAnswer {
  return { settings: NOTIFICATION_KINDS.map((kind) => ({ kind, kindName: NOTIFICATION_KIND_NAMES[kind], email: settings[kind] })) };
}

/** An e-mail of the outbox as the admin reads it (not its text, which the recipient's notification holds). */
export function presentOutboxMessage(m: StoredOutboxMessage): OutboxMessage {
  return {
    id: m.id, recipient: m.recipient, subject: m.subject, state: m.state, stateName: OUTBOX_STATE_NAMES[m.state], attempts: m.attempts,
    lastError: m.lastError, nextAttemptAt: m.nextAttemptAt, createdAt: m.createdAt, sentAt: m.sentAt,
  };
}
