import { swedishWords } from './swedish-words.js';

/*
 * Two kinds of damage from PDF text extraction (DESIGN.md §5): a word broken at a line end
 * (`fa-` / `miljebehandlare`) and a line-break hyphen left inside a line after the line breaks
 * were lost (`social-tjänst`). Real hyphens look the same, so the decision comes from a Swedish
 * word list, never from a list of known words in some report:
 *
 * - A hyphen next to an upper-case letter or a digit is real: proper names (`Hässelby-Vällingby`),
 *   abbreviations (`IT-utbildning`, `SSP-möten`, `FoU-arbete`, `SoL-insatser`) and ranges (`13-18`)
 *   are written that way, and a line break inside a lower-case word never produces them.
 * - Web and e-mail addresses (`www.…`, `…://…`, `…@…`) are left exactly as written.
 * - A hyphen followed by a conjunction suspends a compound (`budget- och skuldrådgivning`).
 * - Otherwise the two pieces are joined when the joined word is Swedish, compounds included.
 * - At a line end, pieces that are not words on their own (`Stockholsms-` / `faddrar`) are joined
 *   even when the dictionary does not know the result: the committee's spelling is kept, only
 *   the extraction's hyphen goes.
 */

/**
 * What a hyphen may be, by where the lines came from. The importer never rewrites what a committee
 * wrote, so a hyphen goes only where the extraction or the typesetter can have put it:
 * - `extraction`: legacy text extracted from a PDF, which lost its line breaks, so line-break
 *   hyphens are left at line ends and inside lines; both are repaired.
 * - `line-ends`: a PDF someone else typeset; the reader sees its lines, so only a hyphen at a
 *   line end can be a typesetter's (Word hyphenates when asked to, and a soft hyphen is always its).
 * - `marked`: a PDF whose typesetter set its hyphens apart (LibreOffice draws the hyphen it adds at
 *   a line end as a piece of its own, which the reader turns into a soft hyphen): every other
 *   hyphen is the author's, kept where a line breaks after it ("drop-" / "in" is "drop-in").
 * - `as-written`: a DOCX, whose paragraphs are not broken into lines, and our own PDFs, whose lines
 *   break only at spaces (render/pdf-layout.ts); every hyphen is the author's, and every line break
 *   was a space.
 */
export type Hyphenation = 'extraction' | 'line-ends' | 'marked' | 'as-written';

// Words after which a trailing hyphen means "the same second part as the next word".
const SUSPENSION_WORDS = new Set(['och', 'eller', 'samt', 'respektive', 'resp.', 'liksom']);

const LETTERS_BEFORE_HYPHEN = /(\p{L}+)-$/u;
const FIRST_WORD = /^(\p{L}+)/u;
const INLINE_HYPHENATED = /(?<![\p{L}\p{N}-])(\p{L}+(?:-\p{L}+)+)(?![\p{L}\p{N}])/gu;

function isAbbreviation(part: string): boolean {
  // All capitals (`SSP`), or capitals after the first letter (`FoU`, `SoL`, `KomVux`).
  return (part.length >= 2 && part === part.toUpperCase() && part !== part.toLowerCase()) || /^.\P{Lu}*\p{Lu}/u.test(part);
}

const ADDRESS = /@|:\/\/|^\(?www\./iu;

function startsUpper(part: string): boolean {
  const first = part.charAt(0);
  return first !== first.toLowerCase();
}

/** A hyphen between `left` and `right` that typography would never have put there. */
function hyphenIsReal(left: string, right: string): boolean {
  return isAbbreviation(left) || startsUpper(right) || left.length === 1;
}

/** Joins two physical lines of one paragraph, undoing a hyphen the line break introduced. */
export function joinLines(first: string, second: string, hyphens: Hyphenation = 'line-ends'): string {
  // A soft hyphen shows only where a line breaks: it is never part of the text.
  if (first.endsWith('\u00ad')) return first.slice(0, -1) + second;
  // An en dash between two words ("januari–" / "april") is the author's and has no space after it.
  if (/[\p{L}\p{N}]\u2013$/u.test(first) && /^[\p{L}\p{N}]/u.test(second)) return first + second;
  // So is a slash ("och/" / "eller"): a line may break after it, never a space.
  if (/\p{L}\/$/u.test(first) && /^\p{L}/u.test(second)) return first + second;
  if (!first.endsWith('-')) return first === '' ? second : second === '' ? first : `${first} ${second}`;
  const left = LETTERS_BEFORE_HYPHEN.exec(first)?.[1];
  const rightWord = FIRST_WORD.exec(second)?.[1];
  if (left === undefined || rightWord === undefined) {
    // A line ending in a digit and a hyphen (`13-` / `18`) keeps the hyphen without a space.
    if (/\p{N}-$/u.test(first) && /^\p{N}/u.test(second)) return first + second;
    return first === '' ? second : second === '' ? first : `${first} ${second}`;
  }
  if (ADDRESS.test(first.slice(first.lastIndexOf(' ') + 1))) return first + second;
  const nextToken = second.split(/\s/, 1)[0] ?? '';
  if (SUSPENSION_WORDS.has(nextToken.toLowerCase().replace(/,$/, ''))) return `${first} ${second}`;
  if (hyphens === 'marked') return first + second;
  if (hyphenIsReal(left, rightWord)) return first + second;
  const words = swedishWords();
  const joined = left + rightWord;
  const fragment = !words.isWord(left) || !words.isWord(rightWord);
  if (words.isWord(joined) || fragment) return first.slice(0, -1) + second;
  return first + second;
}

/** Removes line-break hyphens left inside a line (`Stock-holms` → `Stockholms`), keeping real ones. */
export function repairInlineHyphens(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(/\S*-\S*/gu, (token) => (ADDRESS.test(token) ? token : token.replace(INLINE_HYPHENATED, repairCompound)));
}

function repairCompound(compound: string): string {
  const parts = compound.split('-');
  let result = parts[0] ?? '';
  let lastPart = result;
  for (const part of parts.slice(1)) {
    // In-line the hyphen may be the author's, so only a known joined word removes it.
    const join = !hyphenIsReal(lastPart, part) && swedishWords().isWord(lastPart + part);
    result += join ? part : `-${part}`;
    lastPart = join ? lastPart + part : part;
  }
  return result;
}
