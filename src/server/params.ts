import { z } from 'zod';
import { MAX_ID } from '../contract/common.js';

// A larger id than MAX_ID can name no row, and PostgreSQL would refuse it with an error rather than find nothing.

/** A positive integer id from a route parameter; anything else is a 400 that names the parameter. */
export const idSchema = z.string()
  .regex(/^\d{1,10}$/, 'ska vara ett positivt heltal.')
  .transform(Number)
  .pipe(z.number().int().min(1, 'ska vara ett positivt heltal.').max(MAX_ID, 'ska vara ett positivt heltal.'));

/** Route parameters `{ id }`. */
export const idParams = z.object({ id: idSchema });
