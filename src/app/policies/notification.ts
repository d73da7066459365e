import type { Actor } from '../context.js';
import { canManageUsers } from './user.js';

// A notification is its recipient's alone: no role reads or marks another's (asked for one, the
// answer is the 404 of a missing one). The outbox holds every user's address and what they were
// told, so only the admin, who keeps the users, reads it.

/** Whether the actor has notifications at all (a signed-in user; not the operator). */
export function canUseNotifications(actor: Actor): actor is Extract<Actor, { kind: 'user' }> {
  return actor.kind === 'user';
}

/** Whether the actor may read the outbox of e-mails. */
export function canReadOutbox(actor: Actor): boolean {
  return canManageUsers(actor);
}
