// Full-text search over the reports a user may read (GET /api/search).
import { z } from 'zod';
import { MAX_SEARCH_QUERY_LENGTH } from '../domain/limits.js';
import { REPORT_STATES } from '../domain/workflow.js';
import { idField, MAX_ID } from './common.js';

// Query strings arrive as text: an id is 1–10 digits within MAX_ID, a year four digits.
const idText = z.string()
  .regex(/^\d{1,10}$/, 'ska vara ett id (ett positivt heltal).')
  .transform(Number)
  .pipe(z.number().int().min(1, 'ska vara ett id (ett positivt heltal).').max(MAX_ID, 'ska vara ett id (ett positivt heltal).'));
const yearText = z.string().regex(/^\d{4}$/, 'ska vara ett årtal, till exempel 2014.').transform(Number);

/** GET /api/search: the words, and the filters committee (id), round (`2014-VB`), year and programme (id). */
export const searchQuery = z.object({
  q: z.string({ error: 'skriv vad du söker efter.' }).max(MAX_SEARCH_QUERY_LENGTH, `en sökning får vara högst ${MAX_SEARCH_QUERY_LENGTH} tecken.`),
  committee: idText.optional(),
  round: z.string().max(20, 'ska vara en omgång, till exempel 2014-VB.').optional(),
  year: yearText.optional(),
  programme: idText.optional(),
  limit: z.string().regex(/^\d{1,3}$/, 'ska vara ett antal mellan 1 och 100.').transform(Number)
    .pipe(z.number().int().min(1, 'ska vara ett antal mellan 1 och 100.').max(100, 'ska vara ett antal mellan 1 och 100.')).optional(),
});
export type SearchQuery = z.input<typeof searchQuery>;

/** A matched word in a snippet: [start, end) in UTF-16 code units, as JavaScript's `slice` counts. */
export const markSchema = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** One matching project section of a report, best first. */
export const searchHitSchema = z.strictObject({
  reportId: idField,
  reportState: z.enum(REPORT_STATES),
  committee: z.string(),
  round: z.string().nullable().meta({ description: 'Omgången, till exempel 2014-VB; null för en redovisning utanför omgångarna.' }),
  project: z.string(),
  snippet: z.string().meta({ description: 'Ren text (aldrig HTML) kring de ord som matchade.' }),
  marks: z.array(markSchema).meta({ description: 'De matchade orden i snippet: start och slut (UTF-16-index).' }),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** The answer: hits, best first. */
export const searchResultSchema = z.strictObject({ hits: z.array(searchHitSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;
