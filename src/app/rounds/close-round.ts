import { auditEvents, rounds, withTransaction } from '../../db/index.js';
import type { Round } from '../../db/repositories/rounds.js';
import type { AppContext } from '../context.js';
import { canManageRounds } from '../policies/round.js';
import { auditBy } from '../setup/audit.js';
import { setupForbidden } from '../setup/forbidden.js';
import { assertCanClose } from './round-state.js';

/** Closes an open round; its reports stay as they are. */
export async function closeRound(ctx: AppContext, roundId: number): Promise<Round> {
  if (!canManageRounds(ctx.actor)) throw setupForbidden();
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    assertCanClose(await rounds.getById(trx, roundId));
    const round = await rounds.close(trx, roundId);
    await auditEvents.append(trx, {
      ...auditBy(ctx, now), action: 'round.closed', entityType: 'round', entityId: roundId, before: { state: 'open' }, after: { state: round.state },
    });
    return round;
  });
}
