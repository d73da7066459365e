// Notifications, each user's choice of what also comes by e-mail, and the outbox of e-mails.
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../domain/notifications.js';
import { idField, timestampField } from './common.js';

const kindField = z.enum(NOTIFICATION_KINDS, { error: `Slaget av avisering ska vara ett av ${NOTIFICATION_KINDS.join(', ')}.` });

/** One notification as its recipient reads it. */
export const notificationSchema = z.strictObject({
  id: idField,
  kind: kindField,
  reportId: idField.nullable(),
  roundId: idField.nullable(),
  title: z.string(),
  body: z.string(),
  link: z.string().meta({ description: 'Sökväg i appen, t.ex. /rapporter/12.' }),
  createdAt: timestampField,
  readAt: timestampField.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** GET /api/notifications: the newest first, and how many of all are unread. */
export const notificationListSchema = z.strictObject({
  notifications: z.array(notificationSchema),
  unread: z.number().int().nonnegative(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

/** POST /api/notifications/:id/read and /read-all: how many remain unread. */
export const unreadCountSchema = z.strictObject({ unread: z.number().int().nonnegative() });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

/** One kind and whether it also comes by e-mail. */
export const notificationSettingSchema = z.strictObject({
  kind: kindField,
  kindName: z.string(),
  email: z.boolean(),
});

/** GET and PUT /api/session/notification-settings: every kind, in the form's order. */
export const notificationSettingsSchema = z.strictObject({ settings: z.array(notificationSettingSchema) });
export type NotificationSettingsAnswer = z.infer<typeof notificationSettingsSchema>;

/** PUT /api/session/notification-settings: the kinds to change; others keep their setting. */
export const notificationSettingsInput = z.strictObject({
  settings: z.array(z.strictObject({
    kind: kindField,
    email: z.boolean({ error: 'email ska vara true (även e-post) eller false (bara i appen).' }),
  })).max(NOTIFICATION_KINDS.length * 2),
});
export type NotificationSettingsInput = z.input<typeof notificationSettingsInput>;

export const OUTBOX_STATES = ['pending', 'sent', 'failed'] as const;

/** One e-mail of the outbox, as the admin reads it. */
export const outboxMessageSchema = z.strictObject({
  id: idField,
  recipient: z.string(),
  subject: z.string(),
  state: z.enum(OUTBOX_STATES),
  stateName: z.string(),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  nextAttemptAt: timestampField.nullable(),
  createdAt: timestampField,
  sentAt: timestampField.nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** GET /api/outbox: the newest e-mails and how many there are in each state. */
export const outboxSchema = z.strictObject({
  messages: z.array(outboxMessageSchema),
  counts: z.strictObject({ pending: z.number().int(), sent: z.number().int(), failed: z.number().int() }),
});
export type Outbox = z.infer<typeof outboxSchema>;
