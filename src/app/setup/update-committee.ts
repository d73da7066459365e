import type { z } from 'zod';
import { auditEvents, committees, withTransaction } from '../../db/index.js';
import type { Committee } from '../../db/repositories/committees.js';
import type { AppContext } from '../context.js';
import { canManageSetup } from '../policies/setup.js';
import { auditBy, changedFields } from './audit.js';
import { setupForbidden } from './forbidden.js';
import { committeeChanges } from '../../contract/committees.js';
import { parseInput } from './inputs.js';

/** Renames a committee, changes its counterparty number, or (de)activates it; records what changed. */
export async function updateCommittee(ctx: AppContext, id: number, input: z.input<typeof committeeChanges>): Promise<Committee> {
  if (!canManageSetup(ctx.actor)) throw setupForbidden();
  const changes = parseInput(committeeChanges, input);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const before = await committees.getById(trx, id);
    const after = await committees.update(trx, id, changes);
    const changed = changedFields(before, after);
    if (changed) {
      await auditEvents.append(trx, { ...auditBy(ctx, now), action: 'committee.updated', entityType: 'committee', entityId: id, ...changed });
    }
    return after;
  });
}
