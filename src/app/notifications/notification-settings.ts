// Each user's choice per kind of notification: in the app only, or also by e-mail.
import { auditEvents, notifications, withTransaction } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { effectiveSettings, NOTIFICATION_KINDS, type NotificationKind, type NotificationSettings } from '../../domain/notifications.js';
import type { AppContext } from '../context.js';
import { canUseNotifications } from '../policies/notification.js';
import { auditBy, changedFields } from '../setup/audit.js';

function userOf(ctx: AppContext): number {
  if (!canUseNotifications(ctx.actor)) throw new AppError('forbidden', 'Bara inloggade användare har aviseringar.');
  return ctx.actor.id;
}

/** The signed-in user's settings, every kind. */
export async function getNotificationSettings(ctx: AppContext): Promise<NotificationSettings> {
  const userId = userOf(ctx);
  const stored = await notifications.storedSettings(ctx.database.db, [userId]);
  return effectiveSettings(stored.get(userId) ?? new Map());
}

/** Changes the signed-in user's settings for the kinds given; audited when anything changed. */
export async function setNotificationSettings(ctx: AppContext, choices: readonly { kind: NotificationKind; email: boolean }[]): Promise<NotificationSettings> {
  const userId = userOf(ctx);
  return withTransaction(ctx.database, async (trx) => {
    const before = effectiveSettings((await notifications.storedSettings(trx, [userId])).get(userId) ?? new Map());
    const wanted = new Map(choices.map((c) => [c.kind, c.email]));
    await notifications.storeSettings(trx, userId, wanted);
    const after = effectiveSettings(new Map(NOTIFICATION_KINDS.map((k) => [k, wanted.get(k) ?? before[k]])));
    const changed = changedFields(before, after);
    if (changed) {
      const now = ctx.now();
      await auditEvents.append(trx, {
        ...auditBy(ctx, now), action: 'user.notification_settings_changed', entityType: 'user', entityId: userId, ...changed,
      });
    }
    return after;
  });
}
