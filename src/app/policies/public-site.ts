import type { Actor } from '../context.js';
import { canManageUsers } from './user.js';

// DESIGN.md §2: the admin keeps users and the site's settings. Reading the public record needs no
// policy of its own: what it shows (approved reports, their figures) is public, and the switch
// decides whether it is served at all.
/** Whether the actor may turn the public record on or off. */
export function canManagePublicSite(actor: Actor): boolean {
  return canManageUsers(actor);
}
