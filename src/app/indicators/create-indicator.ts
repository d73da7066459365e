import type { z } from 'zod';
import { auditEvents, indicators, projects, withTransaction } from '../../db/index.js';
import type { Indicator } from '../../db/repositories/indicators.js';
import { indicatorInput } from '../../contract/indicators.js';
import { AppError } from '../../domain/errors.js';
import { INDICATOR_LIMIT_MESSAGES, MAX_INDICATORS_PER_PROJECT } from '../../domain/limits.js';
import type { AppContext } from '../context.js';
import { canManageSetup } from '../policies/setup.js';
import { auditBy } from '../setup/audit.js';
import { setupForbidden } from '../setup/forbidden.js';
import { parseInput } from '../setup/inputs.js';

/**
 * Adds an indicator to a project (name unique within it); the project's editable reports get a row
 * for it at once. One transaction with its audit event.
 */
export async function createIndicator(ctx: AppContext, projectId: number, input: z.input<typeof indicatorInput>): Promise<Indicator> {
  if (!canManageSetup(ctx.actor)) throw setupForbidden();
  const values = parseInput(indicatorInput, input);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    await projects.getById(trx, projectId);
    const existing = await indicators.listForProject(trx, projectId);
    if (existing.length >= MAX_INDICATORS_PER_PROJECT) throw new AppError('invalid_input', INDICATOR_LIMIT_MESSAGES.perProject, { field: 'name' });
    const created = await indicators.create(trx, { projectId, ...values });
    await indicators.refreshEditableSections(trx, projectId);
    await auditEvents.append(trx, {
      ...auditBy(ctx, now), action: 'indicator.created', entityType: 'project', entityId: projectId,
      after: { indicatorId: created.id, name: created.name, unit: created.unit, baseline: created.baseline },
    });
    return indicators.getForProject(trx, projectId, created.id);
  });
}
