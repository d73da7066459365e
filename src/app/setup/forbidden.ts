import { AppError } from '../../domain/errors.js';
import type { Actor } from '../context.js';
import { canManageRounds } from '../policies/round.js';
import { canManageSetup } from '../policies/setup.js';

/** The refusal for a role that may never change the set-up (403, not 404: the set-up is no secret). */
export function setupForbidden(): AppError {
  return new AppError('forbidden', 'Bara controller och administratör får ändra nämnder, satsningar, projekt och omgångar.');
}

/** Throws 403 unless the actor may change committees, programmes, projects and grants. */
export function assertManagesSetup(actor: Actor): void {
  if (!canManageSetup(actor)) throw setupForbidden();
}

/** Throws 403 unless the actor may create, open and close rounds. */
export function assertManagesRounds(actor: Actor): void {
  if (!canManageRounds(actor)) throw setupForbidden();
}
