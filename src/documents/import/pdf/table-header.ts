import { characterEdges, wordsOf, type Line, type Piece } from './geometry.js';

/*
 * The accrual table is found by its header cells: Konto, IKB, Nämndens motpartsnr, Belopp, Text,
 * each in its own column, possibly wrapped inside a narrow cell ("Nämn-" / "dens mot-" /
 * "partsnr", "motpartsn" / "r", "Belopp" / "(kr)"). The header's words give each column its
 * place; the rows give the exact borders (table-grid.ts).
 */

/** The five columns of an accrual table, left to right. */
export const COLUMN_NAMES = ['Konto', 'IKB', 'Nämndens motpartsnr', 'Belopp', 'Text'] as const;

/** A recognised header: where each column's header text starts, and the lines it covers. */
export interface TableHeader {
  /** The left end of each column's header words. */
  starts: [number, number, number, number, number];
  lines: Line[];
}

// Each column's header text, its lines joined without spaces or hyphens.
const COLUMN_TEXTS: readonly RegExp[] = [
  /^konto$/u,
  /^ikb$/u,
  /^(nämndens)?motpart(snr|snummer|snr\.)?$/u,
  /^(belopp|kronor)(\(kr\)|kr|,kr|ikr|\(sek\)|sek|\(kronor\))?$/u,
  /^(text|kommentar|beskrivning)$/u,
];
// Each column's header words, as a header may wrap them in its cells.
const COLUMN_WORDS: readonly (readonly string[])[] = [
  ['konto'], ['ikb'], ['nämndens', 'motpartsnr', 'motpartsnummer', 'motpart'], ['belopp', '(kr)', 'kr', 'kronor', '(sek)', 'sek'], ['text', 'kommentar', 'beskrivning'],
];
const HEADER_WORDS = COLUMN_WORDS.flat();
// A word of a wrapped header line, as compared with the header's words.
const fragmentOf = (word: Piece) => word.text.toLowerCase().replace(/[-\u00ad]$/u, '');
// A header word's start or end ("Nämn-" / "dens", "motpartsn" / "r").
const edgeOf = (fragment: string, whole: string) => whole.startsWith(fragment) || whole.endsWith(fragment);
// Or a piece of its middle of two letters or more, never a stray letter of a row's text.
const pieceOf = (fragment: string, whole: string) => edgeOf(fragment, whole) || (fragment.length >= 2 && whole.includes(fragment));

const normalized = (word: string) => word.toLowerCase().replace(/[-–.:,\u00ad]$/u, '');
// The start of a header word that a narrow cell may have broken ("Kon" / "to", "Be" / "lopp").
const startsAs = (word: string, whole: string, least: number) => word.length >= least && whole.startsWith(normalized(word));

/**
 * A header line's words. Cells without padding can run two headers together ("motpartsnrBelopp"):
 * a capital after a small letter starts the next cell's word.
 */
function headerWords(line: Line): Piece[] {
  return line.pieces.flatMap(wordsOf).flatMap((word) => {
    const at = word.text.search(/(?<=\p{Ll})(?=\p{Lu})/u);
    if (at < 0) return [word];
    const edges = characterEdges(word);
    const cut = edges[[...word.text.slice(0, at)].length] ?? word.x;
    return [
      { ...word, text: word.text.slice(0, at), right: cut, edges: edges.slice(0, [...word.text.slice(0, at)].length + 1) },
      { ...word, text: word.text.slice(at), x: cut, edges: edges.slice([...word.text.slice(0, at)].length) },
    ];
  });
}

/** True when the line opens an accrual table: "Konto" first, then "IKB" (perhaps broken in their cells). */
export function opensTable(line: Line): boolean {
  const words = headerWords(line).map((word) => word.text);
  const [first, second] = words;
  // "Ko" / "nto" in the narrowest cells: two letters, with "IK(B)" beside them — or "I" / "K" /
  // "B" a letter a line, where "Belopp" further on says it is the table's header.
  if (first === undefined || second === undefined || !startsAs(first, 'konto', 2)) return false;
  return startsAs(second, 'ikb', 2) || (startsAs(second, 'ikb', 1) && words.slice(2).some((word) => startsAs(word, 'belopp', 3)));
}

/** True when a line can be a wrapped part of a header cell: no digits, only pieces of header words. */
export function continuesHeader(line: Line): boolean {
  if (/\d/u.test(line.text)) return false;
  return line.pieces.flatMap(wordsOf).every((word) => {
    const fragment = fragmentOf(word);
    return fragment !== '' && HEADER_WORDS.some((whole) => pieceOf(fragment, whole));
  });
}

/**
 * True when a line under a repeated header is a wrapped part of it: each word a header word's
 * start or end, or a piece of the middle of a header word of the column it stands in (by the
 * table's header's starts) — never the rest of a row's text broken over the page ("fakturera" /
 * "de" in the Text column), which continuesHeader alone would take for a piece of "Nämndens".
 */
export function continuesHeaderIn(line: Line, starts: readonly number[]): boolean {
  if (!continuesHeader(line)) return false;
  return line.pieces.flatMap(wordsOf).every((word) => {
    const fragment = fragmentOf(word);
    if (HEADER_WORDS.some((whole) => edgeOf(fragment, whole))) return true;
    const middle = (word.x + word.right) / 2;
    let column = 0;
    starts.forEach((start, index) => {
      if (middle >= start) column = index;
    });
    return (COLUMN_WORDS[column] ?? []).some((whole) => pieceOf(fragment, whole));
  });
}

/**
 * Reads a header from its first line and the wrapped lines after it; returns the header, or a
 * reason in Swedish when the words do not make the five columns.
 */
export function readHeader(first: Line, more: readonly Line[]): TableHeader | string {
  const words = headerWords(first);
  const ikb = 1;
  const amount = words.findIndex((word, index) => index > ikb + 1 && (startsAs(word.text, 'belopp', 2) || startsAs(word.text, 'kronor', 2)));
  const text = words.findIndex((word, index) => index > amount && amount > 0 && (startsAs(word.text, 'text', 2) || startsAs(word.text, 'kommentar', 3) || startsAs(word.text, 'beskrivning', 3)));
  const counterparty = words[ikb + 1];
  if (ikb !== 1 || amount < 0 || text < 0 || counterparty === undefined) {
    // The line as its words stand (cells set with tabs may touch: "motpartsnr" "Belopp").
    const shown = words.map((word) => word.text).join(' ');
    const named = words.some((word) => startsAs(word.text, 'text', 2) || startsAs(word.text, 'kommentar', 3) || startsAs(word.text, 'beskrivning', 3));
    if (amount > 0 && text < 0 && !named && counterparty !== undefined) return `kolumnen Text saknas på raden ”${shown}” (dess rubrik kan ha hamnat på raden under, där ingen kolumn börjar)`;
    return `väntade kolumnerna ${COLUMN_NAMES.join(', ')}, men raden är ”${shown}”`;
  }
  const at = (index: number) => words[index]?.x ?? 0;
  const starts: TableHeader['starts'] = [at(0), at(1), at(ikb + 1), at(amount), at(text)];
  // The first line's words of each column: where its header stands, whichever way it is aligned.
  const firsts = [0, 1, ikb + 1, amount, text].map((index, column, all) => {
    const own = words.slice(index, column < 4 ? all[column + 1] : words.length);
    return { x: own[0]?.x ?? 0, right: own.at(-1)?.right ?? 0 };
  });
  // Each column's header text, its wrapped lines joined, hyphens and spaces left out.
  const cells = ['', '', '', '', ''];
  for (const line of [first, ...more]) {
    for (const word of headerWords(line)) {
      // The column whose first line the word lies under most (a header set flush right or centred
      // wraps to lines that start left of its first); else by the word's middle.
      const overlaps = firsts.map((cell) => Math.min(cell.right, word.right) - Math.max(cell.x, word.x));
      const most = Math.max(...overlaps);
      const middle = (word.x + word.right) / 2;
      let column = 0;
      if (line !== first && most > 0) column = overlaps.indexOf(most);
      else {
        starts.forEach((start, index) => {
          if (middle >= start) column = index;
        });
      }
      cells[column] += word.text.toLowerCase().replace(/[-\u00ad]$/u, '');
      starts[column] = Math.min(starts[column] ?? word.x, word.x);
    }
  }
  for (const [index, cell] of cells.entries()) {
    if (!(COLUMN_TEXTS[index]?.test(cell) ?? false)) {
      const scale = index === 3 ? /tkr|mkr|tusen|miljon/u.exec(cell)?.[0] : undefined;
      if (scale !== undefined) return `beloppen anges i ${scale === 'tusen' ? 'tusental kronor' : scale === 'miljon' ? 'miljoner kronor' : scale} (”${cell}”), och Redovisa läser belopp i kronor: skriv beloppen i kronor och ören`;
      return `kolumnen ”${cell}” står där rubriken ”${COLUMN_NAMES[index] ?? ''}” väntades`;
    }
  }
  return { starts, lines: [first, ...more] };
}
