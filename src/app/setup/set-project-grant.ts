import { auditEvents, projects, withTransaction } from '../../db/index.js';
import type { ProjectDetails } from '../../db/repositories/projects.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canManageSetup } from '../policies/setup.js';
import { auditBy } from './audit.js';
import { setupForbidden } from './forbidden.js';
import { grantInput } from '../../contract/projects.js';
import { grantOutsideYears, isActiveIn } from '../../domain/project-years.js';
import { parseInput } from './inputs.js';

/** Sets a project's grant for one year it runs, replacing an earlier amount; records before and after. */
export async function setProjectGrant(
  ctx: AppContext,
  input: { projectId: number; year: number; grantOre: number },
): Promise<ProjectDetails> {
  if (!canManageSetup(ctx.actor)) throw setupForbidden();
  const { year, grantOre } = parseInput(grantInput, { year: input.year, grantOre: input.grantOre });
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const project = await projects.getById(trx, input.projectId);
    if (!isActiveIn(project, year)) throw new AppError('invalid_input', `year: ${grantOutsideYears(project, year)}`, { field: 'year' });
    const before = await projects.grantFor(trx, project.id, year);
    if (before !== grantOre) {
      await projects.setGrant(trx, { projectId: project.id, year, amountOre: grantOre });
      await auditEvents.append(trx, {
        ...auditBy(ctx, now), action: 'project.grant_set', entityType: 'project', entityId: project.id,
        before: { year, grantOre: before ?? null }, after: { year, grantOre },
      });
    }
    return projects.getDetailed(trx, project.id);
  });
}
