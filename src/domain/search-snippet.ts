// The snippet of a search hit: a short plain text from the section around the words that matched,
// with the matched words given as ranges beside it. Never HTML: the page wraps the ranges in <mark>
// elements itself, so nothing a committee wrote can become markup.
import { queryTermMatcher, termOf, wordsOf } from './search-terms.js';

/** A matched word in a snippet: [start, end) in UTF-16 code units of the snippet's text. */
export interface Mark {
  readonly start: number;
  readonly end: number;
}

/** A hit's snippet: plain text with the matched words' ranges. */
export interface Snippet {
  readonly text: string;
  readonly marks: Mark[];
}

/** About how long a snippet is, in characters. */
export const SNIPPET_LENGTH = 220;
// How much of the text before the first match the snippet shows.
const LEAD = 60;
const ELLIPSIS = '…';

/**
 * The best snippet among a section's texts (project name, narrative title, paragraphs, entry texts):
 * the text with most distinct query terms, then most matched words (the first of equals), cut around
 * its first match. A
 * section that matched only through words spread over several texts still gets the best of them.
 */
export function snippetOf(texts: readonly string[], terms: readonly string[]): Snippet {
  const matchers = terms.map((q) => ({ q, answers: queryTermMatcher(q) }));
  let best: { text: string; marks: Mark[]; distinct: number } | undefined;
  for (const original of texts) {
    const text = original.replace(/\s+/g, ' ').trim();
    const marks: Mark[] = [];
    const found = new Set<string>();
    for (const word of wordsOf(text)) {
      const term = termOf(word.text);
      // The query term it answers (itself, or the last part of a compound: search-terms.ts).
      const answered = term === null ? undefined : matchers.find((m) => m.answers(term));
      if (answered === undefined) continue;
      marks.push({ start: word.start, end: word.end });
      found.add(answered.q);
    }
    const better = best === undefined || found.size > best.distinct || (found.size === best.distinct && marks.length > best.marks.length);
    if (better) best = { text, marks, distinct: found.size };
  }
  return best === undefined ? { text: '', marks: [] } : cut(best.text, best.marks);
}

/** Cuts a text (white space already collapsed) to about SNIPPET_LENGTH characters around its first mark, at spaces. */
function cut(text: string, marks: readonly Mark[]): Snippet {
  if (text.length <= SNIPPET_LENGTH) return { text, marks: [...marks] };
  const first = marks[0]?.start ?? 0;
  let start = Math.max(0, first - LEAD);
  if (start > 0) {
    // Start after a space, so the snippet begins with a whole word.
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const offset = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    marks: marks.filter((m) => m.start >= start && m.end <= end).map((m) => ({ start: m.start + offset, end: m.end + offset })),
  };
}
