// What every resource of the API shares: the error body, ids, amounts, dates, "no content".
// Responses are strict objects: the server's serializer refuses a presenter that sends a field the
// contract does not name (src/server/contract.ts), so the description cannot drift from the answer.
import { z } from 'zod';

/** The largest id: ids are 32-bit integer identities on both databases, so a larger number names no row. */
export const MAX_ID = 2_147_483_647;

/** The JSON body of every error the API returns: a stable code, a Swedish message, and details (the field, a conflict). */
export const errorBodySchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
}).meta({ description: 'Fel: en stabil kod och ett svenskt meddelande som namnger fältet.' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The answer with no body (204). */
export const noContent = z.void().meta({ type: 'null', description: 'Inget innehåll.' });

/** A row's id in an answer. */
export const idField = z.number().int().positive();

/** An amount in whole öre (kronor × 100), never a float. */
export const oreField = z.number().int().meta({ description: 'Belopp i hela öre.' });

/** A calendar day, `2014-08-31`. */
export const dayField = z.string().meta({ description: 'Datum, ÅÅÅÅ-MM-DD.' });

/** A moment, ISO 8601 in UTC, `2014-09-15T10:00:00.000Z`. */
export const timestampField = z.string().meta({ description: 'Tidpunkt, ISO 8601.' });

/** A reference to a row in a request body: a positive 32-bit integer; `label` names it in the message. */
export function referenceInput(label: string) {
  const message = `${label} ska vara ett id (ett positivt heltal).`;
  return z.number().int(message).min(1, message).max(MAX_ID, message);
}
