import type { Actor } from '../context.js';

// DESIGN.md §2: admins manage users and their roles. The operator (the command line) is whoever
// holds the database, and must be able to create the first admin, so it may too.
/** Whether the actor may list, create and change users. */
export function canManageUsers(actor: Actor): boolean {
  return actor.kind === 'operator' || actor.role === 'admin';
}

// An admin who deactivated or demoted themself could lock everyone out of user management; another
// admin (or the operator) has to do it, which also means two people agree to it.
/** Whether the actor may deactivate the user or change their role (not their own). */
export function canChangeAccessOf(actor: Actor, userId: number): boolean {
  return canManageUsers(actor) && !(actor.kind === 'user' && actor.id === userId);
}
