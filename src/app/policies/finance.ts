import type { Actor } from '../context.js';

// DESIGN.md §2: the controller books, reconciles and compiles; the central office's admin and the
// readers (politicians, auditors) read what was approved, which is a public record. A committee sees
// its own part of a reconciliation and signs it off (its approver, who also submits its reports).

const central = (actor: Actor) => actor.kind === 'operator' || actor.role === 'controller';

/** Whether the actor may export a round's approved accruals to the ledger (SIE) and see the batches. */
export function canExportLedger(actor: Actor): boolean {
  return central(actor);
}

/** Whether the actor may run a reconciliation, explain or correct its differences and sign it off for the central office. */
export function canReconcile(actor: Actor): boolean {
  return central(actor);
}

/** Whether the actor may read a round's reconciliation: the central office, or a committee user for its own lines. */
export function canReadReconciliation(actor: Actor): boolean {
  if (central(actor)) return true;
  return actor.kind === 'user' && (actor.role === 'admin' || ((actor.role === 'reporter' || actor.role === 'approver') && actor.committeeId !== null));
}

/** The committee whose lines alone the actor may see in a reconciliation, or null for all of them. */
export function reconciliationScope(actor: Actor): number | null {
  if (actor.kind === 'operator' || actor.role === 'controller' || actor.role === 'admin') return null;
  return actor.committeeId;
}

/** Whether the actor may sign a reconciliation off for its committee. */
export function canSignOffForCommittee(actor: Actor, committeeId: number): boolean {
  return actor.kind === 'user' && actor.role === 'approver' && actor.committeeId === committeeId;
}

/** Whether the actor may read the city-wide report and the approved figures of every committee. */
export function canReadCityReport(actor: Actor): boolean {
  return actor.kind === 'operator' || actor.role === 'controller' || actor.role === 'admin' || actor.role === 'reader';
}

/**
 * The committee whose figures alone the actor may see on the dashboard, given the one asked for:
 * the central office and readers see every committee (or the one they ask for); a committee's
 * reporter or approver sees its own, and asking for another is refused. Null means every committee.
 */
export function dashboardScope(actor: Actor, requested: number | null): { committeeId: number | null } | { refused: string } {
  if (canReadCityReport(actor)) return { committeeId: requested };
  if (actor.kind === 'user' && (actor.role === 'reporter' || actor.role === 'approver') && actor.committeeId !== null) {
    if (requested !== null && requested !== actor.committeeId) return { refused: 'Du får bara se din egen nämnds översikt.' };
    return { committeeId: actor.committeeId };
  }
  return { refused: 'Du har inte behörighet att se översikten.' };
}
