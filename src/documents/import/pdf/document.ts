import { CREATOR, DRAFT_WORD, PARAGRAPH_ANCHOR } from '../../wording.js';
import { ImportError } from '../errors.js';
import type { Piece } from './geometry.js';
import { assertStreamsBounded } from './stream-limits.js';

// Reading a page costs time on the event loop: a report has a handful, a hostile file thousands.
const MAX_PAGES = 200;
// Characters of text: a report is some tens of kilobytes; a page can hold a compressed flood.
const MAX_TEXT = 2 * 1024 * 1024;

/** One page's text pieces and size. */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  pieces: Piece[];
  /** Heights at which our own renderer named a paragraph's start (the top of its first line). */
  paragraphTops: number[];
}

/** A PDF's pages, and whether it is one of ours. */
export interface PdfSource {
  pages: PdfPage[];
  /** Made by our renderer, whose lines break only at spaces (every hyphen is the author's). */
  ours: boolean;
  /** Names its paragraphs' starts, so a page break says nothing more. */
  anchored: boolean;
}

type PdfDocument = Awaited<ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']>;
type Page = Awaited<ReturnType<PdfDocument['getPage']>>;

/** Reads every page's positioned text; throws ImportError for a file that is no readable PDF. */
export async function loadPdf(bytes: Uint8Array, fileName: string): Promise<PdfSource> {
  // Loaded on first use: reading .txt reports never pays for pdf.js.
  assertStreamsBounded(bytes, fileName);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pages: PdfPage[] = [];
  let ours = false;
  let anchored = false;
  try {
    // A copy: pdf.js may take over (detach) the buffer it is given.
    const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    try {
      if (document.numPages > MAX_PAGES) {
        throw new ImportError(fileName, undefined, `PDF-filen har ${document.numPages.toLocaleString('sv-SE')} sidor; Redovisa läser högst ${MAX_PAGES}.`);
      }
      const { info } = await document.getMetadata();
      ours = typeof info === 'object' && info !== null && Reflect.get(info, 'Creator') === CREATOR;
      const starts = await paragraphStarts(document);
      anchored = starts.size > 0;
      const budget = { left: MAX_TEXT };
      for (let number = 1; number <= document.numPages; number++) {
        const page = await document.getPage(number);
        const pieces = await piecesOfPage(page, budget);
        if (pieces === undefined) {
          throw new ImportError(fileName, undefined, 'PDF-filen har mer än 2 MB text; en redovisning är mycket mindre. Kontrollera filen.');
        }
        const [left = 0, bottom = 0, right = 0, top = 0] = page.view;
        pages.push({ number, width: right - left, height: top - bottom, pieces, paragraphTops: starts.get(number) ?? [] });
      }
    } finally {
      await document.destroy();
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(fileName, undefined, 'Filen kan inte läsas som PDF: den är skadad, krypterad eller av ett annat slag.');
  }
  if (pages.every((page) => page.pieces.length === 0)) {
    throw new ImportError(fileName, undefined, 'PDF-filen har ingen text att läsa (den är kanske inskannad): spara rapporten som text eller Word.');
  }
  return { pages, ours, anchored };
}

/**
 * The page's positioned pieces of text, or undefined once the text read from the document exceeds
 * the budget. A page's text is read whole: pdf.js's text stream cannot be cancelled cleanly (it
 * goes on enqueueing into the closed stream), and the page limit bounds how many are read.
 */
async function piecesOfPage(page: Page, budget: { left: number }): Promise<Piece[] | undefined> {
  const content = await page.getTextContent();
  const pieces: Piece[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    budget.left -= item.str.length;
    if (budget.left < 0) return undefined;
    if (item.str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    // Our draft's watermark lies across the page (rotated): no text of the report.
    if (Math.abs(b) > 0.01 * size && item.str.trim() === DRAFT_WORD) continue;
    pieces.push({ text: item.str, x, right: x + item.width, y, size, font: item.fontName });
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
