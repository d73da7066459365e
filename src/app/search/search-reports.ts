import type { Database } from '../../db/index.js';
import * as searchIndex from '../../db/repositories/search.js';
import { AppError } from '../../domain/errors.js';
import { formatRoundCode, parseRoundCode } from '../../domain/period.js';
import { snippetOf, type Mark } from '../../domain/search-snippet.js';
import { MAX_SEARCH_QUERY_LENGTH } from '../../domain/limits.js';
import { queryTerms } from '../../domain/search-terms.js';
import type { ReportState } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { reportListScope } from '../policies/report.js';

/** What is searched for: the words, and optionally a committee, a round (`2014-VB`), a year and a programme. */
export interface SearchInput {
  readonly q: string;
  readonly committeeId?: number;
  readonly round?: string;
  readonly year?: number;
  readonly programmeId?: number;
  /** How many hits at most (1–100; 50 when not given). */
  readonly limit?: number;
}

/** One section of a report that matched, with the text around the matched words. */
export interface SearchHit {
  reportId: number;
  reportState: ReportState;
  committee: string;
  /** The round's code (`2014-VB`), or null for a report outside any round. */
  round: string | null;
  project: string;
  /** Plain text; `marks` says which words in it matched. */
  snippet: string;
  marks: Mark[];
}

/** The most hits one search answers. */
export const MAX_SEARCH_LIMIT = 100;
const DEFAULT_LIMIT = 50;

/**
 * Searches the narratives, project names and entry texts of every report the actor may read (the
 * report policy's list scope, applied in the query, so a limit never hides a readable hit behind an
 * unreadable one), best first.
 */
export async function searchReports(ctx: AppContext, input: SearchInput): Promise<SearchHit[]> {
  const scope = reportListScope(ctx.actor);
  const terms = checkedTerms(input);
  if (scope === 'none') return [];
  return run(ctx.database, terms, scope, input);
}

// Approved reports are public records (offentlighetsprincipen): the public site searches them
// without anyone signed in, and never a draft or a report under review.
/** Searches approved reports only, for a visitor of the public site. */
export function searchApprovedReports(database: Database, input: SearchInput): Promise<SearchHit[]> {
  return run(database, checkedTerms(input), { state: 'approved' }, input);
}

async function run(database: Database, terms: string[], scope: searchIndex.SearchFilter['scope'], input: SearchInput): Promise<SearchHit[]> {
  const round = roundOf(input.round);
  const limit = Math.min(Math.max(1, input.limit ?? DEFAULT_LIMIT), MAX_SEARCH_LIMIT);
  const rows = await searchIndex.search(database.db, terms, {
    scope, committeeId: input.committeeId, round, year: input.year, programmeId: input.programmeId,
  }, limit);
  const texts = await searchIndex.sectionTexts(database.db, rows.map((r) => r.sectionId));
  return rows.map((row) => {
    const snippet = snippetOf(texts.get(row.sectionId) ?? [], terms);
    return {
      reportId: row.reportId,
      reportState: row.reportState,
      committee: row.committee,
      round: row.round === null ? null : formatRoundCode(row.round),
      project: row.project,
      snippet: snippet.text,
      marks: snippet.marks,
    };
  });
}

/** The query's terms; a query that is empty, too long or only common words is refused, naming q. */
function checkedTerms(input: SearchInput): string[] {
  const q = input.q.trim();
  if (q === '') throw new AppError('invalid_input', 'Sökord (q): skriv vad du söker efter.', { field: 'q' });
  if (q.length > MAX_SEARCH_QUERY_LENGTH) {
    throw new AppError('invalid_input', `Sökord (q): en sökning får vara högst ${MAX_SEARCH_QUERY_LENGTH} tecken.`, { field: 'q' });
  }
  const terms = queryTerms(q);
  if (terms.length === 0) {
    throw new AppError('invalid_input', 'Sökord (q): sökningen har bara vanliga småord (som ”och”, ”att”, ”för”); skriv ett ord till.', { field: 'q' });
  }
  return terms;
}

function roundOf(code: string | undefined) {
  if (code === undefined) return undefined;
  const parsed = parseRoundCode(code);
  if (!parsed.ok) throw new AppError('invalid_input', `Omgång (round): ${parsed.message}`, { field: 'round' });
  return parsed.value;
}
