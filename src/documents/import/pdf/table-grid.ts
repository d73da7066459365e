import { parseKronor } from '../../../domain/money.js';
import { wholeKronor } from '../table.js';
import { PDF_CELL_PADDING } from '../../wording.js';
import { ImportError } from '../errors.js';
import type { Hyphenation } from '../hyphenation.js';
import { joinText } from '../prose.js';
import { swedishWords } from '../swedish-words.js';
import { typesetWidth } from '../typeset-width.js';
import { bordersOf, cellsByOrder, leadAndAmount, type CellPart } from './row-cells.js';
import { firstWordWidth, locationOf, wordsOf, type Line, type Piece, SECTION_HEADING, SHIFTED_MARK } from './geometry.js';
import { COLUMN_NAMES, continuesHeader, continuesHeaderIn, opensTable, readHeader, type TableHeader } from './table-header.js';

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
  /** What a person must check about how the row was read, in Swedish. */
  doubt?: string;
  /** The amount cell's lines as they stand on the page. */
  amountLines: string[];
}

/** A table read from the lines: its rows, and the index of the first line after its header's. */
export interface Grid {
  rows: GridRow[];
  end: number;
}

// A total's labels, whole; one broken in a narrow cell ("Summ" / "a", "Sum-" / "ma") is a start of one.
const TOTAL_WORDS = ['summa', 'totalt', 'total', 'totalsumma', 's:a'];
// What a total row's further line may hold: its amount's rest ("859,24", "kr").
const TOTAL_MORE = /^([-\u2212\u2013]?[\d.,:\u00a0-]+|kr|kronor|sek)$/iu;
const TOTAL_START = /^(su|sum|summ|summa|to|tot|tota|total|totalt|totalsumma|s:a)[-\u00ad:]?$/iu;
// A row's first cell: an account, or the first digits of one broken in a narrow cell.
const CODE = /^\d{1,4}$/u;

type Kind = 'start' | 'total' | 'more' | 'wrap' | 'header';
type Fragment = CellPart & { line: Line };
interface Row {
  kind: 'entry' | 'total';
  at: Line;
  cells: Fragment[][];
}

const middle = (word: Piece) => (word.x + word.right) / 2;
const labelText = (parts: readonly string[]) => parts.map((part) => part.toLowerCase().replace(/[-\u00ad]$/u, '')).join('');

/** Where the page's columns are: the edges of the column a line is in. */
export interface ColumnEdges {
  columnLeft(line: Line): number;
  columnRight(line: Line): number;
  /** The usual distance between baselines for the line's type size (its table's lines are this far apart). */
  pitch?(line: Line): number;
}

/**
 * How far below the line above a line of the same cell or row may stand: a wrapped line is a
 * line's pitch below, which the document's line spacing (single, 115 %, 150 %) sets.
 */
type Reach = (line: Line, share?: number) => number;

/**
 * Reads the table whose header starts at `all[start]`; throws ImportError where it cannot be read
 * with certainty. A table that goes on in the next column or on the next page is read there as
 * if it stood where it started: its lines are moved by as much as their column is.
 */
export function readGrid(all: readonly Line[], start: number, fileName: string, hyphens: Hyphenation, edges: ColumnEdges): Grid {
  const top = all[start];
  if (!top) throw new Error('readGrid: no line at start');
  const stop = all.findIndex((line, i) => i > start && SECTION_HEADING.test(line.text));
  // Lines in another column or on another page are moved by as much as their column's edge is.
  // A ruled table's left border says it exactly; otherwise the edge of the text in the column.
  // One shift per page and column, as its first line of the table gives it (a band of the page
  // read in columns below the table's last row may have another edge of its own).
  const shifts = new Map<string, number>();
  const shift = (line: Line) => {
    if (line.page === top.page && line.column === top.column) return 0;
    const key = `${line.page}:${line.column}`;
    const known = shifts.get(key);
    if (known !== undefined) return known;
    // Pages set whole share their margins; a column's edge is where its text starts.
    const [from, to] = [top.rules?.[0], line.rules?.[0]];
    const dx = from !== undefined && to !== undefined ? from - to : !top.twoColumns && !line.twoColumns ? 0 : edges.columnLeft(top) - edges.columnLeft(line);
    shifts.set(key, dx);
    return dx;
  };
  const lines = all.slice(start, stop < 0 ? all.length : stop).map((line) => moved(line, shift(line)));
  const columnRight = (line: Line) => edges.columnRight(line) + shift(line);
  const reach: Reach = (line, share = 0.6) => Math.max((1.2 + share) * line.size, (edges.pitch?.(line) ?? 0) + share * line.size);
  const grid = readMoved(lines, fileName, hyphens, columnRight, reach);
  return { ...grid, end: start + grid.end };
}

function moved(line: Line, dx: number): Line {
  if (dx === 0) return line;
  return { ...line, left: line.left + dx, right: line.right + dx, rules: line.rules?.map((x) => x + dx), pieces: line.pieces.map((piece) => ({ ...piece, x: piece.x + dx, right: piece.right + dx, edges: piece.edges?.map((edge) => edge + dx) })) };
}

function readMoved(lines: readonly Line[], fileName: string, hyphens: Hyphenation, columnRight: (line: Line) => number, reach: Reach): Grid {
  const first = lines[0];
  if (!first) throw new Error('readGrid: no line at start');
  const headerEnd = headerLinesEnd(lines, 0, reach);
  const header = readHeader(first, lines.slice(1, headerEnd));
  if (typeof header === 'string') {
    if (wrappedHeader(lines.slice(0, headerEnd))) return readWrapped(lines, headerEnd, fileName, hyphens, reach, columnRight);
    throw new ImportError(fileName, locationOf(first), `Tabellens rubrikrad kan inte läsas: ${header}.`);
  }
  const { table, end } = tableLines(lines, headerEnd, header, columnRight, reach);

  // Rows' first lines give their cells by order (codes, amount, text), which fixes the borders;
  // a row's further lines are put in the column they lie in.
  const starts = table.flatMap(({ line, kind }, i) => (kind === 'start' || kind === 'total' ? [{ line, kind, more: rowLines(table, i) }] : []));
  // A table drawn with its cells' borders says where each column ends: every word is in the cell
  // it stands in. Otherwise the rows' cells, read by their order, give the borders.
  const ruled = ruledBorders(first, header, starts.flatMap(({ line, kind }) => (kind === 'start' ? [line] : [])));
  const ordered = ruled ? starts.map(({ line, kind }) => cellsByRules(line, kind === 'total', ruled, fileName)) : cellsByOrder(starts, header.starts, fileName, hyphens === 'as-written');
  const entryCells = starts.flatMap(({ kind, line }, i) => (kind === 'start' ? [{ cells: ordered[i] ?? [], line }] : []));
  const borders = ruled ?? bordersOf(entryCells, header.starts, fileName, flushRightText(entryCells, table));
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
    for (const [column, fragment] of cellsOfLine(line, borders, fileName, ruled !== undefined)) {
      // Only a code, or a total's label, continues in the code columns: text there is no part of the row.
      if (column < 3 && !(row.kind === 'total' ? /^\p{L}/u : /^\d+$/u).test(fragment.text)) {
        throw new ImportError(
          fileName,
          locationOf(line),
          `”${fragment.text}” står i kolumnen ${COLUMN_NAMES[column] ?? ''} under en rad som redan har sin kod: raden kan inte läsas säkert. Kontrollera tabellen.`,
        );
      }
      row.cells[column]?.push(fragment);
    }
  }
  // The text column's width, at least: its widest line. Our own tables fill the column, their text
  // cell ending its padding short of the column's edge (render/pdf-layout.ts), so the width is known:
  // a line of one word that stops short of it was not a word the cell broke (pdfmake breaks only a
  // word wider than the cell, where the next letter would not fit).
  const textWidth = Math.max(0, ...rows.flatMap((row) => {
    const cell = row.cells[4] ?? [];
    const known = hyphens === 'as-written' && cell[0] ? [columnRight(row.at) - PDF_CELL_PADDING - cell[0].x] : [];
    return [...known, ...cellFragments(cell).map((f) => f.right - f.x)];
  }));
  const amountWidth = Math.max(amountSpan(rows, header.starts[3] ?? Infinity), ruled ? ruledSpan(rows, lines.slice(0, headerEnd), ruled) : 0);
  return { rows: rows.map((row) => settled(row, textWidth, amountWidth, fileName, hyphens)), end };
}

/**
 * Where a Text column set flush right begins, as its rows' further lines show it: words that end
 * where a row's text ends and lie wholly right of every amount, by more than a space, are the Text
 * cell's, however far left of the rows' first lines it begins (a longer line, wrapped). Undefined
 * where no such line begins left of them.
 */
function flushRightText(rows: readonly { cells: CellPart[][]; line: Line }[], table: readonly { line: Line; kind: Kind }[]): number | undefined {
  const size = rows[0]?.line.size ?? 10;
  const amounts = rows.flatMap(({ cells }) => cells[3] ?? []);
  const texts = rows.flatMap(({ cells }) => cells[4] ?? []);
  if (amounts.length === 0 || texts.length === 0) return undefined;
  const reach = Math.max(...amounts.map((part) => part.right));
  const start = Math.min(...texts.map((part) => part.x));
  const ends = texts.map((part) => part.right);
  // (A further line may hold an amount's last line too: "kr" | "tidigare periodisering".)
  const lefts = table.flatMap(({ kind, line }) => {
    const words = kind === 'more' ? line.pieces.flatMap(wordsOf).filter((word) => word.x > reach + 0.5 * size) : [];
    const [first, last] = [words[0], words.at(-1)];
    if (!first || !last || first.x >= start || !/\p{L}{2}/u.test(words.map((word) => word.text).join(' ')) || /^(kr|kronor|SEK)$/iu.test(first.text)) return [];
    return ends.some((end) => Math.abs(end - last.right) < 0.2 * size) ? [first.x] : [];
  });
  return lefts.length > 0 ? Math.min(...lefts) : undefined;
}

/**
 * The room an amount has on one line of its cell, at least: from the leftmost of the column's lines
 * (or its header word) to the rightmost, for every one of them lies inside the cell.
 */
function amountSpan(rows: readonly Row[], headerStart: number): number {
  const lines = rows.flatMap((row) => cellFragments(row.cells[3] ?? []));
  return Math.max(0, ...lines.map((f) => f.right)) - Math.min(headerStart, ...lines.map((f) => f.x));
}

/**
 * In a ruled table the amount's room is the space between its column's rules less the cell's
 * padding, which a table gives all its cells alike: no word of any cell stands nearer its rule.
 */
function ruledSpan(rows: readonly Row[], headerLines: readonly Line[], borders: readonly number[]): number {
  // The header's words by cell, as rows are (its lines are the table's too).
  const header = headerLines.map((line) => {
    const cells: CellPart[][] = [[], [], [], [], []];
    for (const word of line.pieces.flatMap(wordsOf)) cells[columnOf(middle(word), borders)]?.push(word);
    return { cells: cells.map((cell) => (cell[0] ? [{ text: '', x: cell[0].x, right: cell.at(-1)?.right ?? cell[0].x, line }] : [])) };
  });
  const entries = [...header, ...rows.filter((row) => row.kind === 'entry')];
  // A word over a rule (a merged cell) tells nothing of the padding.
  const nearest = (side: 'left' | 'right') => Math.min(...entries.flatMap((row) => row.cells.flatMap((cell, k) => {
    const rule = side === 'left' ? borders[k - 1] : borders[k];
    return rule === undefined ? [] : cellFragments(cell).map((f) => (side === 'left' ? f.x - rule : rule - f.right)).filter((gap) => gap >= 0);
  })));
  return (borders[3] ?? 0) - (borders[2] ?? 0) - nearest('left') - nearest('right');
}

/** True when the line's first word would not have fitted at the end of the line above: that line was full. */
function fullAbove(previous: Line, line: Line, columnRight: (line: Line) => number): boolean {
  return previous.right + 0.3 * line.size + firstWordWidth(line) > columnRight(previous);
}

/**
 * True when a table's header is set with tabs in a column narrower than its tab stops: its words
 * run on over several lines like text ("Konto IKB Nämndens mot-" / "partsnr Belopp (kr) Text").
 */
function wrappedHeader(lines: readonly Line[]): boolean {
  const text = lines
    .map((line) => line.text)
    .join('\n')
    .replace(/[-\u00ad]\n/gu, '')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
  return lines.length > 1 && /^konto ikb (nämndens ?)?motpart(snr\.?|snummer)? (belopp,?|kronor)( ?\(?(kr|sek|kronor)\)?)? (text|kommentar|beskrivning)$/u.test(text);
}

/**
 * The rows of a table set with tabs in a column narrower than its tab stops. Each row is a
 * paragraph: its codes first, then its amount (on the same line, or first on the next when the
 * tab stop lay beyond the line), then its text, which runs on over the lines below wherever the
 * tabs put it. Read by that order, not by where the words stand; a row starts with an account at
 * the margin once the row above has its amount.
 */
function readWrapped(lines: readonly Line[], from: number, fileName: string, hyphens: Hyphenation, reach: Reach, columnRight: (line: Line) => number): Grid {
  // `lines`: the row's lines, where its amount's pieces are.
  const rows: { kind: 'entry' | 'total'; at: Line; lines: Line[]; lead: string[]; amount: string; text: string[]; amountEndsLine: boolean; sign?: string }[] = [];
  let left: number | undefined;
  let index = from;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || SECTION_HEADING.test(line.text)) break;
    if (opensTable(line)) {
      index = headerLinesEnd(lines, index, reach);
      continue;
    }
    const previous = lines[index - 1] ?? line;
    const [leftmost] = line.pieces.flatMap(wordsOf);
    if (!leftmost) break;
    const open = rows.at(-1);
    const atLeft = left === undefined || Math.abs(leftmost.x - left) < 0.3 * line.size;
    const follows = breaksTo(previous, line) || (sameColumn(previous, line) && previous.y - line.y < reach(line));
    const settledAbove = !open || open.amount !== '';
    const start = atLeft && settledAbove && /^\d{4}$/u.test(leftmost.text);
    const total = atLeft && settledAbove && TOTAL_START.test(leftmost.text);
    if (start || total) {
      const cells = leadAndAmount(line, total, fileName, 3, lines[index + 1]);
      // A minus alone at the line's end is the sign of an amount whose digits the next line begins with.
      const sign = cells.amount === '' && /^[-\u2212\u2013]$/u.test(cells.text) ? cells.text : undefined;
      rows.push({ kind: total ? 'total' : 'entry', at: line, lines: [line], lead: cells.lead, amount: cells.amount, text: cells.text === '' || sign ? [] : [cells.text], amountEndsLine: cells.amount !== '' && cells.text === '', ...(sign ? { sign } : {}) });
      left ??= leftmost.x;
    } else if (open && follows) {
      open.lines.push(line);
      if (open.amount === '') {
        // The amount's tab stop lay beyond the line: the amount begins the next — unless the next
        // begins as a row does, three codes at the margin (the row's amount was left blank, or the
        // page cut it off): its account read as the amount, 3 699 kr.
        const codes = line.pieces.flatMap(wordsOf).slice(0, 3);
        if (atLeft && codes.length === 3 && codes.every((word) => /^\d{4}$/u.test(word.text))) {
          throw new ImportError(
            fileName,
            locationOf(open.at),
            `Beloppet saknas på raden ”${open.at.text}”: raden under börjar med en ny rads koder (”${codes.map((word) => word.text).join(' ')}”). Skriv beloppet på raden, spara PDF-filen på nytt och försök igen.`,
          );
        }
        const cells = leadAndAmount(line, false, fileName, 0);
        open.amount = cells.amount === '' ? '' : `${open.sign ?? ''}${cells.amount}`;
        open.amountEndsLine = cells.amount !== '' && cells.text === '';
        if (cells.text !== '') open.text.push(cells.text);
      } else if (open.amountEndsLine && open.text.length === 0 && atLeft && /^(kr|kronor|SEK)\.?$/u.test(leftmost.text)) {
        // The amount's unit, wrapped to the margin ("467 661,00" / "kr Ej fakturerat").
        const [unit = '', ...words] = line.text.split(' ');
        open.amount = `${open.amount} ${unit}`;
        open.amountEndsLine = words.length === 0;
        if (words.length > 0) open.text.push(words.join(' '));
      } else if (open.amountEndsLine && open.text.length === 0 && atLeft && /^[\d,]/u.test(leftmost.text)) {
        // An amount that ends its line may go on at the margin of the next, broken inside a group
        // it did not fit ("104 025,5" / "6 Lönekostnad"): taken so where only that reads, where
        // the line begins with a nought ("000,47", which no count does) or where a capitalised
        // word follows (a count before a text is followed by what it counts).
        const [fragment = '', ...words] = line.text.split(' ');
        const alone = parseKronor(wholeKronor(open.amount));
        const joined = [`${open.amount}${fragment}`, `${open.amount} ${fragment}`].map((text) => ({ text, value: parseKronor(wholeKronor(text)) })).find((j) => j.value.ok);
        // Certain where the text stands apart at one of the row's tab stops: the tab before it
        // ended the amount's cell, whose rest ("596 kr", "416 567 kr") stands before it.
        const rest = amountRest(line, open.at, open.amount);
        if (rest) {
          open.amount = rest.amount;
          if (rest.text !== '') open.text.push(rest.text);
        } else if (joined && (!alone.ok || /^0/u.test(fragment) || /^\p{Lu}/u.test(words[0] ?? 'X'))) {
          open.amount = joined.text;
          if (words.length > 0) open.text.push(words.join(' '));
        } else if (joined && alone.ok && joined.value.ok && joined.value.value !== alone.value) {
          throw new ImportError(
            fileName,
            locationOf(line),
            `Beloppet ”${open.amount}” kan fortsätta på raden under (”${fragment} …”): det kan läsas som ”${open.amount}” eller ”${joined.text}”. Skriv beloppet på en rad och försök igen.`,
          );
        } else {
          open.text.push(line.text);
        }
      } else if (atLeft && open.text.length > 0 && !fullAbove(previous, line, columnRight)) {
        // Text goes on at the margin only where the line above was full: a line after a short one
        // ("Tabellen fortsätter på nästa sida.") is none of the row's.
        break;
      } else {
        open.text.push(line.text);
      }
    } else {
      break;
    }
    index++;
  }
  for (const row of rows) {
    const amount = row.amount;
    const red = row.lines.flatMap((line) => line.pieces).some((p) => p.red && /\d/u.test(p.text) && amount.includes(p.text.trim()));
    if (amount !== '' && red) refuseRed(amount, row.at, fileName);
  }
  // An amount joined here over two lines is taken only where that is certain (above): one line.
  const gridRows: GridRow[] = rows.map((row) =>
    row.kind === 'total'
      ? { kind: 'total', cells: [/^s/iu.test(row.lead[0] ?? '') ? 'Summa' : 'Totalt', row.amount], at: row.at, amountLines: [row.amount] }
      : { kind: 'entry', cells: [...row.lead, row.amount, joinText(row.text, hyphens)], at: row.at, amountLines: [row.amount] },
  );
  return { rows: gridRows, end: index };
}

/**
 * The amount an amount that ended its row's line makes with the start of the next line, where the
 * rest of that line stands apart at one of the row's tab stops (where its codes and amount stand):
 * what a tab put there is the text, what stands before it the amount's rest. Undefined where the
 * line shows no such tab, or the pieces make no amount, or make two.
 */
function amountRest(line: Line, row: Line, amount: string): { amount: string; text: string } | undefined {
  const words = line.pieces.flatMap(wordsOf);
  const stops = row.pieces.flatMap(wordsOf).slice(1).map((word) => word.x);
  for (let count = 1; count <= Math.min(4, words.length); count++) {
    const [before, after] = [words[count - 1], words[count]];
    const rest = words.slice(0, count).map((word) => word.text).join(' ');
    if (!before || !AMOUNT_REST.test(rest)) break;
    // A tab stop is exact to a hair; the tab itself may be narrower than a space.
    if (after && !(stops.some((x) => Math.abs(after.x - x) < 0.05 * line.size) && after.x > before.right)) continue;
    const readings = [`${amount}${rest}`, `${amount} ${rest}`].map((text) => ({ text, value: parseKronor(wholeKronor(text)) }));
    const values = new Set(readings.flatMap((reading) => (reading.value.ok ? [reading.value.value] : [])));
    const reading = readings.find((r) => r.value.ok);
    if (values.size !== 1 || !reading) return undefined;
    return { amount: reading.text, text: words.slice(count).map((word) => word.text).join(' ') };
  }
  return undefined;
}

/** The rest of an amount a cell broke: digits in groups, perhaps its öre and its unit. */
const AMOUNT_REST = /^[\d,][\d\s]*(,\d{1,2}|[,:]-)?(\s?(kr|kronor|SEK)\.?)?$/u;

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

/**
 * Where a header's lines end. A header repeated after a page or column break (`header`, the
 * table's own) has no more lines than the table's header: a letter under it ("t" in the Text
 * column) is the end of a row's text broken over the page, though it is a header word's end too.
 */
function headerLinesEnd(lines: readonly Line[], start: number, reach: Reach, header?: TableHeader): number {
  let end = start + 1;
  const first = lines[start];
  const starts = header?.starts;
  while (end < lines.length && first && (header === undefined || end - start < header.lines.length)) {
    const line = lines[end];
    const previous = lines[end - 1];
    const wrapped = starts ? continuesHeaderIn(line ?? first, starts) : continuesHeader(line ?? first);
    if (!line || !previous || !(breaksTo(previous, line) || (sameColumn(previous, line) && previous.y - line.y <= reach(line))) || !wrapped) break;
    end++;
  }
  return end;
}

const sameColumn = (a: Line, b: Line) => a.page === b.page && a.column === b.column;
/** True when `line` is the first of a new page or of the page's next column, `previous` the last before it. */
const breaksTo = (previous: Line, line: Line) =>
  (line.page === previous.page + 1 && line.firstOnPage === true) || (line.page === previous.page && previous.column === 0 && line.column === 1);

/**
 * The table's lines after its header, each classified by where it starts: a new row (codes in the
 * Konto column), a total row, more of the open row, text wrapped to the margin (a table set with
 * tabs), or the header repeated after a page or column break. The first line that is none ends it.
 */
function tableLines(lines: readonly Line[], from: number, header: TableHeader, columnRight: (line: Line) => number, reach: Reach): { table: { line: Line; kind: Kind }[]; end: number } {
  const table: { line: Line; kind: Kind }[] = [];
  // Where the Konto column's content starts (its codes are set flush left), once a row is read.
  let left: number | undefined;
  // The open row's first cell so far: its account, or a total's label (perhaps broken over lines).
  let open: { kind: 'start' | 'total'; first: string[] } | undefined;
  let index = from;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || SECTION_HEADING.test(line.text)) break;
    const previous = table.at(-1)?.line ?? header.lines.at(-1) ?? line;
    if (opensTable(line)) {
      // A header within the page's column begins another table: this one ends.
      if (!breaksTo(previous, line)) break;
      // The header repeated at the top of a new page or column (its wrapped words under their own columns).
      const end = headerLinesEnd(lines, index, reach, header);
      for (let i = index; i < end; i++) table.push({ line: lines[i] ?? line, kind: 'header' });
      index = end;
      continue;
    }
    const words = line.pieces.flatMap(wordsOf);
    const leftmost = words[0];
    if (!leftmost) break;
    const size = line.size;
    // On the next line of its row, or the first after a break (the repeated header is no gap).
    const follows = table.at(-1)?.kind === 'header' || breaksTo(previous, line) || (sameColumn(previous, line) && previous.y - line.y < reach(line));
    const atLeft = left === undefined ? middle(leftmost) < (header.starts[1] ?? 0) : leftmost.x < left + 0.3 * size;
    const [, , , amountStart = 0] = header.starts;
    // In the row's type: a heading over a page's continued table ("(forts.)", bold) is none of it.
    const sameType = line.font === previous.font && Math.abs(line.size - previous.size) < 0.1 * previous.size;
    let kind: Kind | undefined;
    if (atLeft && open && follows && continuesFirstCell(open, leftmost.text)) {
      open.first.push(leftmost.text);
      kind = 'more';
    } else if (atLeft && CODE.test(leftmost.text) && (words.length > 1 || (left !== undefined && /^\d{4}$/u.test(leftmost.text)))) {
      // A row starts with its codes; a number alone at the margin is a whole account, or the end
      // of the text above wrapped there ("… tom 2013-12-" / "31").
      kind = 'start';
    } else if (TOTAL_START.test(leftmost.text) && middle(leftmost) < amountStart && (atLeft || (open !== undefined && follows))) {
      kind = 'total';
    } else if (atLeft) {
      // Text after tabs wraps to the margin: the row's text goes on when the line above was full.
      const full = fullAbove(previous, line, columnRight);
      // On the next line, or the first of the next page or column when the line above ended the last.
      // (A total has no text to go on.)
      if (open?.kind === 'start' && full && sameType && ((sameColumn(previous, line) && previous.y - line.y < reach(line, 0.3)) || breaksTo(previous, line))) kind = 'wrap';
    } else if (open && follows && (sameType || sameColumn(previous, line)) && (open.kind === 'start' || words.every((word) => TOTAL_MORE.test(word.text)))) {
      // (Over a page or column break, in the row's type: the right column's top, the end of a
      // narrative where the Text column stood on the page before, is none of the row. A total row
      // has no text: what goes on of it is its amount.)
      kind = tabbedText(table.at(-1), line, words, header) ? 'wrap' : 'more';
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

/**
 * True when a row set with tabs had its text moved whole to the next line with the tab before it,
 * where the tab takes it to the row's first tab stop (LibreOffice, where the text's first word
 * would not fit after the last stop): the row's first line ends before the Text column, and the
 * next line is words only, starting where the row's second cell does.
 */
function tabbedText(above: { line: Line; kind: Kind } | undefined, line: Line, words: readonly Piece[], header: TableHeader): boolean {
  if (above?.kind !== 'start' || (line.rules?.length ?? 0) > 0 || (above.line.rules?.length ?? 0) > 0) return false;
  const stop = above.line.pieces.flatMap(wordsOf)[1]?.x;
  const [first] = words;
  return stop !== undefined && first !== undefined && above.line.right < (header.starts[4] ?? 0) &&
    Math.abs(first.x - stop) < 0.3 * line.size && words.every((word) => /\p{L}/u.test(word.text));
}

/** True when `word` on a row's next line continues the row's first cell, which is not whole yet. */
function continuesFirstCell(open: { kind: 'start' | 'total'; first: readonly string[] }, word: string): boolean {
  if (open.kind === 'start') {
    const code = open.first.join('');
    return code.length < 4 && /^\d+$/u.test(word) && code.length + word.length <= 4;
  }
  // "Summ" / "a", "Sum-" / "ma", and "Total" / "t" (a label whole before its last letter).
  const longer = labelText([...open.first, word]);
  return /^\p{L}/u.test(word) && TOTAL_WORDS.some((total) => total.startsWith(longer.replace(/:$/u, '')));
}

/**
 * The borders between the five columns of a table drawn with its cells' borders: one rule down
 * the page between each two columns' headings, crossing the header's first line and every row's
 * first line at the same place. Undefined for a table drawn otherwise (no rules, rules around the
 * header only, or not where the headings say), which is read by its cells' order.
 */
function ruledBorders(top: Line, header: TableHeader, firsts: readonly Line[]): number[] | undefined {
  const rules = top.rules ?? [];
  const borders: number[] = [];
  for (let k = 1; k < 5; k++) {
    const between = rules.filter((x) => x > (header.starts[k - 1] ?? 0) && x <= (header.starts[k] ?? 0) + 0.1 * top.size);
    if (between.length !== 1 || between[0] === undefined) return undefined;
    borders.push(between[0]);
  }
  const crosses = (line: Line) => borders.every((border) => (line.rules ?? []).some((x) => Math.abs(x - border) < 0.1 * line.size));
  return firsts.length > 0 && firsts.every(crosses) ? borders : undefined;
}

/** A row's first line in a ruled table: each word in the cell it stands in (a total's label, wherever it stands before the amount, is its first cell). */
function cellsByRules(line: Line, total: boolean, borders: readonly number[], fileName: string): CellPart[][] {
  const cells: CellPart[][] = [[], [], [], [], []];
  for (const [column, fragment] of cellsOfLine(line, borders, fileName, true)) cells[total && column < 3 ? 0 : column]?.push(fragment);
  return cells;
}

const columnOf = (x: number, borders: readonly number[]) => borders.filter((border) => x >= border).length;

/**
 * The line's words by column, joined per column; refuses a word that lies over a border. In a
 * ruled table a border is where a rule crosses the line; a row without it there has merged the
 * cells (a total's label over the code columns), and a word may lie across.
 */
function cellsOfLine(line: Line, borders: readonly number[], fileName: string, ruled = false): [number, Fragment][] {
  const merged = (k: number) => ruled && !(line.rules ?? []).some((x) => Math.abs(x - (borders[k] ?? 0)) < 0.1 * line.size);
  const byColumn = new Map<number, Piece[]>();
  for (const piece of line.pieces) {
    for (const part of wordsOf(piece)) {
      const column = columnOf(middle(part), borders);
      const left = column === 0 ? -Infinity : (borders[column - 1] ?? 0);
      const right = borders[column] ?? Infinity;
      const tolerance = 0.2 * part.size;
      const over = part.x < left - tolerance ? column - 1 : part.right > right + tolerance ? column : undefined;
      if (over !== undefined && !merged(over)) {
        const what = /^[-\u2212\u2013]?\d/u.test(part.text) && (column === 3 || over === 2) ? `Beloppet ”${part.text}”` : `Texten ”${part.text}”`;
        throw new ImportError(
          fileName,
          locationOf(line),
          `${what} ligger över gränsen mellan kolumnerna ${COLUMN_NAMES[over] ?? ''} och ${COLUMN_NAMES[over + 1] ?? ''}: tabellens kolumner kan inte skiljas åt säkert. Ge tabellen bredare kolumner och försök igen.`,
        );
      }
      byColumn.set(column, [...(byColumn.get(column) ?? []), part]);
    }
  }
  if (ruled) unheadedRule(line, borders, byColumn, fileName);
  return [...byColumn.entries()].map(([column, words]) => [
    column,
    { text: words.map((w) => w.text).join(' '), x: words[0]?.x ?? 0, right: words.at(-1)?.right ?? 0, line },
  ]);
}

/**
 * Refuses a line of a ruled table that a rule down the page divides inside one of its columns: a
 * column the header does not name (its heading cell left empty), whose cells would be read as part
 * of the column it stands in (a year glued to the text, öre to the amount).
 */
function unheadedRule(line: Line, borders: readonly number[], byColumn: ReadonlyMap<number, readonly Piece[]>, fileName: string): void {
  for (const x of line.rules ?? []) {
    if (borders.some((border) => Math.abs(border - x) < 0.1 * line.size)) continue;
    const column = columnOf(x, borders);
    const words = byColumn.get(column) ?? [];
    const before = words.filter((word) => word.right <= x);
    const after = words.filter((word) => word.x >= x);
    if (before.length === 0 || after.length === 0) continue;
    const name = COLUMN_NAMES[column] ?? '';
    throw new ImportError(
      fileName,
      locationOf(line),
      `I kolumnen ${name} går en kantlinje mellan ”${before.map((w) => w.text).join(' ')}” och ”${after.map((w) => w.text).join(' ')}”, men tabellens rubrik har ingen kolumn där: ”${after.map((w) => w.text).join(' ')}” står i en kolumn utan rubrik eller utanför tabellen, och vad som hör till ${name} kan inte avgöras säkert. Ge tabellen bara kolumnerna ${COLUMN_NAMES.join(', ')} och försök igen.`,
    );
  }
}

/** How a report writes an amount on one line: always with öre, always with "kr" (two at least, alike). */
export interface AmountStyle {
  ore: boolean;
  kr: boolean;
}

/** The style of the amounts a report's tables have on one line of their cells. */
export function amountStyle(rows: readonly GridRow[]): AmountStyle {
  const single = rows.flatMap((row) => (row.amountLines.length === 1 ? row.amountLines : []));
  const all = (pattern: RegExp) => single.length >= 2 && single.every((text) => pattern.test(text));
  return { ore: all(/,\d{2}(\s*(kr|kronor|SEK))?$/u), kr: all(/\s(kr|kronor|SEK)$/u) };
}

// An amount's line that is an amount of its own as it stands ("300", "2 000,50 kr", "0,50").
const WHOLE_AMOUNT = /^[-\u2212]?([1-9]\d{0,2}( \d{3})*|0)(,\d{2})?( (kr|kronor|SEK))?$/u;

/**
 * What a person must check about an entry's amount joined from its cell's lines ("12 500" / "300"
 * read as 12 500 300): each line could be an amount of its own, typed on a line of its own in one
 * cell, and nothing on the page tells that from a cell too narrow for the amount (amountOf refuses
 * where the cell had room). Certain where a further line is no amount on its own ("000,75"), or
 * where the first is none in the report's own style (its amounts on one line all have öre, or all
 * "kr", and the first line has not); a total row that adds up confirms it too (project-table.ts).
 */
export function joinDoubt(row: GridRow, style: AmountStyle): string | undefined {
  const [first, ...more] = row.amountLines;
  if (row.kind !== 'entry' || first === undefined || more.length === 0) return undefined;
  if (![first, ...more].every((line) => WHOLE_AMOUNT.test(line))) return undefined;
  if ((style.ore && !/,\d{2}/u.test(first)) || (style.kr && !/\s(kr|kronor|SEK)$/u.test(first))) return undefined;
  return `beloppet står på ${more.length + 1} rader i cellen (${row.amountLines.map((line) => `”${line}”`).join(' / ')}) och lästes som ett belopp, ”${row.cells[3] ?? ''}”, men raderna kan också vara ${more.length + 1} belopp i samma cell. Kontrollera beloppet i originalet.`;
}

/**
 * Refuses an amount set in red without a minus sign: a table's number format ("# ##0;[RED]# ##0")
 * or the author shows a negative amount so, and read as it stands it would be positive.
 */
function refuseRed(amount: string, at: Line, fileName: string): void {
  if (/[-\u2212\u2013]/u.test(amount)) return;
  throw new ImportError(
    fileName,
    locationOf(at),
    `Beloppet ”${amount}” är skrivet i rött utan minustecken: rött betyder ofta ett negativt belopp, och vad som gäller kan inte avgöras. Skriv minustecknet framför beloppet (till exempel −${amount}) eller ge det svart färg, och försök igen.`,
  );
}

/** A row's cells as text; an amount over several lines is taken only when it reads one way. */
function settled(row: Row, textWidth: number, amountWidth: number, fileName: string, hyphens: Hyphenation): GridRow {
  // A code broken in its narrow cell ("177" / "1") is joined without a space.
  const plain = (column: number) => (row.cells[column] ?? []).map((f) => f.text).join(column < 3 && (row.cells[column] ?? []).every((f) => /^\d+$/u.test(f.text)) ? '' : ' ');
  const amount = amountOf(row.cells[3] ?? [], amountWidth, fileName);
  const redParts = (row.cells[3] ?? []).flatMap((f) => f.line.pieces.filter((p) => p.red && /\d/u.test(p.text) && p.x < f.right - 0.5 && p.right > f.x + 0.5));
  if (redParts.length > 0) refuseRed(amount, row.at, fileName);
  if (row.kind === 'total') {
    if (amount === '' && (row.cells[4] ?? []).length > 0) {
      throw new ImportError(fileName, locationOf(row.at), `Summaraden har sitt belopp utanför kolumnen Belopp (”${plain(4)}”): kontrollera tabellen.`);
    }
    // The label as the text parser knows it, however the cell broke it.
    const label = /^s/iu.test(plain(0)) ? 'Summa' : 'Totalt';
    return { kind: 'total', cells: [label, amount], at: row.at, amountLines: cellFragments(row.cells[3] ?? []).map((f) => f.text) };
  }
  // An amount's further line beside a text line that begins anew (a capital letter): a row of its
  // own whose codes were left empty ("12 500 Lönekostnad" / "300 Material"), not one amount.
  const amountLines = cellFragments(row.cells[3] ?? []);
  const textLines = cellFragments(row.cells[4] ?? []);
  for (const further of amountLines.slice(1)) {
    const beside = textLines.find((f) => f.line === further.line);
    if (/\d/u.test(further.text) && beside && /^\p{Lu}/u.test(beside.text)) {
      throw new ImportError(
        fileName,
        locationOf(further.line),
        `Raden ”${further.text} ${beside.text}” har inga koder men kan vara en egen rad: beloppet ovanför (”${amountLines[0]?.text ?? ''}”) och ”${further.text}” kan vara ett belopp eller två. Skriv koderna på varje rad och försök igen.`,
      );
    }
  }
  const { lines, doubt } = wordsJoined(row.cells[4] ?? [], textWidth);
  const text = joinText(lines, hyphens);
  return {
    kind: 'entry', cells: [plain(0), plain(1), plain(2), amount, text], at: row.at, amountLines: amountLines.map((f) => f.text),
    ...(doubt ? { doubt } : {}),
  };
}

/**
 * A text cell's lines, with each word that the cell broke without a hyphen joined again. A word
 * wider than its cell is broken where the line is full ("Personalkostnad" / "er"): that can be so
 * only where the line is that word alone and fills the cell (the next letter would not have
 * fitted), and the word joined would not have fitted a line of its own as wide as the cell's widest.
 * Then the word list decides: pieces that are no words apart are one ("Konsultkost" / "nad,"),
 * words that make none together are two ("Korrigering" / "av"). Where both readings are words
 * ("tidigare" / "periodisering", "Personalkostnad" / "er"), a second part of one or two letters is
 * read as an ending, a longer one as a word of its own, and the doubt is named.
 */
function wordsJoined(parts: readonly Fragment[], width: number): { lines: string[]; doubt?: string } {
  const fragments = cellFragments(parts);
  const lines: string[] = [];
  let doubt: string | undefined;
  fragments.forEach((fragment, i) => {
    const previous = fragments[i - 1];
    const last = lines.at(-1);
    // A date or number the cell broke before a hyphen ("2018" / "-08-" / "31") goes on without a space.
    if (previous && last !== undefined && /\d$/u.test(previous.text) && /^-\d/u.test(fragment.text)) {
      lines[lines.length - 1] = last + fragment.text;
      return;
    }
    // A line never starts with a comma or full stop after a space: the cell broke the word before it.
    if (previous && last !== undefined && /^\p{L}+$/u.test(previous.text) && /^[,.;:]/u.test(fragment.text)) {
      lines[lines.length - 1] = last + fragment.text;
      return;
    }
    if (previous && last !== undefined && /^\p{L}+$/u.test(previous.text) && /^\p{Ll}/u.test(fragment.text)) {
      const size = previous.line.size || 10;
      const scale = (previous.right - previous.x) / Math.max(1, typesetWidth(previous.text));
      const full = previous.right - previous.x + typesetWidth(fragment.text.charAt(0)) * scale > width - 0.1 * size;
      const start = /^\p{L}+/u.exec(fragment.text)?.[0] ?? '';
      const secondWidth = ((fragment.right - fragment.x) * typesetWidth(start)) / Math.max(1, typesetWidth(fragment.text));
      // The next word, with its end on the line below where a hyphen broke it there; where the
      // next line is itself a word alone that fills the cell, its end is not known.
      const below = fragments[i + 1];
      const hyphenated = new RegExp(`^${start}[\\u00ad-]$`, 'u').test(fragment.text);
      // Over as many lines as hyphens broke it ("perio-" / "dise-" / "ring").
      let second = start;
      for (let k = i + 1, goesOn = hyphenated; goesOn && fragments[k]; k++) {
        const piece = /^\p{L}+/u.exec(fragments[k]?.text ?? '')?.[0] ?? '';
        second += piece;
        goesOn = piece !== '' && new RegExp(`^${piece}[\\u00ad-]$`, 'u').test(fragments[k]?.text ?? '');
      }
      const unknown =
        !hyphenated && below !== undefined && /^\p{L}+$/u.test(fragment.text) && /^\p{Ll}/u.test(below.text) &&
        fragment.right - fragment.x + typesetWidth(below.text.charAt(0)) * scale > width - 0.1 * size;
      const fits = previous.right - previous.x + secondWidth <= width + 0.1 * size;
      // The word the line holds: with its start on the line above, when a hyphen broke it there.
      // Over as many lines above as hyphens broke it ("Kor-" / "rige-" / "ring").
      let head = '';
      for (let k = lines.length - 2; k >= 0; k--) {
        const piece = /(\p{L}+)[\u00ad-]$/u.exec(lines[k] ?? '')?.[1];
        if (piece === undefined) break;
        head = piece + head;
        if (piece !== lines[k]?.replace(/[\u00ad-]$/u, '')) break;
      }
      // The word the line above ends in, whole where the cell broke it there too ("faktu" / "rerat" / "tom").
      const first = head + (/\p{L}+$/u.exec(last)?.[0] ?? previous.text);
      const words = swedishWords();
      const whole = words.isWord(first + second);
      const together = !unknown && whole;
      // Two words only where the line's is one: a line that is no word ("Personalk") is a word's
      // start, though the next line's end is not known ("ostnader", full, over "januari–").
      const apart = words.isWord(first) && (unknown || words.isWord(second));
      // A letter alone below that is no Swedish word of its own ("i", "å" and "ö" are) is a word's end.
      const loneLetter = second.length === 1 && !/^[iåö]$/iu.test(second);
      if (full && !fits && (!apart || together || unknown)) {
        const join = !apart || (!unknown && (ENDINGS.has(second.toLowerCase()) || loneLetter));
        // Named where the halves are words apart, or no word together either.
        if (apart || !whole) {
          const read = join ? `${first}${second}` : `${first} ${second}`;
          doubt ??= `texten ”${first} ${second}” kan vara ett ord som cellen bröt (”${first}${second}”); läst som ”${read}”. Kontrollera texten.`;
        }
        if (join) {
          lines[lines.length - 1] = last + fragment.text;
          return;
        }
      } else if (full && fits && together && previous.right - previous.x + secondWidth > width - 0.1 * size) {
        // The word whole would just about fit the cell's widest line: whether the cell broke it,
        // the widths cannot say. Read as two words, named — but where either half is no word
        // ("Persona" / "lkostnad") or the line below holds a letter alone ("fakturera" / "d"),
        // one word, named.
        const oneWord = loneLetter || !words.isWord(first) || !words.isWord(second);
        doubt ??= `texten ”${first} ${second}” kan vara ett ord som cellen bröt (”${first}${second}”); läst som ”${oneWord ? `${first}${second}` : `${first} ${second}`}”. Kontrollera texten.`;
        if (oneWord) {
          lines[lines.length - 1] = last + fragment.text;
          return;
        }
      }
    }
    lines.push(fragment.text);
  });
  return { lines, ...(doubt ? { doubt } : {}) };
}

/** A cell's lines: its parts on one line, joined as the line has them. */
function cellFragments(parts: readonly Fragment[]): Fragment[] {
  const fragments: Fragment[] = [];
  for (const part of parts) {
    const last = fragments.at(-1);
    if (last && last.line === part.line) fragments[fragments.length - 1] = { ...last, text: `${last.text} ${part.text}`, right: part.right };
    else fragments.push(part);
  }
  return fragments;
}

// Endings a Swedish word is inflected with: as a line of their own, more likely a word's end than a word.
const ENDINGS = new Set(['a', 'e', 'n', 'r', 's', 't', 'ad', 'ar', 'at', 'de', 'en', 'er', 'et', 'na', 'ns', 'or', 'te', 'ts', 'ade', 'ande', 'ars', 'arna', 'ena', 'ende', 'ens', 'ers', 'erna', 'ets', 'orna', 'ors']);

// More lines than an amount ever takes in its cell (a digit or two a line, and its unit); beyond,
// the cell holds something else.
const MAX_AMOUNT_LINES = 6;

/**
 * An amount from its cell's lines. A narrow cell breaks an amount at a space ("1 250" / "000,75")
 * or, where a group does not fit at all, inside it ("30 496,7" / "7 kr", "9 231 00" / "0" with
 * no-break spaces). Every way of joining the lines (a space or nothing at each break) that reads
 * as an amount has the same digits in the same order, so the same value: the amount is taken when
 * some joining reads, and the lines must lie flush under each other like one cell's. A cell
 * breaks a line only where it is full: digits on a further line of a cell that had room for them
 * on the line above were put there by hand ("1 000" / "500" is two amounts, not 1 000 500), and
 * are refused.
 */
function amountOf(fragments: readonly Fragment[], cellWidth: number, fileName: string): string {
  const [first, ...more] = fragments;
  if (!first) return '';
  const mark = fragments.map((f) => SHIFTED_MARK.exec(f.text)?.[0]).find((m) => m !== undefined);
  if (mark) {
    throw new ImportError(fileName, locationOf(first.line), `Beloppet (${fragments.map((f) => `”${f.text}”`).join(' / ')}) har ”${mark}” upphöjt eller nedsänkt i mindre stil, till exempel en fotnots nummer: kontrollera beloppet i originalet och skriv det utan fotnot.`);
  }
  if (more.length === 0) return first.text;
  const sizeOf = (f: Fragment) => f.line.size || 10;
  const size = sizeOf(first);
  // A line in smaller type (a footnote's mark raised beside "000") is no part of the amount.
  if (more.some((f) => Math.abs(sizeOf(f) - size) > 0.15 * size)) {
    throw new ImportError(fileName, locationOf(first.line), `Beloppet står på flera rader i olika stil eller storlek (${fragments.map((f) => `”${f.text}”`).join(' / ')}), till exempel med en fotnot: kontrollera beloppet i originalet och skriv det på en rad utan fotnot.`);
  }
  // The lines on one line, a space's width (at most 0.3 em) between them, with room to spare.
  const together = fragments.reduce((width, f) => width + f.right - f.x, 0) + more.length * 0.3 * size;
  if (more.some((f) => /\d/u.test(f.text)) && together + 0.5 * size <= cellWidth) {
    throw new ImportError(
      fileName,
      locationOf(first.line),
      `Beloppet står på ${more.length + 1} rader (${fragments.map((f) => `”${f.text}”`).join(' / ')}) fast kolumnen Belopp har plats för det på en rad: det kan vara flera belopp i samma cell. Skriv ett belopp per rad i tabellen och försök igen.`,
    );
  }
  // A line broken at a no-break space ends in that space, which sets no glyph: a space's width of slack.
  const same = (a: number, b: number) => Math.abs(a - b) < 0.4 * size;
  const aligned = more.every((f) => same(f.x, first.x) || same(f.right, first.right) || same((f.x + f.right) / 2, (first.x + first.right) / 2));
  const spaced = fragments.map((f) => f.text).join(' ');
  if (!aligned || fragments.length > MAX_AMOUNT_LINES) {
    throw new ImportError(fileName, locationOf(first.line), `Beloppet står på flera rader som inte ligger rakt under varandra (”${spaced}”): kontrollera beloppet i originalet och skriv det på en rad.`);
  }
  const readings = new Map<number, string>();
  for (let mask = 0; mask < 2 ** more.length; mask++) {
    const text = fragments.map((f, i) => (i > 0 && (mask & (2 ** (i - 1))) !== 0 ? '' : i > 0 ? ' ' : '') + f.text).join('');
    const value = parseKronor(wholeKronor(text));
    if (value.ok && !readings.has(value.value)) readings.set(value.value, text);
  }
  if (readings.size > 1) {
    throw new ImportError(
      fileName,
      locationOf(first.line),
      `Beloppet står på flera rader och kan läsas som ${[...readings.values()].map((text) => `”${text}”`).join(' eller ')}: skriv beloppet på en rad (bredare kolumn) och försök igen.`,
    );
  }
  // No joining reads: the parser names what is wrong with the lines as written.
  return [...readings.values()][0] ?? spaced;
}
