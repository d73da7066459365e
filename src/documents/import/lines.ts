/**
 * Where a line is. `line` numbers the source's lines from 1 in reading order (warnings cite it);
 * a PDF's lines also carry their page and their line on that page, which is what a reader can find.
 */
export interface SourceLocation {
  line: number;
  onPage?: { page: number; line: number };
}

/** One meaningful line of extracted text, and where it is in the source. */
export interface TextLine extends SourceLocation {
  kind: 'text';
  text: string;
  /** What a person must check about how this line was read (a PDF's layout left doubt), in Swedish. */
  doubt?: string;
  /** A table row's amount read from several lines that could be one amount each: a doubt unless a total confirms it. */
  amountDoubt?: string;
}

/** A paragraph break: a line holding only white space in the source. */
export interface BreakLine extends SourceLocation {
  kind: 'break';
}

/** A line of the source as the parser sees it. */
export type SourceLine = TextLine | BreakLine;

/*
 * Text extracted from the committees' PDFs puts an empty line after every line, a line holding a
 * single space between paragraphs, and starts a page with a line that begins with a space. So an
 * empty line means nothing, a blank-but-not-empty line is a paragraph break, and leading space is
 * just the page's margin. Whether a page break also ends a paragraph is decided later, from the
 * text itself (see prose.ts), because the extraction does not say.
 */

/** Splits extracted text into text lines and paragraph breaks (tolerates a BOM and CRLF). */
export function splitSourceLines(text: string): SourceLine[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const result: SourceLine[] = [];
  for (let index = 0; index < raw.length; index++) {
    const line = raw[index] ?? '';
    if (line === '') continue;
    const lineNumber = index + 1;
    if (line.trim() === '') {
      if (result.length > 0 && result[result.length - 1]?.kind !== 'break') result.push({ kind: 'break', line: lineNumber });
      continue;
    }
    result.push({ kind: 'text', text: normalizeSpaces(line), line: lineNumber });
  }
  return result;
}

function normalizeSpaces(line: string): string {
  // Tabs separate table cells (DOCX and PDF readers write them): keep them, tidy each cell.
  if (line.includes('\t')) {
    return line
      .split('\t')
      .map((cell) => cell.trim().replace(/ {2,}/g, ' '))
      .filter((cell) => cell !== '')
      .join('\t');
  }
  return line.trim().replace(/ {2,}/g, ' ');
}
