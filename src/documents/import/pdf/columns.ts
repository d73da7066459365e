import { lineOf, type Line, type Piece } from './geometry.js';

/*
 * A page set in two columns puts lines of both columns on one baseline. The columns are found
 * from where lines start and end: a gutter is an empty strip down the middle of the page that no
 * line crosses, with prose on both sides (lines that run as one piece of text across most of
 * their column). Lines that cross it (a full-width heading, a table over the whole width) divide
 * the page into bands; each band with two columns is read column by column, the left one first.
 * A table's rows have cells on both sides of any strip, so a band holding a table header that
 * spans the strip is one column, however empty the strip.
 */

// The gutter is sought in the middle half of the text's width, as a strip at least this wide (points).
const GUTTER = 8;
const STEP = 1;
// A line is prose on one side when it runs as one piece (gaps under this × type size) …
const PROSE_GAP = 1.6;
// … across at least this share of that side.
const PROSE_SHARE = 0.5;
// A band is two columns when each side has this many prose lines.
const PROSE_LINES = 2;
const TABLE_HEADER = /^konto\b.*\bikb\b/iu;

/** The page's lines in reading order, column by column where the page is set in two. */
export function readingOrder(groups: readonly Piece[][], page: number): Line[] {
  const gutter = findGutter(groups);
  const lines: Line[] = [];
  const whole = (group: Piece[]) => lines.push(lineOf(group, page));
  if (gutter === undefined) {
    groups.forEach(whole);
  } else {
    let band: Piece[][] = [];
    const flush = () => {
      if (isTwoColumns(band, gutter)) {
        for (const side of [0, 1] as const) {
          for (const group of band) {
            const part = group.filter((piece) => (side === 0 ? piece.right <= gutter.at : piece.x >= gutter.at));
            if (part.length > 0) lines.push({ ...lineOf(part, page), column: side, twoColumns: true });
          }
        }
      } else {
        band.forEach(whole);
      }
      band = [];
    };
    const table = spanningTable(groups, gutter.at);
    for (const [index, group] of groups.entries()) {
      if (crosses(group, gutter.at) || table.has(index)) {
        flush();
        whole(group);
      } else {
        band.push(group);
      }
    }
    flush();
  }
  lines.forEach((line, index) => (line.onPage = index + 1));
  return lines;
}

const HEADING = /^(Projekt\s+\d+\s*:|Delredovisning\s+projekt\s+\d+)/iu;

/**
 * The lines of tables whose header spans the strip: their rows have cells on both sides of it
 * and are read whole, like lines that cross it. A table goes on until a heading or a line with
 * prose left of the strip.
 */
function spanningTable(groups: readonly Piece[][], at: number): Set<number> {
  const lines = new Set<number>();
  const start = Math.min(...groups.flat().map((piece) => piece.x));
  const textOf = (group: readonly Piece[]) => group.map((piece) => piece.text.trim()).join(' ');
  for (let index = 0; index < groups.length; index++) {
    const header = groups[index] ?? [];
    if (!TABLE_HEADER.test(textOf(header))) continue;
    // The table's lines: up to a heading or a line with prose left of the strip.
    let end = index + 1;
    while (end < groups.length) {
      const group = groups[end] ?? [];
      const text = textOf(group);
      const row = /^(\d{4}\b|summa\b|totalt?\b)/iu.test(text);
      if (HEADING.test(text) || (!row && isProse(group.filter((piece) => piece.right <= at), at - start))) break;
      end++;
    }
    const table = groups.slice(index, end);
    // A table in one column of the page stays in it; one wider than a column spans the strip.
    const spans = table.some((group) => crosses(group, at) || (group.some((piece) => piece.right <= at) && group.some((piece) => piece.x >= at) && group === header));
    if (spans) for (let i = index; i < end; i++) lines.add(i);
    index = end - 1;
  }
  return lines;
}

interface Gutter {
  at: number;
  left: number;
  right: number;
}

const crosses = (group: readonly Piece[], at: number) => group.some((piece) => piece.x < at + GUTTER / 2 && piece.right > at - GUTTER / 2);

// Table rows and headers: their cells leave strips of their own, which are no gutter.
const TABLE_LINE = /^(\d{4}\b|konto\b|summa\b|totalt?\b)/iu;

function findGutter(all: readonly Piece[][]): Gutter | undefined {
  const groups = all.filter((group) => !TABLE_LINE.test(group[0]?.text.trim() ?? ''));
  if (groups.length < 2) return undefined;
  const pieces = groups.flat();
  const left = Math.min(...pieces.map((p) => p.x));
  const right = Math.max(...pieces.map((p) => p.right));
  let best: { at: number; crossing: number } | undefined;
  for (let at = left + 0.25 * (right - left); at <= left + 0.75 * (right - left); at += STEP) {
    const crossing = groups.filter((group) => crosses(group, at)).length;
    if (!best || crossing < best.crossing) best = { at, crossing };
  }
  if (!best) return undefined;
  // The middle of the emptiest strip: extend it both ways while it stays as empty.
  let from = best.at;
  let to = best.at;
  const count = (at: number) => groups.filter((group) => crosses(group, at)).length;
  while (from - STEP >= left && count(from - STEP) <= best.crossing) from -= STEP;
  while (to + STEP <= right && count(to + STEP) <= best.crossing) to += STEP;
  const at = (from + to) / 2;
  return groups.some((group) => !crosses(group, at)) ? { at, left, right } : undefined;
}

/** True when the pieces on one side form one run of text over at least PROSE_SHARE of the side. */
function isProse(pieces: readonly Piece[], width: number): boolean {
  if (pieces.length === 0 || width <= 0) return false;
  for (let i = 1; i < pieces.length; i++) {
    const gap = (pieces[i]?.x ?? 0) - (pieces[i - 1]?.right ?? 0);
    if (gap > PROSE_GAP * (pieces[i]?.size ?? 0)) return false;
  }
  const extent = (pieces.at(-1)?.right ?? 0) - (pieces[0]?.x ?? 0);
  return extent >= PROSE_SHARE * width;
}

function isTwoColumns(band: readonly Piece[][], gutter: Gutter): boolean {
  let leftProse = 0;
  let rightProse = 0;
  for (const group of band) {
    const leftSide = group.filter((piece) => piece.right <= gutter.at);
    const rightSide = group.filter((piece) => piece.x >= gutter.at);
    const text = group.map((piece) => piece.text.trim()).join(' ');
    if (TABLE_HEADER.test(text) && leftSide.length > 0 && rightSide.length > 0) return false;
    if (isProse(leftSide, gutter.at - gutter.left)) leftProse++;
    if (isProse(rightSide, gutter.right - gutter.at)) rightProse++;
  }
  return leftProse >= PROSE_LINES && rightProse >= PROSE_LINES;
}
