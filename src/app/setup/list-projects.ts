import { projects } from '../../db/index.js';
import type { ProjectDetails } from '../../db/repositories/projects.js';
import type { AppContext } from '../context.js';
import { projectListScope } from '../policies/setup.js';

export type { ProjectDetails };

/**
 * Projects with grants, optionally one committee's or those active in a year. A committee user gets
 * their own committee's only; asking for another committee's gives an empty list, not a refusal.
 */
export async function listProjects(ctx: AppContext, filter: { committeeId?: number; year?: number } = {}): Promise<ProjectDetails[]> {
  const scope = projectListScope(ctx.actor);
  if (scope === 'none') return [];
  if (scope.committeeId !== undefined && filter.committeeId !== undefined && filter.committeeId !== scope.committeeId) return [];
  return projects.listDetailed(ctx.database.db, { committeeId: scope.committeeId ?? filter.committeeId, year: filter.year });
}
