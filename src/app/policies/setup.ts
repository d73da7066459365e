import type { Actor } from '../context.js';

// DESIGN.md §2: the central office (controllers, and admins who run committees) keeps the set-up;
// everyone signed in may read it, since reports are written against it. A committee user sees only
// its own committee's projects: another committee's plans are that committee's business.

/** Whether the actor may change committees, programmes, projects and grants. */
export function canManageSetup(actor: Actor): boolean {
  return actor.kind === 'operator' || actor.role === 'controller' || actor.role === 'admin';
}

/** Whether the actor may list committees and programmes (everyone signed in). */
export function canReadSetup(_actor: Actor): boolean {
  return true;
}

/** Which projects a list shows the actor: all, one committee's, or none (a committee user without a committee). */
export function projectListScope(actor: Actor): { committeeId?: number } | 'none' {
  if (actor.kind === 'operator') return {};
  switch (actor.role) {
    case 'controller':
    case 'admin':
    case 'reader':
      return {};
    case 'reporter':
    case 'approver':
      return actor.committeeId === null ? 'none' : { committeeId: actor.committeeId };
  }
}

/** Whether the actor may see this project (its committee's users, and everyone central). */
export function canReadProject(actor: Actor, project: { committeeId: number }): boolean {
  const scope = projectListScope(actor);
  return scope !== 'none' && (scope.committeeId === undefined || scope.committeeId === project.committeeId);
}
