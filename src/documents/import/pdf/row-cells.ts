import { ImportError } from '../errors.js';
import type { SourceLocation } from '../lines.js';
import { typesetWidth } from '../typeset-width.js';
import { characterEdges, wordsOf, type Line, type Piece } from './geometry.js';
import { COLUMN_NAMES } from './table-header.js';

/*
 * A row's first line holds its cells in a known order: three codes, the amount, the text (a total
 * row: its label, then the amount). Read by that order, the rows fix where each column ends and
 * the next begins, whatever the header's alignment or the cells' padding; a row whose amount
 * reaches into the text of another row's text column is refused, not guessed.
 *
 * pdf.js joins two cells' text into one piece when the gap between them is narrow (cells with
 * little or no padding): "7 000 kr Ej fakturerat", "1 000Personalkostnader". Such a piece is cut
 * after the amount; where the amount's last group could begin the text ("7 000 120 timmar"), the
 * table's other amounts settle it if they are set flush right at one edge and exactly one reading
 * ends there; otherwise the row is refused.
 */

/** A cell's text on one line and its extent. */
export interface CellPart {
  text: string;
  x: number;
  right: number;
}

// An amount as a cell holds it: digits grouped by (no-break) spaces, öre, perhaps a unit.
const AMOUNT_PREFIX = /^[-\u2212\u2013]?\s?(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d{0,2})?(?:[ \u00a0]?(?:kr|kronor|SEK)\.?(?!\p{L}))?/u;
const MINUS_ALONE = /^[-\u2212\u2013]$/u;
const UNIT = /^(kr|kronor|SEK)\.?$/u;
// "7 000 120 timmar": the last group may begin the text, a count of something in lower case.
const COUNT_THEN_WORD = /[ \u00a0][1-9]\d\d$/u;
const TOTAL_WORD = /^(sum|summ|summa|tot|tota|total|totalt|totalsumma|s:a|att|periodisera|för|projektet)[-:]?$/iu;

const location = (line: Line): SourceLocation => ({ line: line.number, onPage: { page: line.page, line: line.onPage } });
const part = (piece: Piece): CellPart => ({ text: piece.text.trim(), x: piece.x, right: piece.right });

interface Reading {
  amount: CellPart;
  rest: CellPart | undefined;
  /** Where the text after the amount starts, estimated from the piece's left end. */
  restAt: number;
  certain: boolean;
}

/** The cells (five lists of parts) of each row's first line, in the order given. */
export function cellsByOrder(rows: readonly { line: Line; kind: string }[], textStart: number, fileName: string): CellPart[][][] {
  // Points per unit of typeset width, measured on the account codes (digits, as amounts are):
  // an amount's end is then estimated from its piece's left end, unaffected by the gap after it.
  const codes = rows.flatMap(({ line }) => line.pieces.filter((piece) => /^\d{4}$/u.test(piece.text.trim())));
  const scales = codes.map((piece) => (piece.right - piece.x) / typesetWidth(piece.text.trim())).sort((a, b) => a - b);
  const scale = scales[Math.floor(scales.length / 2)];
  const split = rows.map(({ line, kind }) => splitLine(line, kind === 'total'));
  const ends = split.flatMap((row) => (row.readings.length === 1 && row.readings[0]?.certain ? [row.readings[0].amount.right] : []));
  const size = rows[0]?.line.size ?? 10;
  const flushRight = ends.length >= 2 && Math.max(...ends) - Math.min(...ends) < 0.25 * size ? ends.reduce((a, b) => a + b, 0) / ends.length : undefined;

  function splitLine(line: Line, total: boolean): { lead: CellPart[]; readings: Reading[]; after: Piece[]; piece: Piece | undefined } {
    const pieces = [...line.pieces];
    const lead: CellPart[] = [];
    // Codes (three words with digits) or a total's label words.
    while (pieces.length > 0 && lead.length < (total ? 8 : 3)) {
      const piece = pieces[0];
      if (!piece) break;
      const words = wordsOf(piece);
      const taken: Piece[] = [];
      for (const word of words) {
        if (lead.length + taken.length >= (total ? 8 : 3) || (total ? !TOTAL_WORD.test(word.text) : !/\d/u.test(word.text) || /,/u.test(word.text))) break;
        taken.push(word);
      }
      if (taken.length === 0) break;
      lead.push(...taken.map(part));
      pieces.shift();
      if (taken.length < words.length) {
        // The rest of the piece begins the next cell: its text after the taken words.
        const restText = piece.text.trim().split(/\s+/u).slice(taken.length).join(' ');
        pieces.unshift({ ...piece, text: restText, x: words[taken.length]?.x ?? piece.x });
      }
    }
    let first = pieces.shift();
    // A minus sign set apart from its digits.
    if (first && MINUS_ALONE.test(first.text.trim()) && pieces[0]) first = { ...first, text: `${first.text.trim()}${pieces.shift()?.text ?? ''}`, right: first.right };
    // An amount pdf.js broke into pieces at a (no-break) space ("77" "000 Ej fakturerat"): a
    // piece that goes on with digits, a word space away or still left of the text column, is
    // more of the amount. (A number that begins the text stands in the text column.)
    while (first && /\d$/u.test(first.text.trim()) && /^\d/u.test(pieces[0]?.text.trim() ?? '')) {
      const next = pieces[0];
      if (!next || (next.x - first.right > 0.6 * next.size && next.x >= textStart - 0.35 * next.size)) break;
      pieces.shift();
      first = { ...first, text: `${first.text.trim()} ${next.text.trim()}`, right: next.right };
    }
    if (!first) return { lead, readings: [], after: pieces, piece: undefined };
    return { lead, readings: readingsOf(first, scale), after: pieces, piece: first };
  }

  return split.map(({ lead, readings, after, piece }, index) => {
    const line = rows[index]?.line;
    const total = rows[index]?.kind === 'total';
    const cells: CellPart[][] = [[], [], [], [], []];
    if (total) cells[0]?.push({ text: lead.map((p) => p.text).join(' '), x: lead[0]?.x ?? 0, right: lead.at(-1)?.right ?? 0 });
    else lead.forEach((code, column) => cells[column]?.push(code));
    if (piece === undefined || !line) return cells;
    // An uncertain reading is taken when the table's amounts end flush right where it ends, or
    // when it alone ends before the text column and has its text start there.
    const tolerance = 0.35 * line.size;
    const byEdge = flushRight === undefined ? [] : readings.filter((r) => Math.abs(r.amount.right - flushRight) < tolerance);
    const byText = readings.filter((r) => r.amount.right <= textStart + tolerance && r.restAt >= textStart - 1.5 * tolerance);
    const fitting = readings.length === 1 && readings[0]?.certain ? readings : byEdge.length === 1 ? byEdge : byText;
    const [reading] = fitting;
    if (fitting.length !== 1 || !reading) {
      if (readings.length === 0) {
        // No amount first: the piece is text (the amount is missing, which the parser refuses).
        cells[4]?.push(part(piece), ...after.map(part));
        return cells;
      }
      throw new ImportError(
        fileName,
        location(line),
        `Beloppet och texten står så tätt i PDF-filen (”${piece.text.trim()}”) att var beloppet slutar inte kan avgöras säkert. Ge tabellen bredare kolumner eller luft i cellerna och försök igen.`,
      );
    }
    cells[3]?.push(reading.amount);
    const rest = [...(reading.rest ? [reading.rest] : []), ...after.map(part)];
    // A unit set apart from its amount ("107 000" "kr").
    if (rest[0] && UNIT.test(rest[0].text) && reading.amount.text.match(/\d$/u)) {
      const unit = rest.shift();
      if (unit) cells[3]?.push(unit);
    }
    cells[4]?.push(...rest);
    return cells;
  });
}

/**
 * The ways a piece can be an amount followed by text; [] when it does not begin with an amount.
 * A reading is certain when the text after the amount begins with a word (or the amount ends in
 * its unit); otherwise the layout must confirm it (see cellsByOrder).
 */
function readingsOf(piece: Piece, scale: number | undefined): Reading[] {
  const text = piece.text.trim();
  const amount = AMOUNT_PREFIX.exec(text)?.[0].trim();
  if (amount === undefined) return [];
  const edges = characterEdges({ ...piece, text });
  const at = (prefix: string) => (scale === undefined ? (edges[[...prefix].length] ?? piece.right) : piece.x + typesetWidth(prefix) * scale);
  const reading = (cut: string, certain: boolean): Reading => {
    const restText = text.slice(cut.length).trim();
    const end = at(cut.trimEnd());
    const restAt = at(text.slice(0, text.length - restText.length));
    // The parts are two cells: they get a gap between them whatever the estimate says.
    const restStart = Math.max(end + 1, edges[[...text].length - [...restText].length] ?? end);
    return {
      amount: { text: cut.trim(), x: piece.x, right: restText === '' ? piece.right : end },
      rest: restText === '' ? undefined : { text: restText, x: restStart, right: piece.right },
      restAt,
      certain,
    };
  };
  const cut = text.slice(0, text.indexOf(amount) + amount.length);
  const unit = /(kr|kronor|SEK)\.?$/u.test(amount);
  const whole = reading(cut, true);
  if (whole.rest === undefined) return [whole];
  const startsWord = /^\p{L}/u.test(whole.rest.text);
  const shorter = !unit && COUNT_THEN_WORD.test(amount) && /^\p{Ll}/u.test(whole.rest.text) ? [reading(text.slice(0, text.lastIndexOf(amount.slice(-3))), false)] : [];
  return [{ ...whole, certain: unit || (startsWord && shorter.length === 0) }, ...shorter];
}

/** The x of the border after each of the first four columns, from the rows' cells; refuses rows whose cells overlap. */
export function bordersOf(rows: readonly { cells: CellPart[][]; line: Line }[], headerStarts: readonly number[], fileName: string): number[] {
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
        throw new ImportError(fileName, line ? location(line) : undefined, reason);
      }
      // Codes and texts are set flush left and a code never grows past its four digits, whereas an
      // amount's lines (set flush right, or flush left and wrapped) may reach further than its
      // first line: the border lies just right of the counterparty numbers and just left of the text.
      const size = rows[0]?.line.size ?? 10;
      borders.push(k === 2 ? reach + Math.min(0.15 * size, (start - reach) / 2) : k === 3 ? start - Math.min(0.15 * size, (start - reach) / 2) : (reach + start) / 2);
    } else {
      borders.push(reach ?? start ?? headerStarts[k + 1] ?? 0);
    }
  }
  return borders;
}
