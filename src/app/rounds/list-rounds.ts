import { rounds } from '../../db/index.js';
import type { Round } from '../../db/repositories/rounds.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canReadRounds } from '../policies/round.js';

export type { Round };

/** All rounds, newest year first, T1 → T2 → VB within a year. */
export async function listRounds(ctx: AppContext): Promise<Round[]> {
  if (!canReadRounds(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att se omgångarna.');
  return rounds.list(ctx.database.db);
}
