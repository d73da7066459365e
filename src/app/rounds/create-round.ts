import type { z } from 'zod';
import { auditEvents, rounds, withTransaction } from '../../db/index.js';
import type { Round } from '../../db/repositories/rounds.js';
import { roundPeriod } from '../../domain/period.js';
import type { AppContext } from '../context.js';
import { canManageRounds } from '../policies/round.js';
import { auditBy } from '../setup/audit.js';
import { setupForbidden } from '../setup/forbidden.js';
import { roundInput } from '../../contract/rounds.js';
import { parseInput } from '../setup/inputs.js';

/** Plans a round: its period follows from year and kind; one round per year and kind (else conflict). */
export async function createRound(ctx: AppContext, input: z.input<typeof roundInput>): Promise<Round> {
  if (!canManageRounds(ctx.actor)) throw setupForbidden();
  const { year, kind, deadline } = parseInput(roundInput, input);
  const period = roundPeriod(year, kind);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const round = await rounds.create(trx, { year, kind, periodFrom: period.from, periodTo: period.to, deadline });
    await auditEvents.append(trx, { ...auditBy(ctx, now), action: 'round.created', entityType: 'round', entityId: round.id, after: round });
    return round;
  });
}
