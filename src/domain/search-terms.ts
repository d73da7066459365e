// Swedish search terms: the one place that turns text into what the search index holds and a query
// into what it looks for. Both engines store and match these terms (SQLite in FTS5, PostgreSQL in a
// tsvector), so both find exactly the same sections for the same query.
//
// A term is a word's Snowball (Swedish) stem, with two corrections the stemmer alone lacks:
// - umlaut plurals: `bostäder` stems to `bostäd` and `städer` to `städ`, their singulars to `bost`
//   and `stad`. Folding ä→a and ö→o in the stem and stemming that once more joins them
//   (`bostäd` → `bostad` → `bost`); å is a letter of its own and stays.
// - the neuter definite `-et` (`projektet`, `stycket`), which Snowball keeps: stripped;
// - the `-ad` nouns: Snowball strips `-ad` from `bostad` and `månad` but leaves it in `bostaden` and
//   `månader` (it strips `-en`/`-er` there instead), so a stem still ending in `-ad` is stemmed once
//   more (`bostad` → `bost`).
// PostgreSQL's own `to_tsvector('swedish', …)` runs the same Snowball algorithm and gives the same
// stems as snowball-stemmers (`bostäd`, `bost`, `bostad` for bostäder, bostad, bostaden), so with it
// `bostäder` would not find `bostad`; the terms are therefore made here, in one place, for both.
// A named import: the package marks itself __esModule, so bundlers would find no default export.
import { newStemmer } from 'snowball-stemmers';

const stemmer = newStemmer('swedish');

// Snowball's Swedish stop words (the list PostgreSQL's swedish configuration uses): too common to
// search for, and left out of the index on both engines.
const STOP_WORDS = new Set(
  ('och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne då sin nu har ' +
    'inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara vad över än dig kan sina här ' +
    'ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa ' +
    'några deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta ' +
    'sådana vart dina vars vårt våra ert era vilkas').split(' '),
);

/** The longest word that becomes a term: longer "words" are codes or noise, and nobody types them. */
export const MAX_TERM_LENGTH = 40;

/** A word of a text and where it stands (UTF-16 offsets, as JavaScript strings count). */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The words of a text: runs of letters and digits; everything else separates them. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

const FOLDED: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', æ: 'a', ø: 'o', é: 'e', è: 'e', ü: 'u' };

// Narratives reuse a small vocabulary, and stemming is most of the cost of indexing a section and
// of cutting snippets: terms are remembered per word, up to a bound, then forgotten all at once.
const MEMO_SIZE = 50_000;
const memo = new Map<string, string | null>();

/** The search term of one word, or null for a stop word or a word too long to search for. */
export function termOf(word: string): string | null {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const term = computeTerm(word);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  const lower = word.toLowerCase();
  if (lower.length > MAX_TERM_LENGTH || STOP_WORDS.has(lower)) return null;
  if (/^\p{N}+$/u.test(lower)) return lower;
  const stem = stemmer.stem(lower);
  const folded = stem.replace(/[äöæøéèü]/g, (c) => FOLDED[c] ?? c);
  const term = folded !== stem || folded.endsWith('ad') ? stemmer.stem(folded) : folded;
  // Snowball leaves the neuter definite -et (projektet, stycket, huset): stripped, they meet
  // projekt, stycke, hus. Applied to every term alike, so budget and budgeten still meet (budg).
  // What remains is stemmed like any word (projekt → projek, as Snowball stems projekt itself).
  const rest = term.slice(0, -2);
  return term.endsWith('et') && rest.length >= 3 && /[aeiouyå]/.test(rest) ? stemmer.stem(rest) : term;
}

/** The distinct terms of a query, in the order typed. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const word of wordsOf(query)) {
    const term = termOf(word.text);
    if (term !== null && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

// PostgreSQL refuses a tsvector over 1 MB and keeps at most 256 positions of a lexeme. A section
// may hold 10 million characters (500 paragraphs of 20 000), so both engines index the same
// bounded set: the first MAX_DISTINCT_TERMS distinct terms, each with up to MAX_POSITIONS positions.
// A real narrative has a few thousand distinct words.
/** The most distinct terms one section's index holds. */
export const MAX_DISTINCT_TERMS = 10_000;
/** The most occurrences of one term a section's index counts (for ranking only; presence is what matches). */
export const MAX_POSITIONS = 8;
// PostgreSQL's largest position; later words share it.
const MAX_POSITION = 16_383;

/** A part of a document with its weight: 'title' parts (project name, narrative title) rank higher. */
export interface DocumentPart {
  readonly text: string;
  readonly weight: 'title' | 'body';
}

/** One term of a document: where it occurs (1-based word positions) and whether in a title part. */
export interface DocumentTerm {
  readonly term: string;
  readonly positions: number[];
  readonly weights: ('title' | 'body')[];
}

/** A document's terms in order of first appearance, bounded as the index is (see MAX_DISTINCT_TERMS). */
export function documentTerms(parts: readonly DocumentPart[]): DocumentTerm[] {
  const byTerm = new Map<string, DocumentTerm>();
  let position = 0;
  for (const part of parts) {
    for (const word of wordsOf(part.text)) {
      position += 1;
      const term = termOf(word.text);
      if (term === null) continue;
      let entry = byTerm.get(term);
      if (entry === undefined) {
        if (byTerm.size >= MAX_DISTINCT_TERMS) continue;
        entry = { term, positions: [], weights: [] };
        byTerm.set(term, entry);
      }
      if (entry.positions.length < MAX_POSITIONS) {
        entry.positions.push(Math.min(position, MAX_POSITION));
        entry.weights.push(part.weight);
      }
    }
  }
  return [...byTerm.values()];
}

// Compounds. Swedish writes them as one word (`trygghetsvandringar`), so a search for their last part
// (`vandring`) would find only the word standing alone. Each long term is therefore also indexed
// by a suffix key: the term without its first HEAD_LENGTH letters, reversed, so that "ends with"
// becomes "begins with", a prefix match both engines do from their index (FTS5 `"…" *`, tsquery
// `:*`). A query term of at least SUFFIX_LENGTH letters then also finds the terms ending with it
// after a head of HEAD_LENGTH letters or more: `vandring` finds `trygghetsvandring` and
// `nattvandring`, `rådgivning` finds `skuldrådgivningen`, while `trygg` does not find `otrygg` (a
// one-letter head) nor `ring` `vandring` (a four-letter term; so neither does `kurser`, stem `kurs`,
// find `föräldrakurser`). It is an ending, not a dictionary's compound analysis: `ledning` also
// finds `förledning`. The keys live apart from the terms (their own FTS5 column; in the tsvector behind an underscore, which
// no term has), so a key can never be mistaken for a word.
/** The fewest letters before a compound's last part. */
export const HEAD_LENGTH = 3;
/** The fewest letters of a query term that also finds compounds ending with it. */
export const SUFFIX_LENGTH = 5;

const reversed = (text: string) => [...text].reverse().join('');

const keyMemo = new Map<string, string | null>();

/** The suffix key a term is indexed by, or null for a term too short to end a compound. */
export function suffixKeyOf(term: string): string | null {
  const known = keyMemo.get(term);
  if (known !== undefined) return known;
  const letters = [...term];
  const key = letters.length >= HEAD_LENGTH + SUFFIX_LENGTH ? reversed(letters.slice(HEAD_LENGTH).join('')) : null;
  if (keyMemo.size >= MEMO_SIZE) keyMemo.clear();
  keyMemo.set(term, key);
  return key;
}

/** The prefix of suffix keys a query term looks for, or null for a term too short to. */
export function suffixQueryOf(term: string): string | null {
  return [...term].length >= SUFFIX_LENGTH && !/^\p{N}+$/u.test(term) ? reversed(term) : null;
}

/** Whether a document's term answers a query term: the same term, or a compound ending with it. */
export function answersQueryTerm(term: string, queryTerm: string): boolean {
  return queryTermMatcher(queryTerm)(term);
}

/** A test of document terms against one query term (answersQueryTerm), for testing many terms. */
export function queryTermMatcher(queryTerm: string): (term: string) => boolean {
  const prefix = suffixQueryOf(queryTerm);
  if (prefix === null) return (term) => term === queryTerm;
  return (term) => term === queryTerm || (term.length > prefix.length && (suffixKeyOf(term)?.startsWith(prefix) ?? false));
}

/** A document's suffix keys, each with the positions of the terms it was made from (at most MAX_POSITIONS). */
export function suffixKeys(terms: readonly DocumentTerm[]): { key: string; positions: number[] }[] {
  const byKey = new Map<string, number[]>();
  for (const { term, positions } of terms) {
    const key = suffixKeyOf(term);
    if (key === null) continue;
    const list = byKey.get(key) ?? [];
    for (const position of positions) if (list.length < MAX_POSITIONS && !list.includes(position)) list.push(position);
    byKey.set(key, list);
  }
  return [...byKey].map(([key, positions]) => ({ key, positions: positions.sort((a, b) => a - b) }));
}
