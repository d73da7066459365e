import { parseKronor } from '../../../domain/money.js';
import { ImportError } from '../errors.js';
import type { Hyphenation } from '../hyphenation.js';
import type { SourceLocation } from '../lines.js';
import { joinText } from '../prose.js';
import { bordersOf, cellsByOrder, type CellPart } from './row-cells.js';
import { firstWordWidth, wordsOf, type Line, type Piece } from './geometry.js';
import { COLUMN_NAMES, continuesHeader, opensTable, readHeader, type TableHeader } from './table-header.js';

/*
 * An accrual table read by its geometry. The header gives five columns; the borders between them
 * are the empty strips between the columns' contents (header and rows together), so amounts set
 * flush right, centred headers and cells without padding all find their column. Every word goes
 * into the column it lies in, and into the row whose first line (the one with the account in the
 * Konto column) it follows, so a value that wraps inside its cell ("1 250" / "000,75") stays in
 * that cell. A line in the table that is neither a row, nor a row's continuation, nor the header
 * repeated on a new page, ends the table. Where the geometry leaves doubt about an amount (a word
 * over a column border, an amount over two lines that reads two ways) the table is refused with
 * the page, the line and what is odd.
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
// A total's label, perhaps broken inside a narrow cell ("Summ" / "a").
const TOTAL_WORD = /^(summa?|summ|totalt?|tota|totalsumma|s:a)[:]?$/iu;

type Kind = 'start' | 'total' | 'more' | 'wrap' | 'header';
type Fragment = CellPart & { line: Line };
interface Row {
  kind: 'entry' | 'total';
  at: Line;
  cells: Fragment[][];
}

const location = (line: Line): SourceLocation => ({ line: line.number, onPage: { page: line.page, line: line.onPage } });
const middle = (word: Piece) => (word.x + word.right) / 2;

/** Reads the table whose header starts at `lines[start]`; throws ImportError where it cannot be read with certainty. */
export function readGrid(lines: readonly Line[], start: number, fileName: string, hyphens: Hyphenation, columnRight: (line: Line) => number): Grid {
  const first = lines[start];
  if (!first) throw new Error('readGrid: no line at start');
  const headerEnd = headerLinesEnd(lines, start);
  const header = readHeader(first, lines.slice(start + 1, headerEnd));
  if (typeof header === 'string') throw new ImportError(fileName, location(first), `Tabellens rubrikrad kan inte läsas: ${header}.`);

  // The table's extent, each line classified by how it starts.
  const table: { line: Line; kind: Kind }[] = [];
  let index = headerEnd;
  let rowOpen = false;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || HEADING.test(line.text)) break;
    const previous = table.at(-1)?.line ?? header.lines.at(-1) ?? first;
    if (opensTable(line)) {
      // The header repeated at the top of a new page.
      const end = headerLinesEnd(lines, index);
      for (let i = index; i < end; i++) table.push({ line: lines[i] ?? line, kind: 'header' });
      index = end;
      continue;
    }
    const kind = classify(line, previous, header, rowOpen, columnRight);
    if (kind === undefined) break;
    if (kind === 'start' || kind === 'total') rowOpen = true;
    table.push({ line, kind });
    index++;
  }

  // Rows' first lines give their cells by order (codes, amount, text), which fixes the borders;
  // a row's further lines are put in the column they lie in.
  const starts = table.flatMap(({ line, kind }) => (kind === 'start' || kind === 'total' ? [{ line, kind }] : []));
  const ordered = cellsByOrder(starts, header.starts[4], fileName);
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
    for (const [column, fragment] of cellsOfLine(line, borders, fileName)) row.cells[column]?.push(fragment);
  }
  return { header: first, rows: rows.map((row) => settled(row, borders, fileName, hyphens)), end: index };
}

function headerLinesEnd(lines: readonly Line[], start: number): number {
  let end = start + 1;
  const first = lines[start];
  while (end < lines.length && first) {
    const line = lines[end];
    const previous = lines[end - 1];
    // A header row may be split by a page break: its next line is the next page's first.
    const nextPage = line?.page === (previous?.page ?? 0) + 1 && line?.onPage === 1;
    if (!line || !previous || (!nextPage && (line.page !== previous.page || previous.y - line.y > 1.8 * line.size)) || !continuesHeader(line)) break;
    end++;
  }
  return end;
}

function classify(line: Line, previous: Line, header: TableHeader, rowOpen: boolean, columnRight: (line: Line) => number): Kind | undefined {
  const words = line.pieces.flatMap(wordsOf);
  const leftmost = words[0];
  if (!leftmost) return undefined;
  const [, ikbStart = 0, counterpartyStart = 0, amountStart = 0] = header.starts;
  // A row starts with its codes; a lone number under them is a code broken in its narrow cell.
  if (/\d/u.test(leftmost.text) && middle(leftmost) < ikbStart && (words.length > 1 || !rowOpen)) return 'start';
  if (TOTAL_WORD.test(leftmost.text) && middle(leftmost) < amountStart) return 'total';
  if (!rowOpen) return undefined;
  const samePage = line.page === previous.page;
  // A row that continues on the next page, or a cell's next line: nothing in the code columns.
  const codePiece = words.length === 1 && /^\d{1,3}$/u.test(leftmost.text);
  if ((codePiece || middle(leftmost) >= counterpartyStart) && (!samePage || previous.y - line.y < 3 * line.size)) return 'more';
  // Text after tabs wraps to the margin: the row's text goes on when the line above was full.
  const full = previous.right + 0.3 * line.size + firstWordWidth(line) > columnRight(previous);
  if (samePage && full && previous.y - line.y < 1.5 * line.size && Math.abs(line.left - (header.starts[0] ?? 0)) < line.size) return 'wrap';
  return undefined;
}

const columnOf = (x: number, borders: readonly number[]) => borders.filter((border) => x >= border).length;

/** The line's words by column, joined per column; refuses a word that lies over a border. */
function cellsOfLine(line: Line, borders: readonly number[], fileName: string): [number, Fragment][] {
  const byColumn = new Map<number, Piece[]>();
  for (const piece of line.pieces) {
    for (const part of wordsOf(piece)) {
      {
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
  }
  return [...byColumn.entries()].map(([column, words]) => [
    column,
    { text: words.map((w) => w.text).join(' '), x: words[0]?.x ?? 0, right: words.at(-1)?.right ?? 0, line },
  ]);
}

/** A row's cells as text; an amount over several lines is taken only when it reads one way. */
function settled(row: Row, borders: readonly number[], fileName: string, hyphens: Hyphenation): GridRow {
  // A code broken in its narrow cell ("177" / "1") is joined without a space.
  const plain = (column: number) => (row.cells[column] ?? []).map((f) => f.text).join(column < 3 && (row.cells[column] ?? []).every((f) => /^\d+$/u.test(f.text)) ? '' : ' ');
  const amount = amountOf(row.cells[3] ?? [], (borders[3] ?? 0) - (borders[2] ?? 0), fileName);
  if (row.kind === 'total') {
    if (amount === '' && (row.cells[4] ?? []).length > 0) {
      throw new ImportError(fileName, location(row.at), `Summaraden har sitt belopp utanför kolumnen Belopp (”${plain(4)}”): kontrollera tabellen.`);
    }
    // The label as the text parser knows it, however the cell broke it.
    const label = /^s/iu.test(plain(0)) ? 'Summa' : 'Totalt';
    return { kind: 'total', cells: [label, amount], at: row.at };
  }
  const text = joinText((row.cells[4] ?? []).map((f) => f.text), hyphens);
  return { kind: 'entry', cells: [plain(0), plain(1), plain(2), amount, text], at: row.at };
}

function amountOf(fragments: readonly Fragment[], width: number, fileName: string): string {
  const [first, ...more] = fragments;
  if (!first) return '';
  if (more.length === 0) return first.text;
  const same = (a: number, b: number) => Math.abs(a - b) < 0.15 * (first.line.size || 10);
  const aligned = more.every((f) => same(f.x, first.x) || same(f.right, first.right) || same((f.x + f.right) / 2, (first.x + first.right) / 2));
  const spaced = fragments.map((f) => f.text).join(' ');
  if (!aligned) {
    throw new ImportError(fileName, location(first.line), `Beloppet står på flera rader som inte ligger rakt under varandra (”${spaced}”): kontrollera beloppet i originalet och skriv det på en rad.`);
  }
  const tight = fragments.map((f) => f.text).join('');
  const spacedValue = parseKronor(spaced);
  const tightValue = parseKronor(tight);
  if (!tightValue.ok || (spacedValue.ok && spacedValue.value === tightValue.value)) return spaced;
  // A word is broken inside only when it does not fit the cell whole: if the amount would have
  // fitted on one line, the line broke at a space; if the first line fills the cell, inside a word.
  const wholeWidth = fragments.reduce((sum, f) => sum + (f.right - f.x), 0);
  if (spacedValue.ok && wholeWidth <= 0.9 * width) return spaced;
  if (!spacedValue.ok && first.right - first.x >= 0.8 * width) return tight;
  throw new ImportError(
    fileName,
    location(first.line),
    `Beloppet står på två rader och kan läsas som ”${spaced}” eller ”${tight}”: skriv beloppet på en rad (bredare kolumn) och försök igen.`,
  );
}
