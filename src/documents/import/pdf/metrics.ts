import { typesetWidth } from '../typeset-width.js';
import type { Piece } from './geometry.js';

/*
 * How wide an amount is set, measured on the document itself. pdf.js gives a piece's width, not
 * its glyphs'; where two cells' text is joined in one piece, where the amount ends must be
 * estimated from the characters before it. Digits are equally wide in every text font, but a
 * space, a comma or a minus sign is not the same share of a digit in Carlito as in Liberation
 * Serif. So per font the widths of the characters amounts are written with are fitted (least
 * squares, drawn towards the usual proportions where the document says little) to the pieces
 * that are nothing but codes and amounts, whose widths pdf.js gives exactly.
 */

/** The width in points of `text` set in `piece`'s font and size. */
export type Widths = (text: string, piece: Piece) => number;

// The characters an amount is written with, grouped by the width they share, and their usual
// widths in em (Times; every font's digits are tabular, and its signs' proportions are close).
const CLASSES: readonly { chars: RegExp; prior: number }[] = [
  { chars: /\d/u, prior: 0.5 },
  { chars: /[ \u00a0]/u, prior: 0.25 },
  { chars: /,/u, prior: 0.25 },
  { chars: /[-\u2212\u2013]/u, prior: 0.5 },
  { chars: /k/u, prior: 0.5 },
  { chars: /r/u, prior: 0.333 },
];
const MEASURED = /^[-\u2212\u2013]?[\d \u00a0,]*\d[\d \u00a0,]*(?: ?kr)?$/u;
// How strongly the usual proportions hold where the pieces leave a width undecided.
const PRIOR_WEIGHT = 0.25;

const counts = (text: string) => CLASSES.map(({ chars }) => [...text].filter((c) => chars.test(c)).length);

/** Widths of amounts' characters, fitted per font to the given pieces. */
export function amountWidths(pieces: readonly Piece[]): Widths {
  const byFont = new Map<string, { rows: number[][]; targets: number[] }>();
  for (const piece of pieces) {
    const text = piece.text.trim();
    if (!MEASURED.test(text) || piece.size <= 0) continue;
    const data = byFont.get(piece.font) ?? { rows: [], targets: [] };
    data.rows.push(counts(text));
    data.targets.push((piece.right - piece.x) / piece.size);
    byFont.set(piece.font, data);
  }
  const fitted = new Map<string, number[]>();
  for (const [font, { rows, targets }] of byFont) fitted.set(font, fit(rows, targets));
  return (text, piece) => {
    const em = fitted.get(piece.font);
    // A font without a code or amount of its own: the usual proportions, scaled to the piece.
    if (!em) return (typesetWidth(text) / Math.max(1, typesetWidth(piece.text.trim()))) * (piece.right - piece.x);
    let width = 0;
    for (const c of text) {
      const k = CLASSES.findIndex(({ chars }) => chars.test(c));
      width += k >= 0 ? (em[k] ?? 0) : (typesetWidth(c) / 1000) * ((em[0] ?? 0.5) / 0.5);
    }
    return width * piece.size;
  };
}

/**
 * Least squares with a prior: minimises |A w − b|² + λ |w − p|², where the prior p is the usual
 * proportions scaled to the digit width the pieces show (a code is four digits).
 */
function fit(rows: readonly number[][], targets: readonly number[]): number[] {
  const n = CLASSES.length;
  const digitRatios = rows.flatMap((row, i) => (row.every((count, k) => k === 0 || count === 0) && (row[0] ?? 0) > 0 ? [(targets[i] ?? 0) / (row[0] ?? 1)] : []));
  const digit = digitRatios.length > 0 ? [...digitRatios].sort((a, b) => a - b)[Math.floor(digitRatios.length / 2)] ?? 0.5 : 0.5;
  const prior = CLASSES.map(({ prior: p }) => (p * digit) / 0.5);
  // Normal equations (AᵀA + λI) w = Aᵀb + λp, solved by Gaussian elimination.
  const m = Array.from({ length: n }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (j === n ? PRIOR_WEIGHT * (prior[i] ?? 0) : i === j ? PRIOR_WEIGHT : 0)));
  rows.forEach((row, r) => {
    for (let i = 0; i < n; i++) {
      const mi = m[i];
      if (!mi) continue;
      for (let j = 0; j < n; j++) mi[j] = (mi[j] ?? 0) + (row[i] ?? 0) * (row[j] ?? 0);
      mi[n] = (mi[n] ?? 0) + (row[i] ?? 0) * (targets[r] ?? 0);
    }
  });
  for (let col = 0; col < n; col++) {
    const pivot = m[col];
    const p = pivot?.[col] ?? 0;
    if (!pivot || p === 0) continue;
    for (let r = 0; r < n; r++) {
      const row = m[r];
      if (r === col || !row) continue;
      const f = (row[col] ?? 0) / p;
      for (let j = col; j <= n; j++) row[j] = (row[j] ?? 0) - f * (pivot[j] ?? 0);
    }
  }
  return prior.map((fallback, i) => {
    const w = (m[i]?.[n] ?? 0) / (m[i]?.[i] ?? 1);
    return Number.isFinite(w) && w > 0 ? w : fallback;
  });
}
