// A table row's first line cut into its cells (src/documents/import/pdf/row-cells.ts), from pieces
// placed as a word processor places them.
import { describe, expect, it } from 'vitest';
import type { Line, Piece } from '../src/documents/import/pdf/geometry.js';
import { leadAndAmount } from '../src/documents/import/pdf/row-cells.js';

const piece = (text: string, x: number, right: number, font = 'F1'): Piece => ({ text, x, right, y: 311.1, size: 10.2, font });
const lineOf = (pieces: Piece[]): Line => ({
  number: 31, page: 1, onPage: 31, y: 311.1, size: 10.2, font: 'F1', pieces, left: pieces[0]?.x ?? 0, right: pieces.at(-1)?.right ?? 0,
  text: pieces.map((p) => p.text).join(' '), startsParagraph: false, column: 0, twoColumns: false,
});

describe('an amount set in runs', () => {
  it('goes on after a minus sign set in a font of its own, over a no-break space ("−" "9" "647")', () => {
    // EB Garamond has no "−": LibreOffice sets it in another font, a run of its own.
    const line = lineOf([piece('3699', 28.5, 46.1), piece('1771', 71.8, 86.0), piece('1742', 115.2, 131.9), piece('−', 225.1, 231.2, 'F9'), piece('9', 231.2, 236.0), piece('647', 237.2, 251.7), piece('Korrigering', 270, 320)]);
    expect(leadAndAmount(line, false, 'r.pdf')).toStrictEqual({ lead: ['3699', '1771', '1742'], amount: '−9 647', text: 'Korrigering' });
  });
});
