import { ImportError } from './errors.js';

/** Extracts a DOCX file's paragraphs and tables as lines in the legacy text form. */
export async function readDocxLines(_bytes: Uint8Array, fileName: string): Promise<string> {
  throw new ImportError(fileName, undefined, 'DOCX kan inte läsas ännu.');
}
