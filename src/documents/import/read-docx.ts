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
      // Inside a paragraph a manual line break only separates words.
      return ' ';
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

/** Turns a mammoth document tree into lines and breaks for the text parser. */
export function docxTreeToLines(document: unknown): SourceLine[] {
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
        const cells = childrenOf(row)
          .filter((child) => child.type === 'tableCell')
          .map((cell) => tidy(childrenOf(cell).map(inlineText).join(' ').replace(/\t/gu, ' ')));
        while (cells.length > 0 && cells.at(-1) === '') cells.pop();
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
export async function readDocxLines(bytes: Uint8Array, fileName: string): Promise<{ lines: SourceLine[]; trackedChanges: boolean }> {
  // mammoth inflates every part it reads whole and unbounded: a zip bomb must not reach it.
  const { trackedChanges } = await checkDocxSizes(bytes, fileName);
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
  return { lines: docxTreeToLines(tree), trackedChanges };
}
