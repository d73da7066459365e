import type { Actor } from '../context.js';

// DESIGN.md §2: controllers open and close rounds and follow them up; admins may do what the
// set-up allows them. Everyone signed in may see which rounds there are: reports belong to them.

/** Whether the actor may list rounds (everyone signed in). */
export function canReadRounds(_actor: Actor): boolean {
  return true;
}

/** Whether the actor may create, open and close rounds. */
export function canManageRounds(actor: Actor): boolean {
  return actor.kind === 'operator' || actor.role === 'controller' || actor.role === 'admin';
}

/** Whether the actor may see a round's overview: every committee's state, lateness and totals. */
export function canViewRoundOverview(actor: Actor): boolean {
  return actor.kind === 'operator' || actor.role === 'controller' || actor.role === 'admin';
}

/** Whether the actor may remind committees of their unsent reports in a round ("Påminn"). */
export function canRemindCommittees(actor: Actor): boolean {
  return actor.kind === 'operator' || actor.role === 'controller' || actor.role === 'admin';
}
