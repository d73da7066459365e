import { auditEvents, indicators, projects, withTransaction } from '../../db/index.js';
import type { Indicator } from '../../db/repositories/indicators.js';
import { targetChange, targetYear } from '../../contract/indicators.js';
import { AppError } from '../../domain/errors.js';
import { isActiveIn } from '../../domain/project-years.js';
import type { AppContext } from '../context.js';
import { canManageSetup } from '../policies/setup.js';
import { auditBy } from '../setup/audit.js';
import { setupForbidden } from '../setup/forbidden.js';
import { parseInput } from '../setup/inputs.js';

/**
 * Sets an indicator's target for a year the project runs (null removes it), replacing an earlier
 * one; the year's editable reports state the new target. Records before and after.
 */
export async function setIndicatorTarget(
  ctx: AppContext, input: { projectId: number; indicatorId: number; year: number; target: string | null },
): Promise<Indicator> {
  if (!canManageSetup(ctx.actor)) throw setupForbidden();
  const year = parseInput(targetYear, input.year);
  const { target } = parseInput(targetChange, { target: input.target });
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const project = await projects.getById(trx, input.projectId);
    const before = await indicators.getForProject(trx, input.projectId, input.indicatorId);
    if (!isActiveIn(project, year)) {
      throw new AppError('invalid_input', `year: Projektet pågår inte ${year}: målet kan bara sättas för år då projektet pågår.`, { field: 'year' });
    }
    const was = before.targets.find((t) => t.year === year)?.target ?? null;
    if (was === target) return before;
    await indicators.setTarget(trx, before.id, year, target);
    await indicators.refreshEditableSections(trx, input.projectId);
    await auditEvents.append(trx, {
      ...auditBy(ctx, now), action: 'indicator.target_set', entityType: 'project', entityId: input.projectId,
      before: { indicatorId: before.id, year, target: was }, after: { indicatorId: before.id, year, target },
    });
    return indicators.getForProject(trx, input.projectId, input.indicatorId);
  });
}
