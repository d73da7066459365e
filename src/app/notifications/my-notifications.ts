// The signed-in user's own notifications: read them, mark one or all read. Another user's
// notification is answered exactly as a missing one.
import { notifications, withTransaction } from '../../db/index.js';
import type { Notification } from '../../db/repositories/notifications.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canUseNotifications } from '../policies/notification.js';

// The bell shows the newest; older ones stay stored but a list beyond this is not read by anyone.
const LIST_LIMIT = 100;

function ownerOf(ctx: AppContext): number {
  if (!canUseNotifications(ctx.actor)) throw new AppError('forbidden', 'Bara inloggade användare har aviseringar.');
  return ctx.actor.id;
}

/** The user's newest notifications, newest first, and how many are unread. */
export function listMyNotifications(ctx: AppContext): Promise<{ items: Notification[]; unread: number }> {
  return notifications.listForUser(ctx.database.db, ownerOf(ctx), LIST_LIMIT);
}

/** Marks one of the user's notifications read (again is fine); returns how many remain unread. */
export async function markNotificationRead(ctx: AppContext, id: number): Promise<number> {
  const userId = ownerOf(ctx);
  return withTransaction(ctx.database, async (trx) => {
    if (!(await notifications.belongsTo(trx, userId, id))) throw new AppError('not_found', `Aviseringen ${id} finns inte.`, { id });
    await notifications.markRead(trx, userId, id, ctx.now());
    return notifications.unreadCount(trx, userId);
  });
}

/** Marks all the user's notifications read; returns how many remain unread (none). */
export async function markAllNotificationsRead(ctx: AppContext): Promise<number> {
  const userId = ownerOf(ctx);
  return withTransaction(ctx.database, async (trx) => {
    await notifications.markAllRead(trx, userId, ctx.now());
    return notifications.unreadCount(trx, userId);
  });
}
