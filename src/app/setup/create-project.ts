import type { z } from 'zod';
import { auditEvents, projects, withTransaction } from '../../db/index.js';
import type { ProjectDetails } from '../../db/repositories/projects.js';
import type { AppContext } from '../context.js';
import { canManageSetup } from '../policies/setup.js';
import { auditBy } from './audit.js';
import { setupForbidden } from './forbidden.js';
import { projectInput } from '../../contract/projects.js';
import { parseInput } from './inputs.js';
import { assertNumberFree, referencedCommittee, referencedProgramme } from './references.js';

/** Creates a project with its grants; its name and number must be free within the committee. */
export async function createProject(ctx: AppContext, input: z.input<typeof projectInput>): Promise<ProjectDetails> {
  if (!canManageSetup(ctx.actor)) throw setupForbidden();
  const { grants, ...values } = parseInput(projectInput, input);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    await referencedCommittee(trx, values.committeeId);
    await referencedProgramme(trx, values.programmeId);
    await assertNumberFree(trx, values.committeeId, values.number);
    const project = await projects.create(trx, values);
    for (const grant of grants) await projects.setGrant(trx, { projectId: project.id, year: grant.year, amountOre: grant.grantOre });
    await auditEvents.append(trx, {
      ...auditBy(ctx, now), action: 'project.created', entityType: 'project', entityId: project.id, after: { ...project, grants },
    });
    return projects.getDetailed(trx, project.id);
  });
}
