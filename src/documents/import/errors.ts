import { AppError } from '../../domain/errors.js';
import type { SourceLocation } from './lines.js';

/**
 * A document that cannot be read: names the file, the place and what was expected, in Swedish.
 * The place is what a reader can find: the line of a text file; the page and the line on that page
 * of a PDF; for a DOCX the paragraph or table row, counted from 1 (what Word calls a paragraph).
 */
export class ImportError extends AppError {
  /** The reason alone, without file and place. */
  readonly reason: string;
  /** The line: of the file, or of the page when `page` is set. */
  readonly line: number | undefined;
  /** The PDF page the line is on. */
  readonly page: number | undefined;

  constructor(
    readonly fileName: string,
    where: SourceLocation | number | undefined,
    reason: string,
  ) {
    const location = typeof where === 'number' ? { line: where } : where;
    const line = location?.onPage?.line ?? location?.line;
    const page = location?.onPage?.page;
    // The message carries the place so that every edge that shows it names the line.
    super('unreadable_document', formatLocation(fileName, line, page, reason), { fileName, line, ...(page === undefined ? {} : { page }) });
    this.name = 'ImportError';
    this.reason = reason;
    this.line = line;
    this.page = page;
  }

  /** `FILE:LINE: message`, or `FILE: sida N, rad M: message` for a PDF: the form the CLI prints on stderr. */
  override toString(): string {
    return this.message;
  }
}

/** A place as a sentence names it: "rad 12", or "sida 2, rad 5" in a PDF. */
export function describeLocation(location: SourceLocation): string {
  return location.onPage ? `sida ${location.onPage.page}, rad ${location.onPage.line}` : `rad ${location.line}`;
}

function formatLocation(fileName: string, line: number | undefined, page: number | undefined, reason: string): string {
  if (page !== undefined) return `${fileName}: sida ${page}, rad ${line ?? 1}: ${reason}`;
  return line === undefined ? `${fileName}: ${reason}` : `${fileName}:${line}: ${reason}`;
}
