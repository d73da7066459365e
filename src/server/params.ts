import { z } from 'zod';

// Ids are 32-bit integer identities on both databases; a larger number can name no row, and
// PostgreSQL would refuse it with an error rather than find nothing.
const MAX_ID = 2_147_483_647;

/** A positive integer id from a route parameter; anything else is a 400 that names the parameter. */
export const idSchema = z.string()
  .regex(/^\d{1,10}$/, 'ska vara ett positivt heltal.')
  .transform(Number)
  .pipe(z.number().int().min(1, 'ska vara ett positivt heltal.').max(MAX_ID, 'ska vara ett positivt heltal.'));

/** Route parameters `{ id }`. */
export const idParams = z.object({ id: idSchema });
