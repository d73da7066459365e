import { ImportError } from '../errors.js';
import { wordsOf, type Line } from './geometry.js';

/*
 * A project's indicator table in our own PDF (render/pdf-layout.ts, indicatorTable): six columns,
 * every cell left-aligned at its column's start, found by its header line. The unit and the values
 * never wrap and every row has a unit, so a line with text in the unit column starts a row; a line
 * without continues the name or the comment of the row above. Anything else — a value column's
 * text on a continuation line, a line before the first row — is refused with its page and line,
 * never guessed at.
 */

const HEADER = /^Indikator Enhet Utgångsläge Mål (\d{4}) Utfall Kommentar$/u;
const HEADER_WORDS = ['Indikator', 'Enhet', 'Utgångsläge', 'Mål', 'Utfall', 'Kommentar'] as const;

/** True when the line is an indicator table's header. */
export function opensIndicatorTable(line: Line): boolean {
  return HEADER.test(line.text);
}

/** The header row as the text parser reads it (tab-separated cells). */
export function indicatorHeaderRow(line: Line): string {
  const year = HEADER.exec(line.text)?.[1] ?? '';
  return `Indikator\tEnhet\tUtgångsläge\tMål ${year}\tUtfall\tKommentar`;
}

/** The rows read, each with the line it starts on, and the index of the first line after the table. */
export interface IndicatorGrid {
  rows: { at: Line; cells: string[] }[];
  end: number;
}

/** Reads an indicator table whose header is lines[start]. */
export function readIndicatorGrid(lines: readonly Line[], start: number, fileName: string): IndicatorGrid {
  const header = lines[start];
  if (!header) return { rows: [], end: start + 1 };
  const words = header.pieces.flatMap(wordsOf);
  const starts = HEADER_WORDS.map((name) => words.find((word) => word.text === name)?.x ?? Number.NaN);
  // Half a cell's padding either way: a cell's text starts where its heading does.
  const columnOf = (x: number) => starts.reduce((found, left, i) => (x >= left - 3 ? i : found), -1);
  const rows: { at: Line; cells: string[] }[] = [];
  let size: number | undefined;
  let index = start + 1;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (!line) break;
    if (opensIndicatorTable(line)) continue; // the header again at the top of a new page
    if (line.left < (starts[0] ?? 0) - 3 || (size !== undefined && Math.abs(line.size - size) > 0.2) || line.size > header.size + 1.5) break;
    const cells = ['', '', '', '', '', ''];
    for (const piece of line.pieces) {
      const column = columnOf(piece.x);
      if (column < 0) throw new ImportError(fileName, where(line), `Indikatortabellen: texten ”${piece.text.trim()}” står utanför tabellens kolumner.`);
      cells[column] = cells[column] === '' ? piece.text.trim() : `${cells[column]} ${piece.text.trim()}`;
    }
    if (cells[1] !== '') {
      size ??= line.size;
      rows.push({ at: line, cells });
      continue;
    }
    const row = rows.at(-1);
    if (!row || cells.slice(1, 5).some((cell) => cell !== '')) {
      throw new ImportError(fileName, where(line), `Indikatortabellen: raden ”${line.text}” kan inte läsas som en del av en indikator.`);
    }
    for (const column of [0, 5]) {
      const more = cells[column] ?? '';
      if (more !== '') row.cells[column] = row.cells[column] === '' ? more : `${row.cells[column]} ${more}`;
    }
  }
  return { rows, end: index };
}

function where(line: Line) {
  return { line: line.number, onPage: { page: line.page, line: line.onPage } };
}
