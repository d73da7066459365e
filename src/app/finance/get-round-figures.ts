import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canReadCityReport } from '../policies/finance.js';
import { roundByCode } from './round-by-code.js';
import { roundFigures, type CommitteeRoundFigures } from './round-figures.js';

/**
 * Grants against approved accruals in a round: every committee for the central office and readers,
 * only its own for a committee user (figures of approved reports; a draft's amounts never show).
 */
export async function getRoundFigures(ctx: AppContext, code: string): Promise<{ round: string; committees: CommitteeRoundFigures[] }> {
  const { actor } = ctx;
  const own = actor.kind === 'user' && (actor.role === 'reporter' || actor.role === 'approver') ? actor.committeeId : null;
  if (!canReadCityReport(actor) && own === null) throw new AppError('forbidden', 'Du har inte behörighet att se omgångens siffror.');
  const db = ctx.database.db;
  const round = await roundByCode(db, code);
  const committees = await roundFigures(db, round, own === null ? {} : { committeeId: own });
  return { round: round.code, committees };
}
