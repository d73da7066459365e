import type { SearchHit } from '../../api/types.js';

/** A hit's snippet as text, its matched words in <mark>: the text is never read as HTML. */
export function Snippet({ hit }: { hit: Pick<SearchHit, 'snippet' | 'marks'> }) {
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const { start, end } of hit.marks) {
    if (start < at || end > hit.snippet.length) continue;
    if (start > at) parts.push(hit.snippet.slice(at, start));
    parts.push({ mark: hit.snippet.slice(start, end) });
    at = end;
  }
  if (at < hit.snippet.length) parts.push(hit.snippet.slice(at));
  return <p className="search-hit__snippet">{parts.map((part, i) => (typeof part === 'string' ? part : <mark key={i}>{part.mark}</mark>))}</p>;
}
