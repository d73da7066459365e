import { crossesLine, lineOf, type Line, type Piece, type Rule, NARRATIVE_HEADING, SECTION_HEADING, PROJECT_HEADING, wordsOf } from './geometry.js';
import { SENTENCE_END } from '../prose.js';
import { continuesHeader, opensTable } from './table-header.js';

/*
 * A page set in two columns puts lines of both columns on one baseline. The columns are found
 * from where lines start and end: a gutter is an empty strip down the middle of the page that no
 * line crosses, with prose on both sides (lines that run as one piece of text across most of
 * their column). Lines that cross it (a full-width heading, a table over the whole width) divide
 * the page into bands; each band with two columns is read column by column, the left one first.
 * A table's rows have cells on both sides of any strip, so a table whose header's columns lie on
 * both sides of the strip is read whole, however empty the strip; a table whose header lies on one
 * side is in that column. A band of a few lines (the end of a section at the top of a page), or of
 * the left column alone (the last page of a text set in columns), is read as the document's other
 * pages show its columns to be.
 */

// The gutter is sought in the middle half of the text's width, as a strip at least this wide (points).
export const GUTTER = 8;
const STEP = 1;
// A line is prose on one side when it runs as one piece (gaps under this × type size) …
const PROSE_GAP = 1.6;
// … across at least this share of that side.
const PROSE_SHARE = 0.5;
// A band is two columns when each side has this many prose lines (one, where the document's other
// pages have two columns at the same gutter).
const PROSE_LINES = 2;
// The fewest lines a gutter more crossed than the page's emptiest strip must set in two columns.
const SECTION_LINES = 5;

/** Where a page's columns lie: the gutter's middle, and how far the left column's lines reach. */
export interface Columns {
  at: number;
  leftEdge: number;
}

/** True when no line of the page crosses a strip around `at`. */
export function isClear(groups: readonly Piece[][], at: number): boolean {
  return groups.every((group) => !crosses(group, at));
}

/** The page's gutter, if some band of the page is set in two columns around it. */
export function pageColumns(groups: readonly Piece[][], rules: readonly Rule[] = []): Columns | undefined {
  const found = findGutter(groups);
  // The emptiest strip may reach the text's edge where lines across the page (a title, the front
  // matter) outnumber a short section's lines in columns, a short line of the right column leaving
  // its end empty: then the emptiest strip between text is the gutter, if the page shows columns there.
  // (Its columns, then, are prose alone: no table's header or row, whose cells leave strips of their own.)
  const prose = (band: readonly Piece[][]) => band.every((group) => !opensTable(lineOf([...group], 0)) && group.every((piece) => !tableLine([piece])));
  for (const gutter of [found, found?.edge ? findGutter(groups, true) : undefined]) {
    const columns = gutter && columnsAt(groups, gutter, rules, (band) => gutter === found || prose(band));
    if (columns) return columns;
  }
  // Nor where a justified column's spaces line up into a strip that fewer lines cross than the
  // gutter, which the title and front matter over the page's width cross: then the gutter is the
  // strip, less crossed than the places beside it, that sets most lines in columns of prose.
  // (Where the emptiest strip is clear, the page shows no columns of its own: a short page
  // in the document's columns, whose gutter the document's pages show.)
  if (!found || isClear(groups, found.at)) return undefined;
  const busier = busierGutter(groups, rules);
  return busier && columnsAt(groups, busier, rules, prose);
}

/** The page's columns around the gutter, if a band (that `takes`) stands in two columns around it. */
function columnsAt(groups: readonly Piece[][], gutter: Gutter, rules: readonly Rule[], takes: (band: readonly Piece[][]) => boolean): Columns | undefined {
  const two = bandsOf(groups, gutter.at, false, rules).filter((band) => !band.whole && isTwoColumns(band.groups, gutter, undefined) && takes(band.groups));
  if (two.length === 0) return undefined;
  const leftEdge = Math.max(...two.flatMap((band) => band.groups.flat().filter((piece) => piece.right <= gutter.at).map((piece) => piece.right)));
  return { at: gutter.at, leftEdge };
}

/**
 * Of the strips in the page's middle half less crossed than the places on both sides of them, the
 * one that sets most lines in two columns, at least SECTION_LINES of them.
 */
function busierGutter(groups: readonly Piece[][], rules: readonly Rule[]): Gutter | undefined {
  if (groups.length < SECTION_LINES) return undefined;
  const bounds = boundsOf(groups);
  const places = middlePlaces(bounds);
  const counts = places.map((at) => groups.filter((group) => crosses(group, at)).length);
  let best: { at: number; lines: number } | undefined;
  for (let i = 1, from = 0; i < places.length - 1; i++) {
    if (counts[i] !== counts[i - 1]) from = i;
    // (The strip ends at i, as crossed all through from `from`, more crossed on both sides, and
    // left uncrossed by as many lines as a section in columns holds.)
    if (from === 0 || (counts[i] ?? 0) >= (counts[i + 1] ?? 0) || (counts[from] ?? 0) >= (counts[from - 1] ?? 0) || groups.length - (counts[i] ?? 0) < SECTION_LINES) continue;
    const at = ((places[from] ?? 0) + (places[i] ?? 0)) / 2;
    const lines = linesInColumns(groups, at, rules);
    if (lines >= SECTION_LINES && lines > (best?.lines ?? 0)) best = { at, lines };
  }
  return best && { ...bounds, at: best.at };
}

/**
 * How many of the page's lines stand in bands read as two columns around `at`: the columns a
 * gutter there would give the page's text.
 */
export function linesInColumns(groups: readonly Piece[][], at: number, rules: readonly Rule[] = []): number {
  if (groups.length === 0) return 0;
  const gutter = { ...boundsOf(groups), at };
  return bandsOf(groups, at, false, rules).filter((band) => !band.whole && isTwoColumns(band.groups, gutter, undefined)).reduce((sum, band) => sum + band.groups.length, 0);
}

/**
 * True when the page ends inside a table that spans the strip (its rows go on on the next page).
 */
export function endsInTable(groups: readonly Piece[][], own: Columns | undefined, known: Columns | undefined, continued: boolean, rules: readonly Rule[] = []): boolean {
  const at = own?.at ?? known?.at;
  if (at === undefined || groups.length === 0) return false;
  // (A total row ends its table: nothing of the table goes on over the page.)
  if (TOTAL_LINE.test(lineOf([...(groups.at(-1) ?? [])], 0).text.trim())) return false;
  return spanningTable(groups, at, continued, rules).has(groups.length - 1);
}

/**
 * The page's lines in reading order, column by column where the page is set in two: its own
 * columns (`pageColumns`), else the document's (a page with too little text to show them).
 */
export function readingOrder(groups: readonly Piece[][], page: number, own: Columns | undefined, known: Columns | undefined, continued = false, headLines = 0, rules: readonly Rule[] = []): Line[] {
  const at = own?.at ?? known?.at;
  const gutter = at === undefined || groups.length === 0 ? undefined : { ...boundsOf(groups), at };
  const lines: Line[] = [];
  if (gutter === undefined) {
    for (const group of groups) lines.push(lineOf(group, page));
  } else {
    const bands = bandsOf(groups, gutter.at, continued, rules);
    // A page with lines across the gutter sets only parts of itself in columns (sections).
    const sections = bands.some((band) => band.whole);
    // Where the last band in two columns had its right column begin (lines read whole below it that
    // end short of there may be its left column's last, below a gutter placed too far left).
    let rightStart: number | undefined;
    for (const [k, band] of bands.entries()) {
      const sides = !band.whole && isTwoColumns(band.groups, gutter, known);
      if (band.whole && rightStart !== undefined) {
        const start = rightStart;
        // (A project's heading, a table: what follows a section, read after both its columns.)
        for (const group of band.groups) {
          const line = lineOf(group, page);
          const leftOnly = !tableLine(group) && !SECTION_HEADING.test(line.text) && !opensTable(line) && line.right < start - GUTTER / 2;
          lines.push(leftOnly ? { ...line, orderInDoubt: true } : line);
        }
        rightStart = undefined;
        continue;
      }
      rightStart = sides ? Math.min(...band.groups.flat().filter((piece) => piece.x >= gutter.at).map((piece) => piece.x)) : undefined;
      if (sides) {
        const { section, after } = sections ? sectionEnd(band.groups, gutter.at, bands[k + 1]?.whole === true) : { section: band.groups, after: [] };
        for (const side of [0, 1] as const) {
          for (const group of section) {
            const part = group.filter((piece) => (side === 0 ? piece.right <= gutter.at : piece.x >= gutter.at));
            if (part.length > 0) lines.push({ ...lineOf(part, page), column: side, twoColumns: true });
          }
        }
        for (const group of after) lines.push(lineOf(group, page));
      } else {
        // The left column alone: its lines end where the document's left column ends.
        const left = !band.whole && known !== undefined && inLeftColumn(band.groups, known);
        for (const group of band.groups) lines.push(left ? { ...lineOf(group, page), column: 0, twoColumns: true } : lineOf(group, page));
      }
    }
  }
  lines.forEach((line, index) => {
    line.onPage = headLines + index + 1;
    line.firstOnPage = index === 0;
  });
  return lines;
}

/**
 * A section set in two columns and what follows it below, in one band when what follows does not
 * cross the gutter (a short heading, a table's header). A section's columns are balanced: they end
 * within a few lines of each other, and what follows starts below both, after a gap. So the lines
 * of the left side that start a block lower than the right column's last line, where the left
 * column has ended level with it, follow the section and are read after its right column —
 * when they begin as what follows a section in a report: a project's heading or a table.
 */
function sectionEnd(band: readonly Piece[][], at: number, wholeBelow = false): { section: Piece[][]; after: Piece[][] } {
  const rights = band.filter((group) => group.some((piece) => piece.x >= at));
  const lowestRight = Math.min(...rights.map((group) => group[0]?.y ?? Infinity));
  const size = Math.max(...band.flat().map((piece) => piece.size));
  for (let i = 1; i < band.length; i++) {
    const group = band[i] ?? [];
    const previous = band[i - 1] ?? [];
    const y = group[0]?.y ?? 0;
    const above = previous[0]?.y ?? 0;
    const below = band.slice(i).every((g) => g.every((piece) => piece.right <= at));
    const follows = PROJECT_HEADING.test(group.map((piece) => piece.text.trim()).join(' ')) || opensTable(lineOf(group, 0));
    // A project's heading that ends the band, its table below it across the gutter, follows the
    // section however much longer the left column ran (a heading kept with its paragraph).
    const heads = PROJECT_HEADING.test(group.map((piece) => piece.text.trim()).join(' ')) && wholeBelow && band.length - i <= 2;
    if (follows && below && y < lowestRight - 0.5 * size && above - y > 1.5 * size && (above >= lowestRight - 3 * size || heads)) {
      return { section: band.slice(0, i), after: band.slice(i) };
    }
  }
  return { section: [...band], after: [] };
}

/** The page's lines split into bands: runs of lines that may be two columns, and lines read whole. */
function bandsOf(groups: readonly Piece[][], at: number, continued = false, rules: readonly Rule[] = []): { groups: Piece[][]; whole: boolean }[] {
  const bands: { groups: Piece[][]; whole: boolean }[] = [];
  const table = spanningTable(groups, at, continued, rules);
  // Lines that are a row's cells wrapped: the line below a row, or below such a line.
  const ofRow = groups.map(() => false);
  for (const [index, group] of groups.entries()) {
    const above = groups[index - 1];
    // A row's cell wrapped to the next line (starting or ending where a piece of the line above does) goes with the row.
    const cellOfRow = above !== undefined && bands.at(-1)?.whole === true && (tableLine(above) || ofRow[index - 1] === true) &&
      (above[0]?.y ?? 0) - (group[0]?.y ?? 0) < 2.5 * (group[0]?.size ?? 10) &&
      group.every((piece) => above.some((cell) => Math.abs(cell.x - piece.x) < 1 || Math.abs(cell.right - piece.right) < 1));
    ofRow[index] = cellOfRow;
    const whole = crosses(group, at) || table.has(index) || cellOfRow;
    const last = bands.at(-1);
    if (last && !last.whole && !whole) last.groups.push(group);
    else bands.push({ groups: [group], whole });
  }
  return bands.flatMap((band) => (band.whole ? [band] : apartAtGaps(band.groups, at)));
}

/**
 * A band split where its right side stops and starts again below, the gap begun by a project's
 * heading on the left: two sections set in columns (a narrative's, each balanced, so what
 * follows one starts below both its columns), with what lies between them (the next project's
 * heading and table) on the page's whole width. A page set in two columns has its left column go
 * on with text where the right one pauses, or end above where the right one does.
 */
function apartAtGaps(groups: readonly Piece[][], at: number): { groups: Piece[][]; whole: boolean }[] {
  const height = (group: readonly Piece[]) => group[0]?.y ?? 0;
  const size = Math.max(...groups.flat().map((piece) => piece.size));
  const rights = groups.filter((group) => group.some((piece) => piece.x >= at)).map(height);
  const heading = (group: readonly Piece[]) => PROJECT_HEADING.test(lineOf([...group], 0).text);
  // Heights (top, bottom) where the right side is empty for more than two lines and resumes below.
  const gaps: [number, number][] = [];
  for (let i = 1; i < rights.length; i++) {
    const [above = 0, below = 0] = [rights[i - 1], rights[i]];
    if (above - below > 3 * size) gaps.push([above - 0.5 * size, below + 0.5 * size]);
  }
  const bands: { groups: Piece[][]; whole: boolean }[] = [];
  let start = 0;
  for (const [top, bottom] of gaps) {
    const inside = groups.flatMap((group, index) => (height(group) < top && height(group) > bottom ? [index] : []));
    // The left column's last line, a line below the right column's last, still ends the section:
    // flush with the line above, or indented from its heading as a paragraph's first line.
    // (The line above in the left column: a line of the right column may stand between them.)
    const endsLeft = (index: number) => {
      const group = groups[index] ?? [];
      const above = groups.slice(0, index).findLast((other) => other.some((piece) => piece.right <= at))?.filter((piece) => piece.right <= at) ?? [];
      const indent = (group[0]?.x ?? 0) - (above[0]?.x ?? 0);
      // (A paragraph's first line under its heading, in another font, stands further below it.)
      const underHeading = above[0]?.font !== group[0]?.font;
      return !heading(group) && !tableLine(group) && !tableLine(above) && group.every((piece) => piece.right <= at) &&
        (Math.abs(indent) < 1 || (indent > 0 && indent < 4 * size && underHeading)) && height(above) - height(group) < (underHeading ? 3 : 1.5) * size && height(group) > top - 2.5 * size;
    };
    while (inside.length > 0 && endsLeft(inside[0] ?? -1)) inside.shift();
    const first = inside[0];
    const last = inside.at(-1);
    // The section's columns end level (balanced, the left one no shorter than the right), and
    // what follows it starts the gap. Where the gap holds the next project's heading and its
    // table and the next section begins below it with its narrative's heading,
    // the left column may end higher (its own heading in larger type took its lines).
    const leftEnd = Math.min(...groups.filter((group) => height(group) >= top && group.some((piece) => piece.right <= at)).map(height));
    const next = (groups[(last ?? 0) + 1] ?? []).filter((piece) => piece.right <= at);
    const between = opensTable(lineOf([...(groups[inside[1] ?? -1] ?? [])], 0)) && NARRATIVE_HEADING.test(lineOf(next, 0).text);
    // The heading's table beside the right column's next lines: the page's left column goes on (a
    // row broken over the columns ended the right one's top, "To-" / "-261" … "talt 360").
    if (first === undefined || last === undefined || !heading(groups[first] ?? []) || (leftEnd > top + size && !between)) continue;
    // (The right column's line may share the header's baseline, "Konto … Text" | "Delredovisning
    // projekt 2": the header has its Text column on the left. "Konto IKB Motpart" | "Belopp, kr Text" has not.)
    const besideTable = groups.slice(last + 1).find((group) => group.some((piece) => piece.right <= at)) ?? [];
    const leftOf = besideTable.filter((piece) => piece.right <= at);
    if (leftOf.length > 0 && opensTable(lineOf(leftOf, 0)) && (leftOf.length === besideTable.length || TEXT_COLUMN.test(lineOf(leftOf, 0).text))) continue;
    bands.push({ groups: groups.slice(start, first), whole: false }, { groups: groups.slice(first, last + 1), whole: true });
    start = last + 1;
  }
  bands.push({ groups: groups.slice(start), whole: false });
  return bands.filter((band) => band.groups.length > 0);
}


/**
 * The lines of tables whose header spans the strip: their rows have cells on both sides of it
 * and are read whole, like lines that cross it. A table goes on until a heading or a line with
 * prose left of the strip.
 */
function spanningTable(groups: readonly Piece[][], at: number, continued: boolean, rules: readonly Rule[]): Set<number> {
  const lines = new Set<number>();
  // The page's tables whose header lies left of the strip, each with its lines.
  const tables: { from: number; end: number }[] = [];
  const start = Math.min(...groups.flat().map((piece) => piece.x));
  const textOf = (group: readonly Piece[]) => group.map((piece) => piece.text.trim()).join(' ');
  // A table that spans the strip on the page before goes on at the top of this one, without its header.
  for (let index = continued ? -1 : 0; index < groups.length; index++) {
    const spans = index < 0 ? true : headerSpans(groups[index] ?? [], at, groups[index - 1]);
    if (spans === undefined) continue;
    // The table's lines: up to a heading or a line with prose left of the strip (unless a row
    // follows it: a row's text set after tabs wraps to the margin).
    const row = (group: readonly Piece[] | undefined) => /^(\d{4}\b|summa\b|totalt?\b)/iu.test(textOf(group ?? []));
    let end = index + 1;
    while (end < groups.length) {
      const group = groups[end] ?? [];
      if (SECTION_HEADING.test(textOf(group)) || (!row(group) && !row(groups[end + 1]) && isProse(group.filter((piece) => piece.right <= at), at - start))) break;
      end++;
    }
    // A header in the left column whose rows' Text cells end flush right across the strip, starting
    // wherever (no column's lines do), spans it: its Text column lies over the strip.
    // So does one whose borders cross the strip, where a row's text stands beyond it.
    const boxed = index >= 0 && boxedAcross(groups[index] ?? [], at, rules) && groups.slice(index, end).some((group) => rowAcross(group, at));
    if (spans || boxed || flushRight(groups.slice(Math.max(0, index), end), at)) for (let i = index; i < end; i++) lines.add(i);
    else tables.push({ from: Math.max(0, index), end });
    index = end - 1;
  }
  // Tables of a row or two each show it together: their rows' Text cells end flush right at one
  // edge across the strip, starting wherever. Each such table spans the strip.
  const flush = tables.filter(({ from, end }) => groups.slice(from, end).some((group) => rowAcross(group, at)));
  if (flush.length > 1 && flushRight(flush.flatMap(({ from, end }) => groups.slice(from, end)), at)) {
    for (const { from, end } of flush) for (let i = from; i < end; i++) lines.add(i);
  }
  return lines;
}

/**
 * Whether a line that holds a table's header has the header's columns on both sides of the strip
 * (undefined: the line holds no header). The header is read on each side alone too, since a line
 * of the other column may share its baseline ("Konto IKB … Text" | "miljöer.").
 */
function headerSpans(group: readonly Piece[], at: number, above?: readonly Piece[]): boolean | undefined {
  // (No part of the line can open a table without a piece that starts "Ko", or "K" going on in the next.)
  if (!group.some((piece) => MAY_OPEN.test(piece.text))) return undefined;
  const left = group.filter((piece) => piece.right <= at);
  // A header word across the strip ("Text" over a cell set flush right) is on its right.
  const right = group.filter((piece) => piece.right > at);
  const opens = (pieces: readonly Piece[]) => pieces.length > 0 && opensTable(lineOf([...pieces], 0));
  if (opens(right)) return false;
  // A header with a word across the strip spans it (its wrapped words below are the table's too).
  if (opens([...group]) && group.some((piece) => piece.x < at && piece.right > at)) return true;
  // The right column's own header, begun on the line above, wrapped beside the left one's.
  if (above && opens(above.filter((piece) => piece.x >= at))) return opens(left) ? false : undefined;
  // A header on the left whose line goes on with its last columns on the right spans the strip;
  // one with its "Text" on the left, or beside the other column's text (or nothing), is in the
  // left column, its words perhaps wrapped below.
  const named = (pieces: readonly Piece[]) => TEXT_COLUMN.test(pieces.map((piece) => piece.text).join(' '));
  if (opens(left)) return !named(left) && named(right) && continuesHeader(lineOf([...right], 0));
  return opens([...group]) ? true : undefined;
}

/**
 * True when a ruled table's borders cross the line on both sides of the strip: its cells lie
 * across it, however its header's words stand (a Text column whose header stands left of the
 * strip and whose text is set flush right beyond it).
 */
function boxedAcross(group: readonly Piece[], at: number, rules: readonly Rule[]): boolean {
  const [y, size] = [group[0]?.y ?? 0, group[0]?.size ?? 10];
  const [before, after] = [at - GUTTER / 2, at + GUTTER / 2];
  const down = rules.filter((rule) => crossesLine(rule, y, size)).map((rule) => (rule.x0 + rule.x1) / 2);
  // (One table's: its top border runs over the strip, not two tables' side by side.)
  const top = rules.some((rule) => rule.x1 - rule.x0 > rule.y1 - rule.y0 && rule.x0 < before && rule.x1 > after && rule.y0 > y && rule.y0 < y + 2.5 * size);
  return top && down.some((x) => x < before) && down.some((x) => x > after);
}

interface Gutter {
  at: number;
  left: number;
  right: number;
  /** The emptiest strip reached the text's edge. */
  edge?: boolean;
}

const crosses = (group: readonly Piece[], at: number) => group.some((piece) => piece.x < at + GUTTER / 2 && piece.right > at - GUTTER / 2);

// A piece of text that may start a table's header's "Konto".
const MAY_OPEN = /^\s*k(o|\s*$)/iu;

// The header word of a table's last column.
const TEXT_COLUMN = /\b(text|kommentar|beskrivning)\b/iu;

// A table's total row.
const TOTAL_LINE = /^(summa|totalt?)\b/iu;

// Table rows and headers: their cells leave strips of their own, which are no gutter.
const TABLE_LINE = /^(\d{4}(?=\s|$)|konto\b|summa\b|totalt?\b)/iu;
/** True when the pieces begin as a table's row or header does. */
const tableLine = (pieces: readonly Piece[] | undefined) => TABLE_LINE.test(pieces?.[0]?.text.trim() ?? '');

function boundsOf(groups: readonly Piece[][]): Gutter {
  const pieces = groups.flat();
  return { at: 0, left: Math.min(...pieces.map((p) => p.x)), right: Math.max(...pieces.map((p) => p.right)) };
}

// A line of nothing but a number's pieces: the rest of an amount or a code a table cell broke ("00", ",92").
const NUMBER_PIECES = /^[-\u2212\u2013]?[\d\s,.]+(?:\s?kr)?$/u;

function findGutter(all: readonly Piece[][], inner = false): Gutter | undefined {
  // A row whose codes its narrow cells broke ("36" "17" "171" / "99" "71" "6") begins with three numbers of its own.
  const row = (group: readonly Piece[]) => tableLine(group) || (group.length > 3 && group.slice(0, 3).every((piece) => /^\d{1,4}$/u.test(piece.text.trim())));
  // A row's cell wrapped to the lines below starts on each where the cell does in the row above it
  // (an amount set flush right ends where it does: "171 292,33" / "kr").
  const inRow = all.map(() => false);
  let lastRow: readonly Piece[] | undefined;
  all.forEach((group, index) => {
    const [first, above] = [group[0], all[index - 1]];
    if (row(group)) {
      lastRow = group;
      inRow[index] = true;
    } else if (first && above && lastRow && inRow[index - 1] && (above[0]?.y ?? 0) - first.y < 2.5 * first.size) {
      const end = group.at(-1)?.right ?? 0;
      inRow[index] = lastRow.some((piece) => wordsOf(piece).some((word) => Math.abs(word.x - first.x) < 1) || (group.length === 1 && Math.abs(piece.right - end) < 1));
    }
  });
  const groups = all.filter((group, index) => !inRow[index] && !NUMBER_PIECES.test(group.map((piece) => piece.text).join(' ').trim()));
  if (groups.length < 2) return undefined;
  const { left, right } = boundsOf(groups);
  // How many lines cross the strip at `at`, each place counted once (the strips below go over the same places).
  const counted = new Map<number, number>();
  const count = (at: number) => {
    const key = Math.round(at * 1000);
    const known = counted.get(key);
    if (known !== undefined) return known;
    const crossing = groups.filter((group) => crosses(group, at)).length;
    counted.set(key, crossing);
    return crossing;
  };
  // The strip around `at` as far as it stays as empty.
  const strip = (at: number, crossing: number) => {
    let [from, to] = [at, at];
    while (from - STEP >= left && count(from - STEP) <= crossing) from -= STEP;
    while (to + STEP <= right && count(to + STEP) <= crossing) to += STEP;
    return { from, to, inside: from > left + GUTTER && to < right - GUTTER };
  };
  // The emptiest places, and each strip as empty around them, once: a title and front matter
  // centred over the page cross the gutter as often as a column's lines cross a gap inside it.
  const places = middlePlaces({ left, right });
  // (Sought between text only, the emptiest strip that does not reach the text's edge.)
  const usable = places.filter((at) => !inner || strip(at, count(at)).inside);
  if (usable.length === 0) return undefined;
  const minimum = Math.min(...usable.map(count));
  // The middle of the emptiest strip: extend it both ways while it stays as empty. Of several
  // such strips that lines cross, the one that sets most of the page's lines in two columns. (Of
  // clear strips, the first: one may lie between a row's cells that spilled beside the text.)
  const strips = new Map(usable.filter((at) => count(at) === minimum).map((at) => strip(at, minimum)).map((found) => [`${found.from}:${found.to}`, found]));
  const rows = all.filter((group) => !groups.includes(group));
  // A strip that reaches the text's edge is no gutter between text: its middle stays.
  const placed = [...strips.values()].map(({ from, to, inside }) => ({ inside, at: inside ? narrowedMiddle(rows, from, to) : (from + to) / 2 }));
  const scored = placed.map((candidate) => ({ ...candidate, lines: placed.length > 1 && minimum > 0 ? linesInColumns(all, candidate.at) : 0 }));
  const best = scored.reduce<(typeof scored)[number] | undefined>((a, b) => (a === undefined || b.lines > a.lines ? b : a), undefined);
  if (!best) return undefined;
  const { inside, at } = best;
  return groups.some((group) => !crosses(group, at)) ? { at, left, right, edge: !inside } : undefined;
}


/** The places a gutter is sought at: every STEP over the middle half of the text's width. */
function middlePlaces({ left, right }: { left: number; right: number }): number[] {
  const places: number[] = [];
  for (let at = left + 0.25 * (right - left); at <= left + 0.75 * (right - left); at += STEP) places.push(at);
  return places;
}

/**
 * The strip's middle; where the lines it was sought without (table rows, numbers) cross it there,
 * the middle of what they leave of it: a column's rows may reach further than its text (an amount
 * set flush right). A row across the whole strip (a table over the page's width) narrows nothing.
 */
function narrowedMiddle(rows: readonly Piece[][], from: number, to: number): number {
  const middle = (from + to) / 2;
  if (!rows.some((group) => crosses(group, middle))) return middle;
  let [left, right] = [from, to];
  for (const piece of rows.flat()) {
    if (piece.x < from && piece.right + GUTTER / 2 > left && piece.right < to) left = piece.right + GUTTER / 2;
    if (piece.right > to && piece.x - GUTTER / 2 < right && piece.x > from) right = piece.x - GUTTER / 2;
  }
  return right - left >= STEP ? (left + right) / 2 : middle;
}

/** True when the pieces on one side form one run of words over at least PROSE_SHARE of the side (a row's codes, numbers alone, are none). */
function isProse(pieces: readonly Piece[], width: number): boolean {
  if (pieces.length === 0 || width <= 0 || !/\p{L}{2}/u.test(pieces.map((piece) => piece.text).join(' ')) || !oneRun(pieces)) return false;
  const extent = (pieces.at(-1)?.right ?? 0) - (pieces[0]?.x ?? 0);
  return extent >= PROSE_SHARE * width;
}

/** True when no gap between the pieces (left to right) is wider than words of prose leave: no cell's or column's gap. */
export function oneRun(pieces: readonly Piece[]): boolean {
  return pieces.every((piece, i) => i === 0 || piece.x - (pieces[i - 1]?.right ?? 0) <= PROSE_GAP * piece.size);
}

/** True when the line is a table's row with its codes left of the strip and its text right of it. */
function rowAcross(group: readonly Piece[], at: number): boolean {
  const [left, right] = [group.filter((piece) => piece.right <= at), group.filter((piece) => piece.x >= at)];
  return tableLine(group) && left.length > 0 && right.length > 0 && !/\p{L}/u.test(left.map((piece) => piece.text).join(' ').replace(/\s(kr|kronor|SEK)\b/gu, ''));
}

/** True when three rows or more have their codes left of the strip and their texts right of it, flush right, starting each elsewhere. */
function flushRight(groups: readonly Piece[][], at: number): boolean {
  const texts = groups.flatMap((group) => (rowAcross(group, at) ? [group.filter((piece) => piece.x >= at)] : []));
  const size = groups[0]?.[0]?.size ?? 10;
  const ends = texts.map((side) => side.at(-1)?.right ?? 0);
  return new Set(texts.map((side) => Math.round(side[0]?.x ?? 0))).size >= 3 && Math.max(...ends) - Math.min(...ends) < 0.1 * size;
}

function isTwoColumns(band: readonly Piece[][], gutter: Gutter, known: Columns | undefined): boolean {
  let leftProse = 0;
  let rightProse = 0;
  let both = false;
  let table = false;
  let beside = false;
  for (const [index, group] of band.entries()) {
    const leftSide = group.filter((piece) => piece.right <= gutter.at);
    const rightSide = group.filter((piece) => piece.x >= gutter.at);
    if (headerSpans(group, gutter.at, band[index - 1]) === true) return false;
    // A table row with its codes on one side and the rest on the other spans the strip; a row
    // in one column has its text (or the other column's) on its side.
    const row = tableLine(group);
    const besideRow = tableLine(rightSide);
    if (row && leftSide.length > 0 && rightSide.length > 0 && !besideRow && !/\p{L}/u.test(leftSide.map((piece) => piece.text).join(''))) table = true;
    if (leftSide.length > 0 && rightSide.length > 0) both = true;
    // A heading with text beside it across the strip: no line of one column holds both.
    // (The heading one run of words: a gap in it is a gutter's, the heading beside the strip's column.)
    if (SECTION_HEADING.test(leftSide.map((piece) => piece.text.trim()).join(' ')) && oneRun(leftSide) && rightSide.length > 0 && /\p{L}{2}/u.test(rightSide.map((piece) => piece.text).join(''))) beside = true;
    if (isProse(leftSide, gutter.at - gutter.left)) leftProse++;
    if (isProse(rightSide, gutter.right - gutter.at)) rightProse++;
  }
  // Rows whose texts across the strip end flush right and start wherever (a column's lines start
  // at its edge or its indent): Text cells set flush right, no column.
  if (flushRight(band, gutter.at)) return false;
  if (leftProse >= PROSE_LINES && rightProse >= PROSE_LINES) return true;
  if (beside && !table) return true;
  // The end of a text flowing into the right column: a line or two there, from the band's top,
  // flush with each other, beside a column of prose.
  const rights = band.map((group) => group.filter((piece) => piece.x >= gutter.at)).filter((side) => side.length > 0);
  const top = band[0]?.[0];
  const flowing =
    rights.length > 0 && rights.length <= PROSE_LINES && leftProse >= 2 * PROSE_LINES && !table && top !== undefined &&
    Math.abs((rights[0]?.[0]?.y ?? 0) - top.y) < 1.5 * top.size &&
    rights.every((side) => Math.abs((side[0]?.x ?? 0) - (rights[0]?.[0]?.x ?? 0)) < 1);
  if (flowing) return true;
  // Where the document's other pages have their gutter, text on both sides of it (and no table
  // row, whose cells would be) is the two columns of a short band.
  // (The middle of a page's emptiest strip moves with what the page holds.)
  if (known === undefined || table || Math.abs(known.at - gutter.at) >= 3 * GUTTER) return false;
  // (Text on both sides: on one line, or on lines of each side between each other's, where the
  // columns' baselines differ.)
  if (!both && !(rightProse >= 1 && sidesInterleave(band, gutter.at))) return false;
  if (leftProse >= 1) return true;
  // A table's rows going on in the left column (its cells narrow, no prose), beside the right
  // column's prose: no line crosses the document's gutter.
  const leftRows = band.filter((group) => /^[-\u2212\u2013]?\d/u.test(group.find((piece) => piece.right <= gutter.at)?.text.trim() ?? '')).length;
  if (leftRows >= 1 && rightProse >= 2 * PROSE_LINES) return true;
  // The end of a section balanced at the top of a page: the left column's last line, a
  // paragraph's short end, beside the right column's lines of prose (one, where its paragraph
  // ends on the next: a short page).
  const ends = band.filter((group) => group.some((piece) => piece.right <= gutter.at) && group.some((piece) => piece.x >= gutter.at));
  return rightProse >= 1 && ends.every((group) => SENTENCE_END.test(lineOf(group.filter((piece) => piece.right <= gutter.at), 0).text));
}

/** True when a line wholly right of `at` stands between two lines wholly left of it. */
function sidesInterleave(band: readonly Piece[][], at: number): boolean {
  const leftOnly = (group: readonly Piece[]) => group.every((piece) => piece.right <= at);
  const [first, last] = [band.findIndex(leftOnly), band.findLastIndex(leftOnly)];
  return band.some((group, index) => index > first && index < last && group.every((piece) => piece.x >= at));
}

/** True when a band's lines all lie in the document's left column and some reach its right edge. */
function inLeftColumn(band: readonly Piece[][], known: Columns): boolean {
  const pieces = band.flat();
  const size = Math.max(...pieces.map((piece) => piece.size));
  return pieces.every((piece) => piece.right <= known.at) && pieces.some((piece) => piece.right >= known.leftEdge - 2 * size);
}
