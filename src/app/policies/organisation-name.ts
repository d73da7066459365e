import { AppError } from '../../domain/errors.js';
import type { Actor } from '../context.js';
import { canManageUsers } from './user.js';

// DESIGN.md §2: the admin keeps users and the site's settings, the organisation's name among them.
// Everyone signed in may read it (it is printed on every document anyone downloads).
/** Whether the actor may change the organisation's name. */
export function canManageOrganisationName(actor: Actor): boolean {
  return canManageUsers(actor);
}

/** The guard of the route that changes it: 403 before the body is read. */
export function assertManagesOrganisationName(actor: Actor): void {
  if (!canManageOrganisationName(actor)) throw new AppError('forbidden', 'Bara en administratör får ändra organisationens namn.');
}
