import { programmes } from '../../db/index.js';
import type { Programme } from '../../db/repositories/programmes.js';
import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { canReadSetup } from '../policies/setup.js';

export type { Programme };

/** Every programme, in Swedish name order. */
export async function listProgrammes(ctx: AppContext): Promise<Programme[]> {
  if (!canReadSetup(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att se satsningarna.');
  return programmes.list(ctx.database.db);
}
