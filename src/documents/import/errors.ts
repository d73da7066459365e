import { AppError } from '../../domain/errors.js';

/** A document that cannot be read: names the file, the line and what was expected, in Swedish. */
export class ImportError extends AppError {
  /** The reason alone, without file and line. */
  readonly reason: string;

  constructor(
    readonly fileName: string,
    readonly line: number | undefined,
    reason: string,
  ) {
    // The message carries the location so that every edge that shows it names the line.
    super('unreadable_document', formatLocation(fileName, line, reason), { fileName, line });
    this.name = 'ImportError';
    this.reason = reason;
  }

  /** `FILE:LINE: message`, the form the CLI prints on stderr. */
  override toString(): string {
    return this.message;
  }
}

function formatLocation(fileName: string, line: number | undefined, reason: string): string {
  return line === undefined ? `${fileName}: ${reason}` : `${fileName}:${line}: ${reason}`;
}
