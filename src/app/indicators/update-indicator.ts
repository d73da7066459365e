import type { z } from 'zod';
import { auditEvents, indicators, withTransaction } from '../../db/index.js';
import type { Indicator } from '../../db/repositories/indicators.js';
import { indicatorChanges } from '../../contract/indicators.js';
import type { AppContext } from '../context.js';
import { canManageSetup } from '../policies/setup.js';
import { auditBy, changedFields } from '../setup/audit.js';
import { setupForbidden } from '../setup/forbidden.js';
import { parseInput } from '../setup/inputs.js';

/**
 * Renames an indicator, changes its unit or baseline, or retires it (active: false) or brings it
 * back. Editable reports follow; submitted and approved ones keep what they said. Nothing changed
 * writes nothing.
 */
export async function updateIndicator(
  ctx: AppContext, projectId: number, indicatorId: number, input: z.input<typeof indicatorChanges>,
): Promise<Indicator> {
  if (!canManageSetup(ctx.actor)) throw setupForbidden();
  const changes = parseInput(indicatorChanges, input);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const before = await indicators.getForProject(trx, projectId, indicatorId);
    await indicators.update(trx, indicatorId, changes);
    const after = await indicators.getForProject(trx, projectId, indicatorId);
    const changed = changedFields(
      { name: before.name, unit: before.unit, baseline: before.baseline, active: before.active },
      { name: after.name, unit: after.unit, baseline: after.baseline, active: after.active },
    );
    if (changed) {
      await indicators.refreshEditableSections(trx, projectId);
      await auditEvents.append(trx, {
        ...auditBy(ctx, now), action: 'indicator.updated', entityType: 'project', entityId: projectId,
        before: { indicatorId, ...changed.before }, after: { indicatorId, ...changed.after },
      });
    }
    return after;
  });
}
