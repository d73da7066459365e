// What every resource of the API shares: the error body, ids, amounts, dates, "no content".
// Responses are strict objects: the server's serializer refuses a presenter that sends a field the
// contract does not name (src/server/contract.ts), so the description cannot drift from the answer.
import { z } from 'zod';

/** The largest id: ids are 32-bit integer identities on both databases, so a larger number names no row. */
export const MAX_ID = 2_147_483_647;

/** The longest base64 of a file in a request: a file of 10 MiB (10 485 760 bytes) is 13 981 016 characters. */
export const MAX_FILE_BASE64_LENGTH = 14_000_000;

/** The JSON body of every error the API returns: a stable code, a Swedish message, and details (the field, a conflict). */
export const errorBodySchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
  requestId: z.string().optional().meta({ description: 'Förfrågans id, samma som svarshuvudet x-request-id och loggraden.' }),
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

// A file in JSON is base64 of up to 14 MB of text. A regular expression over it that repeats a group
// (`(?:[A-Za-z0-9+/]{4})*`) makes V8 keep one backtracking frame per group and overflows the stack
// beyond about 3 MB; this loop is linear and uses no stack.
/** Whether the text is standard base64 (RFC 4648: its alphabet, padded to a multiple of four, no line breaks). */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  for (let i = 0; i < text.length - padding; i += 1) {
    if (!isBase64Letter(text.charCodeAt(i))) return false;
  }
  return true;
}

function isBase64Letter(code: number): boolean {
  return (code >= 65 && code <= 90) // A–Z
    || (code >= 97 && code <= 122) // a–z
    || (code >= 48 && code <= 57) // 0–9
    || code === 43 || code === 47; // + /
}

/** A file's bytes in base64 in a request body: not empty, at most `maxLength` characters, checked in linear time. */
export function base64Input(maxLength: number, tooLarge: string) {
  return z.string()
    .min(1, 'Filen är tom.')
    .max(maxLength, tooLarge)
    .refine(isBase64, { error: 'Filens innehåll är inte giltig base64.' })
    .meta({ format: 'byte' });
}
