import type { z } from 'zod';
import { auditEvents, committees, withTransaction } from '../../db/index.js';
import type { Committee } from '../../db/repositories/committees.js';
import type { AppContext } from '../context.js';
import { canManageSetup } from '../policies/setup.js';
import { auditBy } from './audit.js';
import { setupForbidden } from './forbidden.js';
import { committeeInput } from '../../contract/committees.js';
import { parseInput } from './inputs.js';

/** Creates a committee; a name already in use is a conflict. */
export async function createCommittee(ctx: AppContext, input: z.input<typeof committeeInput>): Promise<Committee> {
  if (!canManageSetup(ctx.actor)) throw setupForbidden();
  const values = parseInput(committeeInput, input);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const committee = await committees.create(trx, values);
    await auditEvents.append(trx, {
      ...auditBy(ctx, now), action: 'committee.created', entityType: 'committee', entityId: committee.id, after: committee,
    });
    return committee;
  });
}
