import type { SearchHit } from '../../app/search/search-reports.js';
import type * as api from '../../contract/search.js';

/** A search hit in the API, field by field. */
export function presentSearchHit(hit: SearchHit): api.SearchHit {
  return {
    reportId: hit.reportId,
    reportState: hit.reportState,
    committee: hit.committee,
    round: hit.round,
    project: hit.project,
    snippet: hit.snippet,
    marks: hit.marks.map((m) => ({ start: m.start, end: m.end })),
  };
}
