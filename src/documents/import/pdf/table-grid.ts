import { parseKronor } from '../../../domain/money.js';
import { ImportError } from '../errors.js';
import type { Hyphenation } from '../hyphenation.js';
import type { SourceLocation } from '../lines.js';
import { joinText } from '../prose.js';
import { swedishWords } from '../swedish-words.js';
import { typesetWidth } from '../typeset-width.js';
import { bordersOf, cellsByOrder, type CellPart } from './row-cells.js';
import { firstWordWidth, wordsOf, type Line, type Piece } from './geometry.js';
import { COLUMN_NAMES, continuesHeader, opensTable, readHeader, type TableHeader } from './table-header.js';

/*
 * An accrual table read by its geometry. The header gives five columns; the rows' first lines,
 * read by the order of their cells (codes, amount, text), give the borders between them. A row
 * starts where the Konto column has a new account (or a total's label); every line up to the next
 * row is the row's, each word put into the column it lies in, so a value that wraps inside its
 * narrow cell stays in that cell: a code ("17" / "71"), an amount ("1 250" / "000,75", "30 496,7" /
 * "7 kr"), a total's label ("Sum-" / "ma"), the text. A line in the table that is neither a row,
 * nor a row's continuation, nor the header repeated on a new page or column, ends the table. Where
 * the geometry leaves doubt (a word over a column border, an amount over several lines that reads
 * two ways, a line that puts text into a code column) the table is refused with the page, the
 * line and what is odd.
 */

/** One row of the table: an entry (five cells) or a total ("Summa", amount). */
export interface GridRow {
  kind: 'entry' | 'total';
  /** Entry: account, IKB, counterparty, amount, text. Total: label, amount. */
  cells: string[];
  at: Line;
}

/** A table read from the lines: its header, rows, and the index of the first line after it. */
export interface Grid {
  header: Line;
  rows: GridRow[];
  end: number;
}

const HEADING = /^(Projekt\s+\d+\s*:|Delredovisning\s+projekt\s+\d+)/iu;
/** The label of a total row. */
export const TOTAL_LABEL = /^(summa|totalt|total|totalsumma|s:a)\b/iu;
// A total's labels, whole; one broken in a narrow cell ("Summ" / "a", "Sum-" / "ma") is a start of one.
const TOTAL_WORDS = ['summa', 'totalt', 'total', 'totalsumma', 's:a'];
const TOTAL_START = /^(sum|summ|summa|tot|tota|total|totalt|totalsumma|s:a)[-\u00ad:]?$/iu;
// A row's first cell: an account, or the first digits of one broken in a narrow cell.
const CODE = /^\d{1,4}$/u;

type Kind = 'start' | 'total' | 'more' | 'wrap' | 'header';
type Fragment = CellPart & { line: Line };
interface Row {
  kind: 'entry' | 'total';
  at: Line;
  cells: Fragment[][];
}

const location = (line: Line): SourceLocation => ({ line: line.number, onPage: { page: line.page, line: line.onPage } });
const middle = (word: Piece) => (word.x + word.right) / 2;
const labelText = (parts: readonly string[]) => parts.map((part) => part.toLowerCase().replace(/[-\u00ad]$/u, '')).join('');

/** Where the page's columns are: the edges of the column a line is in. */
export interface ColumnEdges {
  columnLeft(line: Line): number;
  columnRight(line: Line): number;
}

/**
 * Reads the table whose header starts at `all[start]`; throws ImportError where it cannot be read
 * with certainty. A table that goes on in the next column or on the next page is read there as
 * if it stood where it started: its lines are moved by as much as their column is.
 */
export function readGrid(all: readonly Line[], start: number, fileName: string, hyphens: Hyphenation, edges: ColumnEdges): Grid {
  const top = all[start];
  if (!top) throw new Error('readGrid: no line at start');
  const stop = all.findIndex((line, i) => i > start && HEADING.test(line.text));
  const lines = all.slice(start, stop < 0 ? all.length : stop).map((line) => moved(line, edges.columnLeft(top) - edges.columnLeft(line)));
  const columnRight = (line: Line) => edges.columnRight(line) + (edges.columnLeft(top) - edges.columnLeft(line));
  const grid = readMoved(lines, fileName, hyphens, columnRight);
  return { ...grid, end: start + grid.end };
}

function moved(line: Line, dx: number): Line {
  if (dx === 0) return line;
  return { ...line, left: line.left + dx, right: line.right + dx, pieces: line.pieces.map((piece) => ({ ...piece, x: piece.x + dx, right: piece.right + dx, edges: piece.edges?.map((edge) => edge + dx) })) };
}

function readMoved(lines: readonly Line[], fileName: string, hyphens: Hyphenation, columnRight: (line: Line) => number): Grid {
  const start = 0;
  const first = lines[start];
  if (!first) throw new Error('readGrid: no line at start');
  const headerEnd = headerLinesEnd(lines, start);
  const header = readHeader(first, lines.slice(start + 1, headerEnd));
  if (typeof header === 'string') throw new ImportError(fileName, location(first), `Tabellens rubrikrad kan inte läsas: ${header}.`);
  const { table, end } = tableLines(lines, headerEnd, header, columnRight);

  // Rows' first lines give their cells by order (codes, amount, text), which fixes the borders;
  // a row's further lines are put in the column they lie in.
  const starts = table.flatMap(({ line, kind }, i) => (kind === 'start' || kind === 'total' ? [{ line, kind, more: rowLines(table, i) }] : []));
  const ordered = cellsByOrder(starts, header.starts, fileName);
  const borders = bordersOf(
    starts.flatMap(({ kind, line }, i) => (kind === 'start' ? [{ cells: ordered[i] ?? [], line }] : [])),
    header.starts,
    fileName,
  );
  const rows: Row[] = [];
  let startIndex = 0;
  for (const { line, kind } of table) {
    if (kind === 'header') continue;
    if (kind === 'start' || kind === 'total') {
      const cells = (ordered[startIndex++] ?? []).map((cell) => cell.map((part) => ({ ...part, line })));
      rows.push({ kind: kind === 'start' ? 'entry' : 'total', at: line, cells });
      continue;
    }
    const row = rows.at(-1);
    if (!row) continue;
    if (kind === 'wrap') {
      row.cells[4]?.push({ text: line.text, x: line.left, right: line.right, line });
      continue;
    }
    for (const [column, fragment] of cellsOfLine(line, borders, fileName)) {
      // Only a code, or a total's label, continues in the code columns: text there is no part of the row.
      if (column < 3 && !(row.kind === 'total' ? /^\p{L}/u : /^\d+$/u).test(fragment.text)) {
        throw new ImportError(
          fileName,
          location(line),
          `”${fragment.text}” står i kolumnen ${COLUMN_NAMES[column] ?? ''} under en rad som redan har sin kod: raden kan inte läsas säkert. Kontrollera tabellen.`,
        );
      }
      row.cells[column]?.push(fragment);
    }
  }
  // The text column's width, at least: its widest line.
  const textWidth = Math.max(0, ...rows.flatMap((row) => {
    const cell = row.cells[4] ?? [];
    return cell.map((f) => Math.max(...cell.filter((g) => g.line === f.line).map((g) => g.right)) - f.x);
  }));
  return { header: first, rows: rows.map((row) => settled(row, textWidth, fileName, hyphens)), end };
}

/** The further lines of the row that starts at `table[start]`. */
function rowLines(table: readonly { line: Line; kind: Kind }[], start: number): Line[] {
  const more: Line[] = [];
  for (let i = start + 1; i < table.length; i++) {
    const item = table[i];
    if (!item || item.kind === 'start' || item.kind === 'total') break;
    if (item.kind === 'more') more.push(item.line);
  }
  return more;
}

function headerLinesEnd(lines: readonly Line[], start: number): number {
  let end = start + 1;
  const first = lines[start];
  while (end < lines.length && first) {
    const line = lines[end];
    const previous = lines[end - 1];
    if (!line || !previous || !(breaksTo(previous, line) || (sameColumn(previous, line) && previous.y - line.y <= 1.8 * line.size)) || !continuesHeader(line)) break;
    end++;
  }
  return end;
}

const sameColumn = (a: Line, b: Line) => a.page === b.page && a.column === b.column;
/** True when `line` is the first of a new page or of the page's next column, `previous` the last before it. */
const breaksTo = (previous: Line, line: Line) =>
  (line.page === previous.page + 1 && line.onPage === 1) || (line.page === previous.page && previous.column === 0 && line.column === 1);

/**
 * The table's lines after its header, each classified by where it starts: a new row (codes in the
 * Konto column), a total row, more of the open row, text wrapped to the margin (a table set with
 * tabs), or the header repeated after a page or column break. The first line that is none ends it.
 */
function tableLines(lines: readonly Line[], from: number, header: TableHeader, columnRight: (line: Line) => number): { table: { line: Line; kind: Kind }[]; end: number } {
  const table: { line: Line; kind: Kind }[] = [];
  // Where the Konto column's content starts (its codes are set flush left), once a row is read.
  let left: number | undefined;
  // The open row's first cell so far: its account, or a total's label (perhaps broken over lines).
  let open: { kind: 'start' | 'total'; first: string[] } | undefined;
  let index = from;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || HEADING.test(line.text)) break;
    const previous = table.at(-1)?.line ?? header.lines.at(-1) ?? line;
    if (opensTable(line)) {
      // The header repeated at the top of a new page or column.
      const end = headerLinesEnd(lines, index);
      for (let i = index; i < end; i++) table.push({ line: lines[i] ?? line, kind: 'header' });
      index = end;
      continue;
    }
    const words = line.pieces.flatMap(wordsOf);
    const leftmost = words[0];
    if (!leftmost) break;
    const size = line.size;
    // On the next line of its row, or the first after a break (the repeated header is no gap).
    const follows = table.at(-1)?.kind === 'header' || breaksTo(previous, line) || (sameColumn(previous, line) && previous.y - line.y < 1.8 * size);
    const atLeft = left === undefined ? middle(leftmost) < (header.starts[1] ?? 0) : leftmost.x < left + 0.3 * size;
    const [, , , amountStart = 0] = header.starts;
    let kind: Kind | undefined;
    if (atLeft && open && follows && continuesFirstCell(open, leftmost.text)) {
      open.first.push(leftmost.text);
      kind = 'more';
    } else if (atLeft && CODE.test(leftmost.text) && (left !== undefined || words.length > 1)) {
      kind = 'start';
    } else if (TOTAL_START.test(leftmost.text) && middle(leftmost) < amountStart && (atLeft || (open !== undefined && follows))) {
      kind = 'total';
    } else if (atLeft) {
      // Text after tabs wraps to the margin: the row's text goes on when the line above was full.
      const full = previous.right + 0.3 * size + firstWordWidth(line) > columnRight(previous);
      if (open && sameColumn(previous, line) && full && previous.y - line.y < 1.5 * size) kind = 'wrap';
    } else if (open && follows) {
      kind = 'more';
    }
    if (kind === undefined) break;
    if (kind === 'start' || kind === 'total') {
      open = { kind, first: [leftmost.text] };
      left ??= leftmost.x;
    }
    table.push({ line, kind });
    index++;
  }
  return { table, end: index };
}

/** True when `word` on a row's next line continues the row's first cell, which is not whole yet. */
function continuesFirstCell(open: { kind: 'start' | 'total'; first: readonly string[] }, word: string): boolean {
  if (open.kind === 'start') {
    const code = open.first.join('');
    return code.length < 4 && /^\d+$/u.test(word) && code.length + word.length <= 4;
  }
  const label = labelText(open.first);
  const longer = labelText([...open.first, word]);
  return !TOTAL_WORDS.includes(label) && /^\p{L}/u.test(word) && TOTAL_WORDS.some((total) => total.startsWith(longer.replace(/:$/u, '')));
}

const columnOf = (x: number, borders: readonly number[]) => borders.filter((border) => x >= border).length;

/** The line's words by column, joined per column; refuses a word that lies over a border. */
function cellsOfLine(line: Line, borders: readonly number[], fileName: string): [number, Fragment][] {
  const byColumn = new Map<number, Piece[]>();
  for (const piece of line.pieces) {
    for (const part of wordsOf(piece)) {
      const column = columnOf(middle(part), borders);
      const left = column === 0 ? -Infinity : (borders[column - 1] ?? 0);
      const right = borders[column] ?? Infinity;
      const tolerance = 0.2 * part.size;
      if (part.x < left - tolerance || part.right > right + tolerance) {
        const over = part.x < left - tolerance ? column - 1 : column;
        const what = column === 3 || over === 2 ? `Beloppet ”${part.text}”` : `Texten ”${part.text}”`;
        throw new ImportError(
          fileName,
          location(line),
          `${what} ligger över gränsen mellan kolumnerna ${COLUMN_NAMES[over] ?? ''} och ${COLUMN_NAMES[over + 1] ?? ''}: tabellens kolumner kan inte skiljas åt säkert. Ge tabellen bredare kolumner och försök igen.`,
        );
      }
      byColumn.set(column, [...(byColumn.get(column) ?? []), part]);
    }
  }
  return [...byColumn.entries()].map(([column, words]) => [
    column,
    { text: words.map((w) => w.text).join(' '), x: words[0]?.x ?? 0, right: words.at(-1)?.right ?? 0, line },
  ]);
}

/** A row's cells as text; an amount over several lines is taken only when it reads one way. */
function settled(row: Row, textWidth: number, fileName: string, hyphens: Hyphenation): GridRow {
  // A code broken in its narrow cell ("177" / "1") is joined without a space.
  const plain = (column: number) => (row.cells[column] ?? []).map((f) => f.text).join(column < 3 && (row.cells[column] ?? []).every((f) => /^\d+$/u.test(f.text)) ? '' : ' ');
  const amount = amountOf(row.cells[3] ?? [], fileName);
  if (row.kind === 'total') {
    if (amount === '' && (row.cells[4] ?? []).length > 0) {
      throw new ImportError(fileName, location(row.at), `Summaraden har sitt belopp utanför kolumnen Belopp (”${plain(4)}”): kontrollera tabellen.`);
    }
    // The label as the text parser knows it, however the cell broke it.
    const label = /^s/iu.test(plain(0)) ? 'Summa' : 'Totalt';
    return { kind: 'total', cells: [label, amount], at: row.at };
  }
  const text = joinText(wordsJoined(row.cells[4] ?? [], textWidth), hyphens);
  return { kind: 'entry', cells: [plain(0), plain(1), plain(2), amount, text], at: row.at };
}

/**
 * A text cell's lines, with each word that the cell broke without a hyphen joined again. A word
 * wider than its cell is broken where the line is full ("Personalkostnad" / "er"): that is so when
 * the line is that word alone and fills the cell (the next letter would not have fitted), and the
 * word list does not say the two are words apart ("Hyra" / "lokal").
 */
function wordsJoined(parts: readonly Fragment[], width: number): string[] {
  // The cell's lines: its parts on one line, joined as the line has them.
  const fragments: Fragment[] = [];
  for (const part of parts) {
    const last = fragments.at(-1);
    if (last && last.line === part.line) fragments[fragments.length - 1] = { ...last, text: `${last.text} ${part.text}`, right: part.right };
    else fragments.push(part);
  }
  const lines: string[] = [];
  fragments.forEach((fragment, i) => {
    const previous = fragments[i - 1];
    const last = lines.at(-1);
    // A line never starts with a comma or full stop after a space: the cell broke the word before it.
    if (previous && last !== undefined && /^\p{L}+$/u.test(previous.text) && /^[,.;:]/u.test(fragment.text)) {
      lines[lines.length - 1] = last + fragment.text;
      return;
    }
    if (previous && last !== undefined && /^\p{L}+$/u.test(previous.text) && /^\p{Ll}/u.test(fragment.text)) {
      const size = previous.line.size || 10;
      const scale = (previous.right - previous.x) / Math.max(1, typesetWidth(previous.text));
      const full = previous.right - previous.x + typesetWidth(fragment.text.charAt(0)) * scale > width - 0.1 * size;
      const second = /^\p{L}+/u.exec(fragment.text)?.[0] ?? '';
      const words = swedishWords();
      const apart = words.isWord(previous.text) && words.isWord(second) && !words.isWord(previous.text + second);
      if (full && !apart) {
        lines[lines.length - 1] = last + fragment.text;
        return;
      }
    }
    lines.push(fragment.text);
  });
  return lines;
}

// More lines than an amount ever takes in its cell; beyond, the cell holds something else.
const MAX_AMOUNT_LINES = 5;

/**
 * An amount from its cell's lines. A narrow cell breaks an amount at a space ("1 250" / "000,75")
 * or, where a group does not fit at all, inside it ("30 496,7" / "7 kr", "9 231 00" / "0" with
 * no-break spaces). Every way of joining the lines (a space or nothing at each break) that reads
 * as an amount has the same digits in the same order, so the same value: the amount is taken when
 * some joining reads, and the lines must lie flush under each other like one cell's.
 */
function amountOf(fragments: readonly Fragment[], fileName: string): string {
  const [first, ...more] = fragments;
  if (!first) return '';
  if (more.length === 0) return first.text;
  // A line broken at a no-break space ends in that space, which sets no glyph: a space's width of slack.
  const same = (a: number, b: number) => Math.abs(a - b) < 0.4 * (first.line.size || 10);
  const aligned = more.every((f) => same(f.x, first.x) || same(f.right, first.right) || same((f.x + f.right) / 2, (first.x + first.right) / 2));
  const spaced = fragments.map((f) => f.text).join(' ');
  if (!aligned || fragments.length > MAX_AMOUNT_LINES) {
    throw new ImportError(fileName, location(first.line), `Beloppet står på flera rader som inte ligger rakt under varandra (”${spaced}”): kontrollera beloppet i originalet och skriv det på en rad.`);
  }
  const readings = new Map<number, string>();
  for (let mask = 0; mask < 2 ** more.length; mask++) {
    const text = fragments.map((f, i) => (i > 0 && (mask & (2 ** (i - 1))) !== 0 ? '' : i > 0 ? ' ' : '') + f.text).join('');
    const value = parseKronor(text);
    if (value.ok && !readings.has(value.value)) readings.set(value.value, text);
  }
  if (readings.size > 1) {
    throw new ImportError(
      fileName,
      location(first.line),
      `Beloppet står på flera rader och kan läsas som ${[...readings.values()].map((text) => `”${text}”`).join(' eller ')}: skriv beloppet på en rad (bredare kolumn) och försök igen.`,
    );
  }
  // No joining reads: the parser names what is wrong with the lines as written.
  return [...readings.values()][0] ?? spaced;
}
