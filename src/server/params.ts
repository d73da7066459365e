import { z } from 'zod';
import { AppError } from '../domain/errors.js';

// Ids are 32-bit integer identities on both databases; a larger number can name no row, and
// PostgreSQL would refuse it with an error rather than find nothing.
const MAX_ID = 2_147_483_647;
const idSchema = z.coerce.number().int().positive().max(MAX_ID);

/** Reads a positive integer id from a route parameter, or answers 400 naming the parameter. */
export function parseId(value: unknown, name = 'id'): number {
  const parsed = idSchema.safeParse(typeof value === 'string' && /^\d+$/.test(value) ? value : NaN);
  if (!parsed.success) throw new AppError('invalid_input', `${name} ska vara ett positivt heltal.`, { field: name });
  return parsed.data;
}
