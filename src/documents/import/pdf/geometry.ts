import type { SourceLocation } from '../lines.js';
import { typesetWidth } from '../typeset-width.js';

/*
 * Positions are PDF units (points) with y growing upwards, as pdf.js reports them: a piece's y is
 * its baseline, x its left end, right its right end. A piece is what pdf.js calls a text item:
 * a run of glyphs it found together, which may hold several words, or (between table cells with
 * no padding) the end of one cell and the start of the next.
 */

/** A positioned piece of text. */
export interface Piece {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** pdf.js's name for the font: a change of font (bold headings) is a change of block. */
  font: string;
  /** Where each character of `text` begins, and the last ends, where the page gives them exactly. */
  edges?: readonly number[];
  /** The characters a line drawn through them strikes out (a change tracked as deleted, shown). */
  struck?: string;
  /** Set where the page does not show the glyphs: filled white with no shade under them, tiny, or covered by a shape painted over them. */
  hidden?: 'white' | 'tiny' | 'covered' | 'squeezed' | 'overlaid' | 'clipped';
  /** A short line is drawn just before the number, at a minus sign's height, where no character stands. */
  drawnSign?: true;
  /** Set where the glyphs are filled red: the way a negative amount is shown, often with no minus. */
  red?: boolean;
}

/** The superscript of each character that has one: a footnote's number as it is read (document.ts). */
export const SUPERSCRIPT: Readonly<Record<string, string>> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻', '(': '⁽', ')': '⁾' };

/** A mark set raised or lowered beside the text (a footnote's number), as document.ts reads it. */
export const SHIFTED_MARK = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾₀₁₂₃₄₅₆₇₈₉₊₋₍₎]+/u;

/** A straight line drawn on the page along or across it (PDF units, y up): x0 ≤ x1, y0 ≤ y1. */
export interface Rule {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** True when the rule runs down the page through a line of `size` at baseline `y`, from below its baseline to above its x-height: a cell's border beside the line's text. */
export function crossesLine(rule: Rule, y: number, size: number): boolean {
  return rule.y1 - rule.y0 > rule.x1 - rule.x0 && rule.y0 <= y - 0.1 * size && rule.y1 >= y + 0.6 * size;
}

/** The pieces of one line of one column, left to right, and where a reader finds it. */
export interface Line {
  /** The line's number in the whole document's reading order, from 1. */
  number: number;
  page: number;
  /** The line's number on its page in reading order, as a person counts it: a running head above counts. */
  onPage: number;
  /** The first line read on its page (after any running head). */
  firstOnPage?: boolean;
  y: number;
  size: number;
  /** The font of most of the line's characters. */
  font: string;
  pieces: Piece[];
  left: number;
  right: number;
  text: string;
  /** A paragraph start named in our own PDF (wording.ts, PARAGRAPH_ANCHOR). */
  startsParagraph: boolean;
  /** The page column the line was read from: 0 the whole width or the left one, 1 the right one. */
  column: 0 | 1;
  /** Set when the line lies in a band of the page read as two columns. */
  twoColumns: boolean;
  /** Read whole below a band in two columns, it ends short of the right column: it may be the left column's last line, read out of its order. */
  orderInDoubt?: true;
  /** Where rules drawn down the page cross the line's text (x, left to right): a ruled table's cell borders. */
  rules?: readonly number[];
}

/** Where a person finds the line: its number in reading order and its page and line on the page. */
export const locationOf = (line: Line): SourceLocation => ({ line: line.number, onPage: { page: line.page, line: line.onPage } });

/** Pieces whose baselines are this close (× type size) lie on one line. */
export const SAME_BASELINE = 0.4;
/** A gap wider than this (× type size) between pieces is more than a word space. */
export const WORD_GAP = 0.1;

/** The pieces in a line's order joined with single spaces where the layout has a gap. */
export function joinPieces(pieces: readonly Piece[]): string {
  let text = '';
  let previous: Piece | undefined;
  for (const piece of pieces) {
    if (previous) {
      const gap = piece.x - previous.right;
      if (gap > WORD_GAP * Math.max(piece.size, previous.size) && !/\s$/u.test(text) && !/^\s/u.test(piece.text)) text += ' ';
    }
    text += piece.text;
    previous = piece;
  }
  // Ordinary white space collapses; a no-break space is the author's (inside an amount or a name).
  return text.replace(/[ \t\r\n]+/gu, ' ').trim();
}

/**
 * Where each character of a piece begins, estimated: pdf.js gives a piece's width, not its
 * glyphs', so the width is shared out in proportion to the characters' typical widths. Exact at
 * both ends of the piece; inside it good to a fraction of a character.
 */
export function characterEdges(piece: Piece): number[] {
  // Exact, when the piece still holds the text its glyphs were read with.
  if (piece.edges && piece.edges.length === [...piece.text].length + 1) return [...piece.edges];
  const widths = [...piece.text].map((character) => typesetWidth(character));
  const total = widths.reduce((sum, width) => sum + width, 0) || 1;
  const scale = (piece.right - piece.x) / total;
  const edges = [piece.x];
  let at = piece.x;
  for (const width of widths) {
    at += width * scale;
    edges.push(at);
  }
  return edges;
}

/**
 * A piece split into its words (at ordinary spaces), each with its extent: exact where the page
 * gave the piece's glyph edges (and each word keeps its own), estimated otherwise (and no word
 * claims edges).
 */
export function wordsOf(piece: Piece): Piece[] {
  const characters = [...piece.text];
  const exact = piece.edges !== undefined && piece.edges.length === characters.length + 1;
  const edges = characterEdges(piece);
  if (!/ /u.test(piece.text.trim())) {
    const text = piece.text.trim();
    const from = characters.length - [...piece.text.trimStart()].length;
    return [{ ...piece, text, edges: exact ? edges.slice(from, from + [...text].length + 1) : undefined }];
  }
  const words: Piece[] = [];
  let start = -1;
  characters.forEach((character, index) => {
    const space = character === ' ';
    if (!space && start < 0) start = index;
    if ((space || index === characters.length - 1) && start >= 0) {
      const end = space ? index : index + 1;
      const word: Piece = { ...piece, text: characters.slice(start, end).join(''), x: edges[start] ?? piece.x, right: edges[end] ?? piece.right, edges: exact ? edges.slice(start, end + 1) : undefined };
      words.push(word);
      start = -1;
    }
  });
  return words;
}

/** A line made from pieces on one baseline. */
export function lineOf(pieces: Piece[], page: number): Line {
  const sorted = [...pieces].sort((p, q) => p.x - q.x);
  const weight = new Map<string, number>();
  for (const piece of sorted) weight.set(piece.font, (weight.get(piece.font) ?? 0) + piece.text.length);
  const font = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return {
    number: 0,
    page,
    onPage: 0,
    y: Math.max(...sorted.map((p) => p.y)),
    size: Math.max(...sorted.map((p) => p.size)),
    font,
    pieces: sorted,
    left: Math.min(...sorted.map((p) => p.x)),
    right: Math.max(...sorted.map((p) => p.right)),
    text: joinPieces(sorted),
    startsParagraph: false,
    column: 0,
    twoColumns: false,
  };
}

/** The estimated width of a line's first word, in points. */
export function firstWordWidth(line: Line): number {
  const first = line.pieces[0];
  if (!first) return 0;
  const [exact] = wordsOf(first);
  if (first.edges && exact) return exact.right - exact.x;
  const word = first.text.trimStart().split(/\s/u, 1)[0] ?? '';
  return typesetWidth(word) * ((first.right - first.x) / Math.max(1, typesetWidth(first.text)));
}

/** A project's heading ("Projekt 3: …"), the start of its section in a report. */
export const PROJECT_HEADING = /^Projekt\s+\d+\s*:/u;
/** A narrative's heading ("Delredovisning projekt 3 …"). */
export const NARRATIVE_HEADING = /^Delredovisning\s+projekt\s+\d+/iu;
/** Either: where a report's section starts, and a table or paragraph before it ends. */
export const SECTION_HEADING = /^(Projekt\s+\d+\s*:|Delredovisning\s+projekt\s+\d+)/iu;
