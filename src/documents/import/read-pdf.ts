import { ImportError } from './errors.js';

/** Extracts a PDF's text layer as lines in the legacy text form. */
export async function readPdfLines(_bytes: Uint8Array, fileName: string): Promise<string> {
  throw new ImportError(fileName, undefined, 'PDF kan inte läsas ännu.');
}
