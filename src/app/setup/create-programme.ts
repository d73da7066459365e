import type { z } from 'zod';
import { auditEvents, programmes, withTransaction } from '../../db/index.js';
import type { Programme } from '../../db/repositories/programmes.js';
import type { AppContext } from '../context.js';
import { canManageSetup } from '../policies/setup.js';
import { auditBy } from './audit.js';
import { setupForbidden } from './forbidden.js';
import { programmeInput } from '../../contract/programmes.js';
import { parseInput } from './inputs.js';

/** Creates a programme; a name already in use is a conflict. */
export async function createProgramme(ctx: AppContext, input: z.input<typeof programmeInput>): Promise<Programme> {
  if (!canManageSetup(ctx.actor)) throw setupForbidden();
  const values = parseInput(programmeInput, input);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const programme = await programmes.create(trx, values);
    await auditEvents.append(trx, {
      ...auditBy(ctx, now), action: 'programme.created', entityType: 'programme', entityId: programme.id, after: programme,
    });
    return programme;
  });
}
