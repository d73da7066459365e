// The report as a PDF/A-2b file with pdfmake 0.3 (server build) and embedded DejaVu Sans.
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ReportDocument } from '../../domain/report.js';
import { PDF_FONT, dejaVuSans } from './fonts.js';
import { pdfDefinition } from './pdf-layout.js';

/** Options for renderPdf; the clock is injected so the same input gives the same bytes. */
export interface PdfOptions {
  createdAt?: Date;
}

// pdfmake keeps its virtual file system on the module object but its types do not declare it.
interface VirtualFileSystem {
  writeFileSync(name: string, content: Buffer): void;
}

function hasVirtualFileSystem(value: object): value is { virtualfs: VirtualFileSystem } {
  const vfs: unknown = Reflect.get(value, 'virtualfs');
  return typeof vfs === 'object' && vfs !== null && typeof Reflect.get(vfs, 'writeFileSync') === 'function';
}

let prepared = false;

// pdfmake is a process-wide singleton: register the fonts once, from memory, so no render reads the
// disk. The report never names a file or URL, so pdfmake is allowed to fetch neither.
function preparePdfmake(): void {
  if (prepared) return;
  if (!hasVirtualFileSystem(pdfmake)) throw new Error('pdfmake har inget virtuellt filsystem.');
  const fonts = dejaVuSans();
  for (const file of Object.values(fonts)) pdfmake.virtualfs.writeFileSync(file.name, file.bytes);
  pdfmake.addFonts({
    [PDF_FONT]: {
      normal: fonts.normal.name,
      bold: fonts.bold.name,
      italics: fonts.italics.name,
      bolditalics: fonts.bolditalics.name,
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  prepared = true;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// pdfkit interpolates the document info into the XMP packet without escaping, so a committee named
// "Kultur & fritid" would make the PDF/A metadata malformed XML. The Info dictionary is written
// before the XMP packet, so escape only while the packet is written, then put the values back.
function escapeInfoInXmp(doc: object): void {
  const target = doc as { info?: Record<string, unknown>; endMetadata?: () => void };
  const original = target.endMetadata;
  const info = target.info;
  if (typeof original !== 'function' || info === undefined) return;
  target.endMetadata = function endMetadataWithEscapedInfo(this: typeof target) {
    const raw = { ...info };
    for (const [key, value] of Object.entries(info)) {
      if (typeof value === 'string') info[key] = value.replace(/[&<>]/g, (c) => XML_ESCAPES[c] ?? c);
    }
    try {
      original.call(this);
    } finally {
      Object.assign(info, raw);
    }
  };
}

/** Renders a document definition set in PDF_FONT (e.g. from pdfaDefinition) to the bytes of a PDF. */
export async function renderPdfDefinition(definition: TDocumentDefinitions): Promise<Uint8Array> {
  preparePdfmake();
  const created = pdfmake.createPdf(definition);
  escapeInfoInXmp(await created.getStream());
  const buffer = await created.getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Renders a report as a PDF/A-2b document (A4, embedded fonts, Swedish language tag). */
export function renderPdf(report: ReportDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  return renderPdfDefinition(pdfDefinition(report, PDF_FONT, options.createdAt ?? new Date()));
}
