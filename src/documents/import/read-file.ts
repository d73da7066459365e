import type { ReportDocument } from '../../domain/report.js';
import { ImportError } from './errors.js';
import { parseReportLines, parseReportText } from './parse-text.js';
import { readDocxLines } from './read-docx.js';
import { readPdfLines } from './read-pdf.js';

/*
 * PDF and DOCX readers turn their documents into the lines the text parser reads (text lines,
 * paragraph breaks, tab-separated table cells), so one parser reads all three. They see the
 * layout, so their paragraph breaks are explicit rather than inferred from line lengths.
 */

/** Reads a legacy report from a .txt, .pdf or .docx file's bytes; throws ImportError if it cannot. */
export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<ReportDocument> {
  const extension = /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case 'txt':
      return parseReportText(decodeUtf8(bytes, fileName), { fileName });
    case 'pdf':
      return parseReportLines(await readPdfLines(bytes, fileName), { fileName, paragraphs: 'explicit' });
    case 'docx':
      return parseReportLines(await readDocxLines(bytes, fileName), { fileName, paragraphs: 'explicit' });
    default:
      throw new ImportError(fileName, undefined, `Filtypen ${extension ? `".${extension}"` : 'saknas'} kan inte läsas: välj en .txt-, .pdf- eller .docx-fil.`);
  }
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    // fatal: a file in another encoding (Windows-1252 from an old Word) is refused, not garbled.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(fileName, undefined, 'Filen är inte UTF-8-text: spara den som UTF-8 och försök igen.');
  }
}
