import type { ReportDocument } from '../../domain/report.js';
import type { DocumentFrame } from '../wording.js';
import type { DocumentFormat } from './formats.js';
import { renderHtml } from './html.js';

/** The media type each format is served as. */
export const DOCUMENT_MEDIA_TYPES: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

/** Renders a report in one of the formats, in its frame (organisation, approval), with the media type to serve it as. */
export async function renderDocument(report: ReportDocument, frame: DocumentFrame, format: DocumentFormat): Promise<{ bytes: Uint8Array; mediaType: string }> {
  // pdfmake and docx load on the first document of their format: the server and the command line
  // start without them (a good part of their start-up time).
  const bytes =
    format === 'pdf' ? await (await import('./pdf.js')).renderPdf(report, frame)
    : format === 'docx' ? await (await import('./docx.js')).renderDocx(report, frame)
    : new TextEncoder().encode(renderHtml(report, frame, { standalone: true }));
  return { bytes, mediaType: DOCUMENT_MEDIA_TYPES[format] };
}
