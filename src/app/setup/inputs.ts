// The use cases parse their input with the API's own schemas (src/contract) again, so the command
// line and any other caller meet the same rules and the same Swedish messages as the API.
import type { z } from 'zod';
import { AppError } from '../../domain/errors.js';

/**
 * Parses input with a schema, or throws invalid_input naming the first field that is wrong, in the
 * same `field: message` form the HTTP layer gives schema errors.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'innehållet';
  throw new AppError('invalid_input', `${field}: ${issue?.message ?? 'ogiltigt värde.'}`, { field });
}
