import type { z } from 'zod';
import { auditEvents, programmes, withTransaction } from '../../db/index.js';
import type { Programme } from '../../db/repositories/programmes.js';
import type { AppContext } from '../context.js';
import { canManageSetup } from '../policies/setup.js';
import { auditBy, changedFields } from './audit.js';
import { setupForbidden } from './forbidden.js';
import { programmeChanges } from '../../contract/programmes.js';
import { parseInput } from './inputs.js';

/** Changes a programme's name, IKB or default account; records what changed. */
export async function updateProgramme(ctx: AppContext, id: number, input: z.input<typeof programmeChanges>): Promise<Programme> {
  if (!canManageSetup(ctx.actor)) throw setupForbidden();
  const changes = parseInput(programmeChanges, input);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const before = await programmes.getById(trx, id);
    const after = await programmes.update(trx, id, changes);
    const changed = changedFields(before, after);
    if (changed) {
      await auditEvents.append(trx, { ...auditBy(ctx, now), action: 'programme.updated', entityType: 'programme', entityId: id, ...changed });
    }
    return after;
  });
}
