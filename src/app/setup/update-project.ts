import type { z } from 'zod';
import { auditEvents, projects, withTransaction } from '../../db/index.js';
import type { ProjectDetails } from '../../db/repositories/projects.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canManageSetup } from '../policies/setup.js';
import { auditBy, changedFields } from './audit.js';
import { setupForbidden } from './forbidden.js';
import { projectChanges } from '../../contract/projects.js';
import { yearsReversed } from '../../domain/project-years.js';
import { parseInput } from './inputs.js';
import { assertNumberFree, referencedProgramme } from './references.js';

/**
 * Changes a project's name, number, ledger code, programme or years; its committee stays. Grants already given
 * stay even when the years shrink: they are history, and reports of those years still show them.
 */
export async function updateProject(ctx: AppContext, id: number, input: z.input<typeof projectChanges>): Promise<ProjectDetails> {
  if (!canManageSetup(ctx.actor)) throw setupForbidden();
  const changes = parseInput(projectChanges, input);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const before = await projects.getById(trx, id);
    const from = changes.activeFromYear ?? before.activeFromYear;
    const to = changes.activeToYear === undefined ? before.activeToYear : changes.activeToYear;
    if (to !== null && to < from) {
      const field = changes.activeToYear === undefined ? 'activeFromYear' : 'activeToYear';
      throw new AppError('invalid_input', `${field}: ${yearsReversed(from, to)}`, { field });
    }
    if (changes.programmeId !== undefined) await referencedProgramme(trx, changes.programmeId);
    if (changes.number !== undefined) await assertNumberFree(trx, before.committeeId, changes.number, id);
    if (changes.projectCode !== undefined) await projects.assertProjectCodeFree(trx, changes.projectCode, id);
    const after = await projects.update(trx, id, changes);
    const changed = changedFields(before, after);
    if (changed) {
      await auditEvents.append(trx, { ...auditBy(ctx, now), action: 'project.updated', entityType: 'project', entityId: id, ...changed });
    }
    return projects.getDetailed(trx, id);
  });
}
