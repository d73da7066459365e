import { parseKronor } from '../../../domain/money.js';
import { wholeKronor } from '../table.js';
import { ImportError } from '../errors.js';
import { locationOf, wordsOf, type Line, type Piece } from './geometry.js';
import { amountWidths, type Widths } from './metrics.js';
import { COLUMN_NAMES } from './table-header.js';

/*
 * A row's first line holds its cells in a known order: three codes, the amount, the text (a total
 * row: its label, then the amount). Read by that order, the rows fix where each column ends and
 * the next begins, whatever the header's alignment or the cells' padding; a row whose amount
 * reaches into the text of another row's text column is refused, not guessed.
 *
 * pdf.js joins two cells' text into one piece when the gap between them is narrow (cells with
 * little or no padding): "7 000 kr Ej fakturerat", "1 000Personalkostnader", "286 558120 timmar".
 * Where such a piece is cut is settled by the table's geometry, never by the words alone:
 * - every text cell starts at one x, the text column's start, which a row whose text stands
 *   apart gives exactly; and pdf.js joins pieces only when their gap is under 0.6 em (with a
 *   space when it is 0.1 em or more), so a cut's amount must end just that far before it;
 * - every amount in the column, on all of its lines, is set flush left or flush right;
 * - the widths of digits, spaces and signs are measured on the document's own pieces
 *   (metrics.ts), so where a cut ends is known to a fraction of a digit, and two cuts lie a digit
 *   or more apart.
 * A cut is taken when exactly one agrees with all of that; otherwise the row is refused.
 */

/** A cell's text on one line and its extent. */
export interface CellPart {
  text: string;
  x: number;
  right: number;
}

/** A row's first line, and the lines after it that are the row's (its cells' further lines). */
export interface FirstLine {
  line: Line;
  kind: string;
  more: readonly Line[];
}

// A start of an amount as a cell holds it, perhaps broken in a narrow cell: digits and spaces, a
// decimal comma, a unit.
const AMOUNT_FRAGMENT = /^[-\u2212\u2013]?\s?\d[\d \u00a0]*(?:,\d{0,2}|[,:]-)?(?:[ \u00a0]?(?:kr|kronor|SEK)\.?)?$/u;
const MINUS_ALONE = /^[-\u2212\u2013]$/u;
const UNIT = /^(kr|kronor|SEK)\.?$/u;
// How a cell's text can begin after a cut: a word, or a number followed by a space or a sign
// ("120 timmar", "2014-08-31"); never the amount's unit, nor digits that run into a letter
// ("7Ej", "1 337Ej") or begin with a nought ("000 Ej").
const TEXT_START = /^(?:(?!(?:kr|kronor|SEK)(?:\P{L}|$))\p{L}|(?!0\d)(?![\d ]*\d\p{L})\d+(?:$|[^\p{L}\d])|[("'”«])/u;
const TOTAL_WORD = /^(su|sum|summ|summa|to|tot|tota|total|totalt|totalsumma|s:a|att|periodisera|för|projektet)[-\u00ad:]?$/iu;

// pdf.js (getTextContent) joins glyphs into one piece across a gap under 0.6 em, and writes a
// space for a gap of 0.102 em or more.
const JOIN_GAP = 0.6;
const SPACE_GAP = 0.102;
// How far an estimated end may miss (em): the widths are measured, the rest is rounding.
const SLACK = 0.12;

const part = (piece: Piece): CellPart => ({ text: piece.text.trim(), x: piece.x, right: piece.right });

/** One way to cut a piece into the amount and the text after it. */
interface Cut {
  amount: CellPart;
  rest: CellPart | undefined;
  /** Where the text column may start for this cut: [from, to] in points. */
  textStart: [number, number] | undefined;
}

/** A row's first line, split: its codes (or label), the piece the amount starts in and the pieces after it. */
interface Split {
  lead: CellPart[];
  cuts: Cut[];
  /** The piece's amount stands apart from the text (its own piece): its cut is certain. */
  apart: boolean;
  after: Piece[];
  piece: Piece | undefined;
  /** The amount's two readings, where a run of digits after it may be its end or the text's start. */
  ambiguous?: string;
}

/** The cells (five lists of parts) of each row's first line, in the order given, and where the text column starts. */
export function cellsByOrder(rows: readonly FirstLine[], headerStarts: readonly number[], fileName: string, wordPieces = false): CellPart[][][] {
  const widths = amountWidths(rows.flatMap(({ line, more }) => [...line.pieces, ...more.flatMap((l) => l.pieces)]));
  const split = rows.map(({ line, kind, more }) => splitLine(line, kind === 'total', widths, more.length === 0, undefined, more[0]));
  split.forEach(({ ambiguous }, i) => {
    const line = rows[i]?.line;
    if (ambiguous && line) throw ambiguousEnd(fileName, line, ambiguous);
  });
  // A header set flush left like the cells ("Konto" over the accounts, "IKB" over the IKB codes)
  // has its "Text" where the text column starts.
  const em = rows[0]?.line.size ?? 10;
  const coded = split.filter((s, i) => rows[i]?.kind !== 'total' && s.lead.length >= 2);
  const flushLeft = coded.length > 0 && coded.every((s) => [0, 1].every((k) => Math.abs((s.lead[k]?.x ?? 0) - (headerStarts[k] ?? 0)) < 0.15 * em));
  const choice = chooseCuts(rows, split, flushLeft ? headerStarts[4] : undefined, fileName);
  const cells = split.map(({ lead, after, piece }, index) => {
    const total = rows[index]?.kind === 'total';
    const cells: CellPart[][] = [[], [], [], [], []];
    if (total) cells[0]?.push({ text: lead.map((p) => p.text).join(' '), x: lead[0]?.x ?? 0, right: lead.at(-1)?.right ?? 0 });
    else lead.forEach((code, column) => cells[column]?.push(code));
    if (piece === undefined) return cells;
    const cut = choice[index];
    if (cut === undefined) {
      // No amount first: the piece is text (the amount is missing, which the parser refuses).
      cells[4]?.push(part(piece), ...after.map(part));
      return cells;
    }
    cells[3]?.push(cut.amount);
    const rest = [...(cut.rest ? [cut.rest] : []), ...after.map(part)];
    // A unit set apart from its amount ("107 000" "kr").
    if (rest[0] && UNIT.test(rest[0].text) && /\d$/u.test(cut.amount.text)) {
      const unit = rest.shift();
      if (unit) cells[3]?.push(unit);
    }
    cells[4]?.push(...rest);
    return cells;
  });
  unheadedColumn(rows, cells, fileName, wordPieces);
  return cells;
}

// More than a word space (a space is 0.25–0.35 em in the usual fonts): cells apart, not words.
const CELL_GAP = 0.4;
const BARE_NUMBER = /^[-\u2212\u2013]?\d[\d\s\u00a0,.]*$/u;
const NUMBER_GAP = 0.1;

/**
 * Refuses a table with a column its header does not name (öre in a column of their own, a count
 * or a row number before the amount, a year after the text). Read by order, such a column's cell
 * goes into the next cell or the text: the amount would be the wrong cell, or the text hold a cell
 * that is not its. It shows in the geometry as a row's text cell whose first line is two pieces
 * set apart by more than a word space, through which no word of any of the table's lines passes:
 * a gutter between two columns, not a gap in a line of text — or as a number alone before the text.
 */
function unheadedColumn(rows: readonly FirstLine[], cells: readonly CellPart[][][], fileName: string, wordPieces: boolean): void {
  const words = rows.flatMap(({ line, more }) => [line, ...more].flatMap((l) => l.pieces.flatMap(wordsOf)));
  rows.forEach(({ line, kind }, index) => {
    const text = cells[index]?.[4] ?? [];
    const em = line.size || 10;
    // A number alone before the text, in a run of its own where the text after it runs on in
    // runs of several words (a word processor writes a cell's text as one run, unless it sets
    // each word apart): a cell of its own, however near. (Our renderer writes every word apart.)
    const [first, second] = text;
    const numberApart = !wordPieces && first !== undefined && second !== undefined && BARE_NUMBER.test(first.text) &&
      second.x - first.right > NUMBER_GAP * em && text.slice(1).some((piece) => /\s/u.test(piece.text.trim()));
    const gutter = numberApart || text.some((after, i) => {
      const before = text[i - 1];
      if (!before || after.x - before.right <= CELL_GAP * em) return false;
      const middle = (before.right + after.x) / 2;
      return !words.some((word) => word.x < middle && word.right > middle);
    });
    if (!gutter) return;
    const amount = (cells[index]?.[3] ?? []).map((p) => p.text).join(' ');
    const named = [...(amount === '' ? [] : [amount]), ...text.map((p) => p.text)].map((t) => `”${t}”`);
    const list = `${named.slice(0, -1).join(', ')} och ${named.at(-1) ?? ''}`;
    const lead = kind === 'total' ? 'summaradens text' : COLUMN_NAMES[2];
    throw new ImportError(
      fileName,
      locationOf(line),
      `Efter ${lead} står ${list} i var sin kolumn, men tabellens rubrik har där bara kolumnerna ${COLUMN_NAMES[3]} och ${COLUMN_NAMES[4]}: en kolumn utan rubrik (till exempel ören i en egen kolumn, ett antal eller ett radnummer) gör att beloppet och texten inte kan läsas säkert. Ta bort kolumnen eller skriv beloppet i en enda cell och försök igen.`,
    );
  });
}

/**
 * A line read by the order of its pieces alone (a row set with tabs): its codes (`codes` of
 * them; a total's label), the amount in the pieces after them, and the text after that. An amount
 * joined to its text in one piece cannot be cut without the table's geometry, and is refused.
 * `below`: the line under it, which may go on with the row's text.
 */
export function leadAndAmount(line: Line, total: boolean, fileName: string, codes = 3, below?: Line): { lead: string[]; amount: string; text: string } {
  const split = splitLine(line, total, () => 0, false, total ? 8 : codes, below);
  if (split.ambiguous) throw ambiguousEnd(fileName, line, split.ambiguous);
  const [cut] = split.cuts;
  if (split.piece && !split.apart && split.cuts.length > 0) {
    throw new ImportError(
      fileName,
      locationOf(line),
      `Beloppet och texten står så tätt i PDF-filen (”${split.piece.text.trim()}”) att var beloppet slutar inte kan avgöras säkert. Ge tabellen bredare kolumner eller luft i cellerna och försök igen.`,
    );
  }
  const rest = [...(cut ? [] : split.piece ? [split.piece] : []), ...split.after].map((piece) => piece.text.trim());
  // A unit set apart from its amount ("107 000" "kr").
  const unit = cut && rest[0] !== undefined && UNIT.test(rest[0]) ? rest.shift() : undefined;
  return { lead: split.lead.map((p) => p.text), amount: cut ? `${cut.amount.text}${unit ? ` ${unit}` : ''}` : '', text: rest.join(' ') };
}

function ambiguousEnd(fileName: string, line: Line, readings: string): ImportError {
  return new ImportError(
    fileName,
    locationOf(line),
    `Beloppet kan läsas som ”${readings}”: siffrorna efter det står lika nära som ett mellanslag och kan lika gärna börja texten på raden under. Ge tabellen bredare kolumner eller luft mellan beloppet och texten och försök igen.`,
  );
}

/** `whole`: the row has no further lines, so its amount is all on this one. */
function splitLine(line: Line, total: boolean, widths: Widths, whole: boolean, leading = total ? 8 : 3, below?: Line): Split {
  const pieces = [...line.pieces];
  const lead: CellPart[] = [];
  // Codes (three words with digits) or a total's label words.
  while (pieces.length > 0 && lead.length < leading) {
    const piece = pieces[0];
    if (!piece) break;
    const words = wordsOf(piece);
    const taken: Piece[] = [];
    for (const word of words) {
      if (lead.length + taken.length >= leading || (total ? !TOTAL_WORD.test(word.text) : !/\d/u.test(word.text) || /,/u.test(word.text))) break;
      taken.push(word);
    }
    if (taken.length === 0) break;
    lead.push(...taken.map(part));
    pieces.shift();
    if (taken.length < words.length) {
      // The rest of the piece begins the next cell: its text after the taken words.
      const restText = piece.text.trim().split(/\s+/u).slice(taken.length).join(' ');
      pieces.unshift({ ...piece, text: restText, x: words[taken.length]?.x ?? piece.x, edges: undefined });
    }
  }
  let first = pieces.shift();
  // A minus sign set apart from its digits (a font without "−" sets it in another): the amount
  // goes on to the digits' end.
  const digits = first && MINUS_ALONE.test(first.text.trim()) && /^\d/u.test(pieces[0]?.text.trim() ?? '') ? pieces[0] : undefined;
  if (first && digits) {
    pieces.shift();
    first = { ...first, text: `${first.text.trim()}${digits.text}`, right: digits.right, edges: undefined };
  }
  // An amount set in runs broken at a (no-break) space ("−2" "147"): a run of digits a word
  // space away is more of the amount; a run that goes on with words ("120 timmar") is the text.
  while (first && /\d$/u.test(first.text.trim()) && /^\d/u.test(pieces[0]?.text.trim() ?? '') && AMOUNT_FRAGMENT.test(pieces[0]?.text.trim() ?? '')) {
    const next = pieces[0];
    if (!next || next.x - first.right > 0.35 * next.size) break;
    // Bare digits ending an entry's line, where the row goes on below with a word in lower case (not its unit): the
    // digits may as well begin the text ("73 000" "120" / "timmar ej fakturerade"), a tab
    // between them that the line had no room to widen.
    const goesOn = below?.pieces[0]?.text.trim() ?? '';
    if (!total && pieces.length === 1 && /^\d{3}$/u.test(next.text.trim()) && /^\p{Ll}/u.test(goesOn) && !UNIT.test(goesOn.split(/\s/u)[0] ?? '')) {
      return { lead, cuts: [], apart: false, after: [], piece: first, ambiguous: `${first.text.trim()}” eller ”${first.text.trim()} ${next.text.trim()}` };
    }
    pieces.shift();
    first = { ...first, text: `${first.text.trim()} ${next.text.trim()}`, right: next.right, edges: undefined };
  }
  if (!first) return { lead, cuts: [], apart: false, after: pieces, piece: undefined };
  const text = first.text.trim();
  // A minus sign alone, its digits on the cell's lines below ("–" / "572," / "63"), begins the amount.
  if (AMOUNT_FRAGMENT.test(text) || (MINUS_ALONE.test(text) && !whole)) {
    // The piece is all amount: the text (if any) is the next piece, and starts exactly where it does.
    const next = pieces.find((p) => !UNIT.test(p.text.trim()));
    const at = next?.x;
    return { lead, cuts: [{ amount: part(first), rest: undefined, textStart: at === undefined ? undefined : [at, at] }], apart: true, after: pieces, piece: first };
  }
  return { lead, cuts: cutsOf({ ...first, text }, widths, whole), apart: false, after: pieces, piece: first };
}

/** Every cut of a piece into an amount (perhaps the start of one broken in its cell) and a text that can begin a cell. */
function cutsOf(piece: Piece, widths: Widths, whole: boolean): Cut[] {
  const text = piece.text;
  const em = piece.size;
  const cuts: Cut[] = [];
  for (let at = 1; at < text.length; at++) {
    const amount = text.slice(0, at);
    const rest = text.slice(at);
    // A cut after the amount's last character; the space after it, if any, is the gap between the cells.
    if (/\s$/u.test(amount) || !AMOUNT_FRAGMENT.test(amount) || (whole && !parseKronor(wholeKronor(amount)).ok)) continue;
    const restText = rest.trim();
    if (!TEXT_START.test(restText)) continue;
    // Öre are two digits: "582,3" with "3 …" after it is "582,33" cut in two.
    if (/,\d$/u.test(amount) && /^\d/u.test(rest)) continue;
    const end = piece.x + widths(amount, piece);
    const spaced = /^\s/u.test(rest);
    const from = end + (spaced ? SPACE_GAP - SLACK : -SLACK) * em;
    const to = end + (spaced ? JOIN_GAP + SLACK : SPACE_GAP + SLACK) * em;
    cuts.push({ amount: { text: amount.trim(), x: piece.x, right: end }, rest: { text: restText, x: to, right: piece.right }, textStart: [from, to] });
  }
  return cuts;
}

/**
 * The cut each row's piece is read with (undefined: the piece holds no amount). Rows whose amount
 * stands apart fix the text column's start exactly; rows whose amount is joined to their text
 * must then have exactly one cut whose text begins there and whose amount lies flush with the
 * column's other amounts. Without such a row, the start is what every row's cuts agree on.
 */
function chooseCuts(rows: readonly FirstLine[], split: readonly Split[], headerText: number | undefined, fileName: string): (Cut | undefined)[] {
  const chosen: (Cut | undefined)[] = split.map((s) => (s.apart ? s.cuts[0] : undefined));
  const joined = split.flatMap((s, index) => (!s.apart && s.piece !== undefined && s.cuts.length > 0 ? [index] : []));
  if (joined.length === 0) return chosen;
  const em = rows[0]?.line.size ?? 10;
  const refuse = (index: number) => {
    const row = rows[index];
    const piece = split[index]?.piece;
    return new ImportError(
      fileName,
      row ? locationOf(row.line) : undefined,
      `Beloppet och texten står så tätt i PDF-filen (”${piece?.text.trim() ?? ''}”) att var beloppet slutar inte kan avgöras säkert. Ge tabellen bredare kolumner eller luft i cellerna och försök igen.`,
    );
  };
  // Exact starts of the text column: rows whose text is a piece of its own (and the header's
  // "Text" when the header is set flush left like the cells).
  const exact = split.flatMap((s) => (s.apart && s.cuts[0]?.textStart ? [s.cuts[0].textStart[0]] : []));
  if (headerText !== undefined) exact.push(headerText);
  let candidates: [number, number][];
  if (exact.length > 0) {
    const sorted = [...exact].sort((a, b) => a - b);
    const at = sorted[Math.floor(sorted.length / 2)] ?? 0;
    candidates = [[at - 0.05 * em, at + 0.05 * em]];
  } else {
    // Where every joined row has some cut: the intersection of the unions of their cuts' ranges.
    candidates = [[-Infinity, Infinity]];
    for (const index of joined) {
      const ranges = (split[index]?.cuts ?? []).flatMap((cut) => (cut.textStart ? [cut.textStart] : []));
      candidates = candidates.flatMap(([a, b]) => ranges.flatMap(([c, d]): [number, number][] => (Math.max(a, c) <= Math.min(b, d) ? [[Math.max(a, c), Math.min(b, d)]] : [])));
      if (candidates.length === 0) throw refuse(index);
    }
  }
  // Each candidate start: the cut of every joined row it leaves, if one each, and the amounts flush.
  const readings = candidates.flatMap(([a, b]) => {
    const start = (a + b) / 2;
    const picks = joined.map((index) => (split[index]?.cuts ?? []).filter((cut) => cut.textStart && cut.textStart[0] <= b && cut.textStart[1] >= a));
    if (picks.some((p) => p.length !== 1)) return [{ start, picks, flush: false }];
    const flush = amountsFlush(rows, split, joined, picks.map((p) => p[0]), start, chosen, em);
    return [{ start, picks, flush }];
  });
  const good = readings.filter((r) => r.flush && r.picks.every((p) => p.length === 1));
  const [reading] = good;
  const unsettled = joined.filter((_, i) => !reading || good.some((r) => r.picks[i]?.[0] !== reading.picks[i]?.[0]) || readings.some((r) => !r.flush || (r.picks[i]?.length ?? 0) > 1));
  if (!reading || good.some((r) => r.picks.some((p, i) => p[0] !== reading.picks[i]?.[0]))) throw refuse(unsettled[0] ?? joined[0] ?? 0);
  joined.forEach((index, i) => {
    const cut = reading.picks[i]?.[0];
    // The text begins where the column starts, which the reading has settled.
    chosen[index] = cut && cut.rest ? { ...cut, rest: { ...cut.rest, x: Math.max(cut.amount.right + 0.5, reading.start) } } : cut;
  });
  return chosen;
}

/**
 * True when, with the text column starting at `start`, the amounts' lines (each row's first, and
 * the further lines of its amount cell) are all set flush left or all flush right.
 */
function amountsFlush(
  rows: readonly FirstLine[], split: readonly Split[], joined: readonly number[], picks: readonly (Cut | undefined)[], start: number,
  chosen: readonly (Cut | undefined)[], em: number,
): boolean {
  const codesEnd = Math.max(...split.flatMap((s, index) => (rows[index]?.kind === 'total' ? [] : s.lead.slice(2, 3).map((p) => p.right))));
  const parts: CellPart[] = [];
  split.forEach((s, index) => {
    const i = joined.indexOf(index);
    const cut = i >= 0 ? picks[i] : chosen[index];
    if (cut) parts.push(cut.amount);
    // The amount cell's further lines: words between the codes and the text column.
    for (const line of rows[index]?.more ?? []) {
      const words = line.pieces.flatMap(wordsOf).filter((w) => w.x > codesEnd + 0.1 * em && w.right <= start + SLACK * em);
      if (words.length > 0) parts.push({ text: words.map((w) => w.text).join(' '), x: words[0]?.x ?? 0, right: words.at(-1)?.right ?? 0 });
    }
  });
  if (parts.length < 2) return true;
  const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
  return spread(parts.map((p) => p.x)) <= 0.25 * em || spread(parts.map((p) => p.right)) <= 0.25 * em;
}

/** The x of the border after each of the first four columns, from the rows' cells; refuses rows whose cells overlap. */
export function bordersOf(rows: readonly { cells: CellPart[][]; line: Line }[], headerStarts: readonly number[], fileName: string, textLeft?: number): number[] {
  const borders: number[] = [];
  for (let k = 0; k < 4; k++) {
    const left = rows.flatMap(({ cells, line }) => (cells[k] ?? []).map((p) => ({ ...p, line })));
    const right = rows.flatMap(({ cells }) => cells[k + 1] ?? []);
    const reach = left.length > 0 ? Math.max(...left.map((p) => p.right)) : undefined;
    const start = right.length > 0 ? Math.min(...right.map((p) => p.x)) : undefined;
    if (reach !== undefined && start !== undefined) {
      // Estimated ends (cells that pdf.js joined) may miss by a little; more is an overlap.
      if (reach > start + 0.25 * (rows[0]?.line.size ?? 10)) {
        // The row whose cell reaches furthest is the one named.
        const line = left.find((p) => p.right === reach)?.line;
        const reason = `${k === 3 ? 'Ett belopp' : `Kolumnen ${COLUMN_NAMES[k] ?? ''}`} når in i kolumnen ${COLUMN_NAMES[k + 1] ?? ''} på en annan rad: tabellens kolumner kan inte skiljas åt säkert. Ge tabellen bredare kolumner och försök igen.`;
        throw new ImportError(fileName, line ? locationOf(line) : undefined, reason);
      }
      // Codes and texts are set flush left and a code never grows past its four digits, whereas an
      // amount's lines (set flush right, or flush left and wrapped) may reach further than its
      // first line: the border lies just right of the counterparty numbers and just left of the text.
      const size = rows[0]?.line.size ?? 10;
      // The header's "Text" lies in its cell: the column begins there at the latest, which a Text
      // column set flush right, its first lines short, shows no better (where no amount reaches it).
      // So does a further line of a Text column set flush right, longer than the rows' first lines (flushRightText).
      const header = headerStarts[4];
      const headed = k === 3 && header !== undefined && header > reach + 0.15 * size ? Math.min(start, header) : start;
      const textStart = k === 3 && textLeft !== undefined ? Math.min(headed, textLeft) : headed;
      borders.push(k === 2 ? reach + Math.min(0.15 * size, (start - reach) / 2) : k === 3 ? textStart - Math.min(0.15 * size, (textStart - reach) / 2) : (reach + start) / 2);
    } else {
      borders.push(reach ?? start ?? headerStarts[k + 1] ?? 0);
    }
  }
  return borders;
}
