import { AppError } from '../../domain/errors.js';

/** The refusal for a role that may never change the set-up (403, not 404: the set-up is no secret). */
export function setupForbidden(): AppError {
  return new AppError('forbidden', 'Bara controller och administratör får ändra nämnder, satsningar, projekt och omgångar.');
}
