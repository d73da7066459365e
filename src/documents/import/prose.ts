import { joinLines, repairInlineHyphens, type Hyphenation } from './hyphenation.js';
import type { SourceLine, TextLine } from './lines.js';
import { typesetWidth } from './typeset-width.js';

/*
 * The extraction loses most paragraph ends: some are marked by a blank line, others (and every page
 * break) are not. A paragraph's last line ends a sentence and stops short of the column's width,
 * whereas inside a paragraph a line ends only because the next word did not fit. So a line that
 * ends a sentence is a paragraph's last line when the next line's first word would have fitted
 * on it. Widths are estimated in a proportional font (typeset-width.ts) and compared with the
 * widest line, the column's width; the margin absorbs the estimate's error (seed: wrapped lines
 * ≥ 1.00 of the column, paragraph ends ≤ 0.85).
 */
const FIT_MARGIN = 0.95;
/** A line that ends a sentence (or a lead-in with a colon), perhaps inside a quote or parenthesis. */
export const SENTENCE_END = /[.!?:]["'”»)]?$/u;
const PARAGRAPH_START = /^[\p{Lu}\p{N}"'”»(]/u;

// A narrow page's column, in the units of typesetWidth: 60 average characters.
const NARROW_COLUMN = 60 * 450;

/** The column width of a document's prose: its widest line, at least a narrow page's width. */
export function proseWidth(lines: readonly SourceLine[]): number {
  let width = NARROW_COLUMN;
  for (const line of lines) {
    if (line.kind === 'text' && !line.text.includes('\t')) width = Math.max(width, typesetWidth(line.text));
  }
  return width;
}

/** True when `next`'s first word would have fitted after `line` in a column `width` wide. */
export function nextWordFits(line: string, next: string, width: number): boolean {
  const nextWord = next.split(/\s/, 1)[0] ?? next;
  return typesetWidth(line) + typesetWidth(' ') + typesetWidth(nextWord) <= width * FIT_MARGIN;
}

/** True when `line`, followed by `next`, was evidently the last line of its paragraph. */
export function endsParagraph(line: string, next: string, width: number): boolean {
  if (!SENTENCE_END.test(line) || !PARAGRAPH_START.test(next)) return false;
  return nextWordFits(line, next, width);
}

/** Joins physical lines into one piece of running text, undoing the hyphenation damage `hyphens` allows. */
export function joinText(lines: readonly string[], hyphens: Hyphenation): string {
  if (hyphens === 'as-written') return lines.filter((line) => line !== '').join(' ');
  // joinLines only looks at the seam and returns the second line intact at the end, so each step
  // rewrites just the previous line's piece: linear in the text, however long the paragraph.
  const pieces: string[] = lines.length > 0 ? [lines[0] ?? ''] : [];
  for (let i = 1; i < lines.length; i++) {
    const previous = pieces[pieces.length - 1] ?? '';
    const next = lines[i] ?? '';
    const joined = joinLines(previous, next, hyphens);
    pieces[pieces.length - 1] = joined.slice(0, joined.length - next.length);
    pieces.push(next);
  }
  const text = pieces.join('');
  return hyphens === 'extraction' ? repairInlineHyphens(text) : text;
}

/** Rebuilds a narrative's paragraphs from its lines and breaks (and short sentence ends, if inferring). */
export function paragraphsOf(lines: readonly SourceLine[], width: number, inferBreaks: boolean, hyphens: Hyphenation): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(joinText(current, hyphens));
    current = [];
  };
  lines.forEach((line, index) => {
    if (line.kind === 'break') return flush();
    current.push(line.text);
    const next = lines[index + 1];
    if (inferBreaks && next?.kind === 'text' && endsParagraph(line.text, next.text, width)) flush();
  });
  flush();
  return paragraphs;
}

/** The text lines among source lines. */
export function textLines(lines: readonly SourceLine[]): TextLine[] {
  return lines.filter((line): line is TextLine => line.kind === 'text');
}
