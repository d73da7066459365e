import { CREATOR, PARAGRAPH_ANCHOR } from '../wording.js';
import { ImportError } from './errors.js';
import type { Hyphenation } from './hyphenation.js';
import type { SourceLine } from './lines.js';
import { SENTENCE_END } from './prose.js';

/*
 * A PDF's text layer is positioned pieces of text, not lines. The layout says what the legacy
 * text files have to guess:
 * - pieces on one baseline form a line; a horizontal gap wider than a character's height
 *   separates table cells (written as a tab), a narrow one separates words;
 * - a vertical gap clearly larger than the font's line pitch, or a change of type size, ends a
 *   paragraph (or a heading, or a table row);
 * - at a page break the layout says nothing when a paragraph's last line fills the foot of the
 *   page. Our own PDFs name each paragraph's start (a named destination, wording.ts), so there the
 *   next page's first line starts a paragraph exactly when it is named. In other PDFs a line that
 *   ends a sentence ends its paragraph when the next line's first word would have fitted after it,
 *   measured in points against the text column's right edge.
 * Page numbers in the header or footer ("Sida 1 av 2") are not part of the report.
 */

const CELL_GAP = 1.0; // × font size: wider than any word space, narrower than table cell padding
const WORD_GAP = 0.1; // × font size
const PARAGRAPH_GAP = 1.3; // × the font's line pitch
const SAME_LINE = 0.4; // × font size: baselines closer than this are one line
const PAGE_NUMBER = /^(?:sida\s+)?\d+(?:\s*(?:av|\/)\s*\d+)?$/iu;
// Reading a page costs time on the event loop: a report has a handful, a hostile file thousands.
const MAX_PAGES = 200;
// Characters of text: a report is some tens of kilobytes; a page can hold a compressed flood.
const MAX_TEXT = 2 * 1024 * 1024;

interface Piece {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

interface PdfLine {
  page: number;
  y: number;
  size: number;
  right: number;
  text: string;
  firstWordWidth: number;
  /** A named paragraph start in our own PDF. */
  startsParagraph: boolean;
}

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;

/** A PDF's text as lines for the text parser, and which hyphens at its line ends may be undone. */
export interface PdfText {
  lines: SourceLine[];
  hyphens: Extract<Hyphenation, 'line-ends' | 'as-written'>;
}

/** Extracts a PDF's text layer as lines, cells and paragraph breaks for the text parser. */
export async function readPdfLines(bytes: Uint8Array, fileName: string): Promise<PdfText> {
  // Loaded on first use: reading .txt reports never pays for pdf.js.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const lines: PdfLine[] = [];
  let ours = false;
  let anchored = false;
  try {
    // A copy: pdf.js may take over (detach) the buffer it is given.
    const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    try {
      if (document.numPages > MAX_PAGES) {
        throw new ImportError(fileName, undefined, `PDF-filen har ${document.numPages.toLocaleString('sv-SE')} sidor; Redovisa läser högst ${MAX_PAGES}.`);
      }
      // Our renderer breaks lines only at spaces, so a hyphen at a line end of our PDF is the
      // author's; another typesetter (Word with hyphenation on) may have put it there.
      const { info } = await document.getMetadata();
      ours = typeof info === 'object' && info !== null && Reflect.get(info, 'Creator') === CREATOR;
      const starts = await paragraphStarts(document);
      anchored = starts.size > 0;
      const budget = { left: MAX_TEXT };
      for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
        const pieces = await piecesOfPage(await document.getPage(pageNumber), budget);
        if (pieces === undefined) {
          throw new ImportError(fileName, undefined, 'PDF-filen har mer än 2 MB text; en redovisning är mycket mindre. Kontrollera filen.');
        }
        lines.push(...linesOfPage(pieces, pageNumber, starts.get(pageNumber) ?? []));
      }
    } finally {
      await document.destroy();
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(fileName, undefined, 'Filen kan inte läsas som PDF: den är skadad, krypterad eller av ett annat slag.');
  }
  if (lines.length === 0) {
    throw new ImportError(fileName, undefined, 'PDF-filen har ingen text att läsa (den är kanske inskannad): spara rapporten som text eller Word.');
  }
  return { lines: withBreaks(lines, anchored), hyphens: ours ? 'as-written' : 'line-ends' };
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

/**
 * The page's positioned pieces of text, or undefined once the text read from the document exceeds
 * the budget. A page's text is read whole: pdf.js's text stream cannot be cancelled cleanly (it
 * goes on enqueueing into the closed stream), and the page limit bounds how many are read.
 */
async function piecesOfPage(page: PdfPage, budget: { left: number }): Promise<Piece[] | undefined> {
  const content = await page.getTextContent();
  const pieces: Piece[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    budget.left -= item.str.length;
    if (budget.left < 0) return undefined;
    if (item.str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    pieces.push({ text: item.str, x, right: x + item.width, y, size });
  }
  return pieces;
}

/** Per page, the heights (PDF units, from the bottom) at which our renderer named a paragraph's start. */
async function paragraphStarts(document: PdfDocument): Promise<Map<number, number[]>> {
  const starts = new Map<number, number[]>();
  for (const [name, destination] of Object.entries(await document.getDestinations())) {
    // [page reference, /XYZ, left, top, zoom]: the top of the paragraph's first line.
    const [reference, , , top] = destination;
    if (!name.startsWith(PARAGRAPH_ANCHOR) || typeof top !== 'number' || typeof reference !== 'object' || reference === null) continue;
    const page = (await document.getPageIndex(reference)) + 1;
    starts.set(page, [...(starts.get(page) ?? []), top]);
  }
  return starts;
}

function linesOfPage(pieces: Piece[], page: number, paragraphTops: readonly number[]): PdfLine[] {
  pieces.sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - piece.y) <= SAME_LINE * Math.max(first.size, piece.size)) group.push(piece);
    else groups.push([piece]);
  }
  const lines = groups.map((group) => lineOf(group, page));
  // A named start is the top of its line: the line it names is the first whose baseline lies below.
  for (const top of paragraphTops) {
    const named = lines.find((line) => line.y <= top && top - line.y < 2 * line.size);
    if (named) named.startsParagraph = true;
  }
  // Page numbers sit above or below everything else on the page.
  while (lines.length > 0 && PAGE_NUMBER.test(lines.at(-1)?.text ?? '')) lines.pop();
  while (lines.length > 0 && PAGE_NUMBER.test(lines[0]?.text ?? '')) lines.shift();
  return lines;
}

function lineOf(group: Piece[], page: number): PdfLine {
  group.sort((p, q) => p.x - q.x);
  let text = '';
  let previous: Piece | undefined;
  for (const piece of group) {
    if (previous) {
      const gap = piece.x - previous.right;
      const size = Math.max(piece.size, previous.size);
      if (gap > CELL_GAP * size) text = text.trimEnd() + '\t';
      else if (gap > WORD_GAP * size && !/\s$/u.test(text) && !/^\s/u.test(piece.text)) text += ' ';
    }
    text += text.endsWith('\t') ? piece.text.trimStart() : piece.text;
    previous = piece;
  }
  const first = group[0];
  const firstWord = first?.text.trim().split(/\s/u, 1)[0] ?? '';
  const firstLength = Math.max(1, first?.text.length ?? 1);
  return {
    page,
    y: first?.y ?? 0,
    size: Math.max(...group.map((p) => p.size)),
    right: Math.max(...group.map((p) => p.right)),
    text: text.replace(/ {2,}/g, ' ').trim(),
    firstWordWidth: first ? ((first.right - first.x) * firstWord.length) / firstLength : 0,
    startsParagraph: false,
  };
}

const sizeKey = (size: number) => Math.round(size * 10);

function withBreaks(lines: readonly PdfLine[], anchored: boolean): SourceLine[] {
  // The line pitch of each type size: the smallest baseline distance between two of its lines.
  const pitch = new Map<number, number>();
  const columnRight = new Map<number, number>();
  lines.forEach((line, index) => {
    const key = sizeKey(line.size);
    columnRight.set(key, Math.max(columnRight.get(key) ?? 0, line.right));
    const next = lines[index + 1];
    if (!next || next.page !== line.page || sizeKey(next.size) !== key) return;
    const gap = line.y - next.y;
    if (gap > 0.8 * line.size) pitch.set(key, Math.min(pitch.get(key) ?? Infinity, gap));
  });

  const result: SourceLine[] = [];
  // A reader finds a line by its page and its place on that page, not by a count over the file.
  let lineOnPage = 0;
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    lineOnPage = previous?.page === line.page ? lineOnPage + 1 : 1;
    if (previous && endsBlock(previous, line, pitch, columnRight, anchored)) result.push({ kind: 'break', line: index + 1 });
    result.push({ kind: 'text', text: line.text, line: index + 1, onPage: { page: line.page, line: lineOnPage } });
  });
  return result;
}

function endsBlock(line: PdfLine, next: PdfLine, pitch: Map<number, number>, columnRight: Map<number, number>, anchored: boolean): boolean {
  if (next.startsParagraph || Math.abs(line.size - next.size) > 0.05 * line.size) return true;
  if (line.page === next.page) {
    const expected = pitch.get(sizeKey(line.size)) ?? 1.5 * line.size;
    return line.y - next.y > PARAGRAPH_GAP * expected;
  }
  // Across a page, a PDF that names its paragraphs' starts has said all there is.
  if (anchored || !SENTENCE_END.test(line.text)) return false;
  const room = (columnRight.get(sizeKey(line.size)) ?? line.right) - line.right;
  const space = 0.3 * line.size;
  return next.firstWordWidth + space < room;
}
