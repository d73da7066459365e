import { reconciliations } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canReadReconciliation } from '../policies/finance.js';
import { roundByCode } from './round-by-code.js';

/** The round's reconciliations, newest first (who made them, when, from which file). */
export async function listReconciliations(ctx: AppContext, code: string): Promise<{ id: number; createdAt: string; createdBy: string; bookedFileName: string }[]> {
  if (!canReadReconciliation(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att läsa avstämningarna.');
  const round = await roundByCode(ctx.database.db, code);
  return (await reconciliations.listForRound(ctx.database.db, round.id))
    .map((r) => ({ id: r.id, createdAt: r.createdAt, createdBy: r.actorLabel, bookedFileName: r.bookedFileName }));
}
