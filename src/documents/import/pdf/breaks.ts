import { SENTENCE_END } from '../prose.js';
import { firstWordWidth, type Line, SECTION_HEADING } from './geometry.js';

/*
 * Where a paragraph ends, from the layout rather than from blank lines (which a PDF does not
 * have): between two lines of one column on one page, a vertical gap wider than the line pitch,
 * a change of font or type size (a bold heading), or a first line indented from the column's
 * edge. Paragraphs set with no space between them and no indent still show where they end: a
 * line stops short of the column's right edge although the next line's first word would have
 * fitted after it. That holds at a page or column break too, where the layout says nothing else.
 * Our own PDFs name each paragraph's start (wording.ts), which says all there is at a page break.
 */

/** How the document's columns and line pitches are measured, for deciding breaks. */
export interface Measures {
  /** The right edge of the column a line is in. */
  columnRight(line: Line): number;
  /** The left edge of the column a line is in, on its page. */
  columnLeft(line: Line): number;
  /** The left edge of the column a line is in, where most pages have it. */
  edgeLeft(line: Line): number;
  /** True when the line's column is set justified: its full lines all end at the right edge. */
  justified(line: Line): boolean;
  /** The font most of the document's text is set in: headings and table headers use others. */
  bodyFont: string;
  /** The usual distance between baselines for the line's type size. */
  pitch(line: Line): number;
  /** Our own PDF, which names its paragraphs' starts. */
  anchored: boolean;
  /** The document marks paragraphs by space between them or an indent, so a break it lacks is none. */
  marksParagraphs: boolean;
  /** The document marks paragraphs by indenting their first lines, which shows after a page break too. */
  marksIndents: boolean;
  /** The width of an unstretched space in the line's font and size. */
  naturalSpace(line: Line): number;
}

/** The least indent (× type size) that marks a paragraph's first line; read-pdf.ts measure() counts by it too. */
export const INDENT = 0.4;
// How much wider than the body's a heading's font may set its lines (a taller font at 1.2 times).
const HEADING_PITCH = 1.4;

/** A heading's label alone on its line ("Delredovisning projekt 1:"): its title follows, no sentence ends. */
const HEADING_LABEL = /^(Projekt\s+\d+|Delredovisning\s+projekt\s+\d+)\s*:$/iu;

/**
 * True when a paragraph (or heading, or block) ends between `line` and the `next` line (in the block
 * a narrative's `heading` begins, if it does); `uncertain`
 * where the layout cannot tell (ragged lines, no space or indent between paragraphs, a sentence
 * ending on a line the next word would not have fitted on): read as one paragraph, with a doubt.
 */
export function endsBlock(line: Line, next: Line, sameColumn: boolean, measures: Measures, heading?: Line): boolean | 'uncertain' {
  if (next.startsParagraph || SECTION_HEADING.test(next.text)) return true;
  // A word the typesetter hyphenated goes on on the next line, whatever the spacing says.
  if (/\u00ad$/u.test(line.text) && /^\p{Ll}/u.test(next.text)) return false;
  if (Math.abs(line.size - next.size) > 0.05 * line.size) return true;
  // A word that ends in its hyphen ("Hässelby-" / "Vällingby", "riksdags-" / "och landstingsvalet")
  // is a compound broken at its hyphen or the first of two that share their end: the text goes on,
  // whatever the font or spacing says (a heading's font sets its lines further apart than the body's).
  if (/\p{L}-$/u.test(line.text) && (!sameColumn || line.y - next.y < 2 * measures.pitch(line))) return false;
  // A narrative's heading set in a font of its own goes on in its font and size at its own pitch,
  // which its font's height may set wider than the body's ("Delredovisning projekt 3: Aktiviteter
  // på" / "Vårbergstoppen").
  if (heading && sameColumn && heading.font !== measures.bodyFont && line.font === heading.font && next.font === line.font && line.y - next.y < HEADING_PITCH * measures.pitch(line)) return false;
  // A paragraph begins with a capital or a digit: a line that ends no sentence before a word in
  // lower case, in the same type size on the same column, goes on, whatever the spacing says (a
  // short narrative gives no pair of lines to measure its own spacing by) and whatever its font
  // (a line of words its author set in bold or italic).
  if (sameColumn && !measures.anchored && !SENTENCE_END.test(line.text) && /^\p{Ll}/u.test(next.text)) return false;
  if (measures.anchored) {
    // Our renderer: paragraph spacing on a page, named starts across pages.
    return sameColumn && line.y - next.y > 1.3 * measures.pitch(line);
  }
  if (line.font !== next.font) return true;
  if (sameColumn && line.y - next.y > measures.pitch(line) + Math.max(1.5, 0.15 * line.size)) return true;
  const left = measures.columnLeft(next);
  // A first-line indent of 0.4 type sizes or more (0.25 cm at 15 pt is 0.47): glyphs' side bearings
  // and a justified line's rounding move a line's start by tenths of a point, never so far.
  const indented = next.left > left + INDENT * next.size;
  if (indented && (!sameColumn || next.left > line.left + INDENT * next.size)) return true;
  // A paragraph of one line, indented as a first line, that ends a sentence before another.
  // (A heading's "Delredovisning projekt 1:" ends no sentence: its title follows.)
  // (In a document that indents its first lines, indented from where most pages have the edge:
  // a page of one-line paragraphs shows no edge of its own.)
  const firstLine = indented || (measures.marksIndents && next.left > Math.min(left, measures.edgeLeft(next)) + INDENT * next.size);
  if (firstLine && Math.abs(next.left - line.left) < 0.2 * next.size && SENTENCE_END.test(line.text) && !HEADING_LABEL.test(line.text.trim())) return true;
  // A document that indents its paragraphs' first lines indents every one: in the same column, a
  // line of the body at the column's edge after a sentence's end goes on the paragraph above.
  if (sameColumn && measures.marksIndents && !indented && line.font === measures.bodyFont && SENTENCE_END.test(line.text) && /^\p{Lu}/u.test(next.text)) return false;
  // A document that indents its paragraphs' first lines: a page's first line indented from where
  // the column's edge lies on most pages, after a sentence's end, begins a paragraph (a page whose
  // text is that paragraph's one line shows no edge of its own).
  if (!sameColumn && measures.marksIndents && SENTENCE_END.test(line.text) && /^\p{Lu}/u.test(next.text) && next.left > measures.edgeLeft(next) + INDENT * next.size) return true;
  if (/[-\u00ad]$/u.test(line.text)) return false;
  // A heading (another font than the body's) goes on until its font or size changes.
  if (line.font !== measures.bodyFont) return false;
  // Would the next line's first word have fitted after this line? Measured where the page gives
  // the glyphs' places (the line's own spaces too); a margin covers an estimate.
  const room = measures.columnRight(line) - line.right;
  const word = firstWordWidth(next);
  const measured = spaceWidth(line);
  const space = measured ?? 0.3 * line.size;
  const fitsAfter = measured !== undefined && next.pieces[0]?.edges ? space + word < room - 0.05 * line.size : space + 1.1 * word < room;
  const sentence = SENTENCE_END.test(line.text) && /^\p{Lu}/u.test(next.text);
  // Justified text fills every line but a paragraph's last one to the column's edge. A line that
  // stops short is a last line when the next word would have fitted on it; one where it would not
  // (a line of one word, which cannot be stretched; a line that nearly filled the column) broke
  // where the column ended. A full line set with the font's own spaces, unstretched, that ends a
  // sentence may be a last line that happened to fill the column: a doubt.
  const justified = measures.justified(line) && line.font === measures.bodyFont;
  if (justified) {
    const full = line.right >= measures.columnRight(line) - Math.max(1.5, 0.15 * line.size);
    if (!full && fitsAfter) return true;
    // Every line of a justified paragraph but its last is stretched to the edge: a line of several
    // words set with the font's own spaces that stops short is a paragraph's last line.
    if (!full && sentence && !HEADING_LABEL.test(line.text.trim()) && measured !== undefined && measured <= measures.naturalSpace(line) + 0.02 * line.size && room > Math.max(1.5, 0.15 * line.size)) return true;
    if (full) return sentence && measured !== undefined && measured <= measures.naturalSpace(line) + 0.02 * line.size ? 'uncertain' : false;
  }
  if (SENTENCE_END.test(line.text)) {
    if (fitsAfter) return true;
    // Space between paragraphs does not show where a page or column ends; an indent does.
    const unmarked = !measures.marksParagraphs || (!sameColumn && !measures.marksIndents);
    return unmarked && /^\p{Lu}/u.test(next.text) ? 'uncertain' : false;
  }
  if (justified) return false;
  return space + 1.5 * word + line.size < room;
}

/** The width of a space in the line, where its glyphs' places are known (the median of its spaces). */
export function spaceWidth(line: Line): number | undefined {
  const widths = line.pieces.flatMap((piece) => {
    const edges = piece.edges;
    if (!edges || edges.length !== [...piece.text].length + 1) return [];
    return [...piece.text].flatMap((character, i) => (character === ' ' && i > 0 ? [(edges[i + 1] ?? 0) - (edges[i] ?? 0)] : []));
  });
  if (widths.length === 0) return undefined;
  return [...widths].sort((a, b) => a - b)[Math.floor(widths.length / 2)];
}
