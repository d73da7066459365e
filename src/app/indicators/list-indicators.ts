import { indicators, projects } from '../../db/index.js';
import type { Indicator } from '../../db/repositories/indicators.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canReadProject } from '../policies/setup.js';

export type { Indicator };

/**
 * A project's indicators with their targets, for those who may see the project (its committee's
 * users and everyone central); to anyone else the project does not exist.
 */
export async function listIndicators(ctx: AppContext, projectId: number): Promise<Indicator[]> {
  const db = ctx.database.db;
  const project = await projects.getById(db, projectId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  });
  if (project === undefined || !canReadProject(ctx.actor, project)) throw new AppError('not_found', `Projektet ${projectId} finns inte.`, { id: projectId });
  return indicators.listForProject(db, projectId);
}
