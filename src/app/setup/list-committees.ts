import { committees } from '../../db/index.js';
import type { Committee } from '../../db/repositories/committees.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canReadSetup } from '../policies/setup.js';

export type { Committee };

/** Every committee, active or not, in Swedish name order. */
export async function listCommittees(ctx: AppContext): Promise<Committee[]> {
  if (!canReadSetup(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att se nämnderna.');
  return committees.list(ctx.database.db);
}
