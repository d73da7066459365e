import type { ReportDocument } from '../../domain/report.js';
import { ImportError } from './errors.js';
import { parseReportSource, parseReportTextSource, type ReadReport } from './parse-text.js';
import { readDocxLines } from './read-docx.js';
import { named } from './order-checks.js';
import { readPdfLines } from './pdf/read-pdf.js';

/*
 * PDF and DOCX readers turn their documents into the lines the text parser reads (text lines,
 * paragraph breaks, tab-separated table cells), so one parser reads all three. They see the
 * layout, so their paragraph breaks are explicit rather than inferred from line lengths.
 */

/** What a person is told of a Word file with changes tracked and not yet accepted or rejected. */
const TRACKED_CHANGES =
  'Word-filen har spårade ändringar som inte är godkända eller avvisade; de lästes som godkända (infogad text med, borttagen text utan). Kontrollera beloppen och texten mot den version som gäller.';

/** What a person is told of a Word file whose tables have rows of exact height, naming the projects with entries. */
const exactRows = (projects: readonly number[]) =>
  `Word-filen har tabellrader med låst höjd (Tabellegenskaper › Rad › Exakt): det som inte får plats i en sådan rad syns inte i Word, men står i filen och lästes. Kontrollera att beloppen och texten i tabellerna${projects.length > 0 ? ` för ${named(projects)}` : ''} syns hela i originalet.`;

/** Reads a legacy report from a .txt, .pdf or .docx file's bytes; throws ImportError if it cannot. */
export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<ReportDocument> {
  return (await readReportSource(bytes, fileName)).report;
}

/**
 * Reads a legacy report from a file's bytes, and where in the file each project's heading and each
 * entry (its amount) was read: a PDF's page and line, so that a person can check every amount
 * against the page it came from. Throws ImportError if it cannot.
 */
export async function readReportSource(bytes: Uint8Array, fileName: string): Promise<ReadReport> {
  const extension = /\.([^./\\]+)$/u.exec(fileName)?.[1]?.toLowerCase();
  switch (extension) {
    case 'txt':
      return parseReportTextSource(decodeText(bytes, fileName), { fileName });
    case 'pdf': {
      const pdf = await readPdfLines(bytes, fileName);
      const read = parseReportSource(pdf.lines, { fileName, paragraphs: 'explicit', hyphens: pdf.hyphens, orderInferred: pdf.orderInferred });
      const warnings = [...(read.report.warnings ?? []), ...pdf.warnings];
      return warnings.length > 0 ? { ...read, report: { ...read.report, warnings } } : read;
    }
    case 'docx': {
      // A Word paragraph is one line here: nothing was broken, so no hyphen is undone.
      const docx = await readDocxLines(bytes, fileName);
      const read = parseReportSource(docx.lines, { fileName, paragraphs: 'explicit', hyphens: 'as-written' });
      const more = [
        ...(docx.trackedChanges ? [{ code: 'tracked_changes', message: TRACKED_CHANGES }] : []),
        ...(docx.exactRows ? [{ code: 'layout_uncertain', message: exactRows(read.report.projects.filter((p) => p.entries.length > 0).map((p) => p.number)) }] : []),
      ];
      return more.length === 0 ? read : { ...read, report: { ...read.report, warnings: [...(read.report.warnings ?? []), ...more] } };
    }
    default:
      throw new ImportError(fileName, undefined, `Filtypen ${extension ? `”.${extension}”` : 'saknas'} kan inte läsas: välj en .txt-, .pdf- eller .docx-fil.`);
  }
}

// Control characters other than tab, line feed, form feed and carriage return never occur in text.
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u;

/** Decodes a text file: UTF-8, or UTF-16 when a byte-order mark says so; refuses anything else. */
function decodeText(bytes: Uint8Array, fileName: string): string {
  // Word's "Unicode text" is UTF-16 with a byte-order mark; the mark says which, so it is safe.
  // Without a mark UTF-16 cannot be told from other encodings, so only UTF-8 is tried.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  let text: string;
  try {
    // fatal: a file in another encoding (Windows-1252 from an old Word) is refused, not garbled.
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(fileName, undefined, 'Filen är inte text i UTF-8 eller i UTF-16 med byteordningsmarkering (BOM): spara den som UTF-8 och försök igen.');
  }
  const bad = NOT_TEXT.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split(/\r\n|\r|\n/).length;
    throw new ImportError(fileName, line, 'Filen innehåller tecken som inte är text (den är kanske ett annat slags fil med ändelsen .txt): spara rapporten som text och försök igen.');
  }
  return text;
}
