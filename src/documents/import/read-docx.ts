import { checkDocxSizes, UNREADABLE_DOCX } from './docx-limits.js';
import { ImportError } from './errors.js';
import type { SourceLine } from './lines.js';

/*
 * mammoth reads the DOCX into its document tree (paragraphs, runs, tables); its HTML output is not
 * needed. Each paragraph becomes one line followed by a paragraph break, and each table row one
 * line of tab-separated cells, so the text parser reads a Word report like an extracted one.
 */

interface DocxNode {
  type: string;
  value?: unknown;
  children?: unknown;
}

function isNode(value: unknown): value is DocxNode {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

function childrenOf(node: DocxNode): DocxNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : [];
}

function inlineText(node: DocxNode): string {
  switch (node.type) {
    case 'text':
      return typeof node.value === 'string' ? node.value : '';
    case 'tab':
      // Kept: a table set with tabs has its cells apart (paragraphText decides).
      return '\t';
    case 'break':
      // Inside a paragraph a manual line break only separates words (tidy makes it a space); in
      // an amount's cell it may separate two amounts.
      return '\n';
    default:
      return childrenOf(node).map(inlineText).join('');
  }
}

// Collapses ordinary white space only: no-break spaces inside amounts and names are the author's.
const tidy = (text: string) => text.replace(/[ \t\r\n\f\v]+/g, ' ').trim();

// A paragraph set as a table row with tabs: a code, an amount or a header word first, or a total.
const TABULAR = /^(\d{4}|konto|summa|totalt|total|totalsumma)$/iu;

/** A paragraph's text; tabs stay cell separators where the paragraph is a row of a table set with tabs. */
function paragraphText(raw: string): string {
  const cells = raw.split('\t').map(tidy).filter((cell) => cell !== '');
  return TABULAR.test(cells[0] ?? '') && cells.length > 1 ? cells.join('\t') : tidy(raw.replace(/\t/gu, ' '));
}

/**
 * Refuses an entry's or a total's amount cell with digits on more than one line: Word wraps a long
 * amount in a narrow cell without a break of its own in the file, so lines there were made by hand,
 * and "12 500" / "300" may be two amounts (read joined, 12 500 300 kr).
 */
function checkAmountCell(cellLines: readonly string[][], line: number, fileName: string): void {
  const first = cellLines[0]?.[0] ?? '';
  // An entry's amount is its fourth cell; a total's, whichever cell after its label holds it.
  const candidates = /^\d{4}$/u.test(first) ? [cellLines[3] ?? []] : /^(summa|totalt|total|totalsumma)$/iu.test(first) ? cellLines.slice(1) : [];
  const amount = candidates.find((lines) => lines.filter((text) => /\d/u.test(text)).length >= 2);
  if (!amount) return;
  throw new ImportError(
    fileName,
    line,
    `Beloppet står på ${amount.length} rader i cellen (${amount.map((text) => `”${text}”`).join(' / ')}): raderna är brutna för hand och kan vara flera belopp. Skriv ett belopp per rad i tabellen och försök igen.`,
  );
}

/** Turns a mammoth document tree into lines and breaks for the text parser. */
export function docxTreeToLines(document: unknown, fileName = 'dokumentet'): SourceLine[] {
  const lines: SourceLine[] = [];
  // Line numbers count the document's paragraphs and table rows, which is what a reader can find.
  let number = 0;
  const push = (text: string) => {
    if (text === '') return;
    number++;
    lines.push({ kind: 'text', text, line: number }, { kind: 'break', line: number });
  };
  const visit = (node: DocxNode) => {
    if (node.type === 'paragraph') return push(paragraphText(inlineText(node)));
    if (node.type === 'table') {
      for (const row of childrenOf(node).filter((child) => child.type === 'tableRow')) {
        // Each cell's lines: its paragraphs, and the lines its manual line breaks make.
        const cellLines = childrenOf(row)
          .filter((child) => child.type === 'tableCell')
          .map((cell) => childrenOf(cell).flatMap((p) => inlineText(p).split('\n')).map((line) => tidy(line.replace(/\t/gu, ' '))).filter((line) => line !== ''));
        const cells = cellLines.map((lines) => lines.join(' '));
        while (cells.length > 0 && cells.at(-1) === '') cells.pop();
        checkAmountCell(cellLines, number + 1, fileName);
        push(cells.join('\t'));
      }
      return;
    }
    childrenOf(node).forEach(visit);
  };
  if (isNode(document)) visit(document);
  return lines;
}

/**
 * Extracts a DOCX file's paragraphs and tables as lines for the text parser, and says whether the
 * file holds changes tracked and not yet accepted (read as accepted: inserted text in, deleted out).
 */
export async function readDocxLines(bytes: Uint8Array, fileName: string): Promise<{ lines: SourceLine[]; trackedChanges: boolean; exactRows: boolean }> {
  // mammoth inflates every part it reads whole and unbounded: a zip bomb must not reach it.
  const { trackedChanges, exactRows } = await checkDocxSizes(bytes, fileName);
  // mammoth loads with the first DOCX read, not with every start of the server or the command line.
  const { default: mammoth } = await import('mammoth');
  let tree: unknown;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        transformDocument: (document: unknown) => {
          tree = document;
          return document;
        },
      },
    );
  } catch {
    throw new ImportError(fileName, undefined, UNREADABLE_DOCX);
  }
  return { lines: docxTreeToLines(tree, fileName), trackedChanges, exactRows };
}
