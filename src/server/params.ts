import { z } from 'zod';
import { AppError } from '../domain/errors.js';

const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Reads a positive integer id from a route parameter, or answers 400 naming the parameter. */
export function parseId(value: unknown, name = 'id'): number {
  const parsed = idSchema.safeParse(typeof value === 'string' && /^\d+$/.test(value) ? value : NaN);
  if (!parsed.success) throw new AppError('invalid_input', `${name} ska vara ett positivt heltal.`, { field: name });
  return parsed.data;
}
