// The report as a PDF/A-2b file with pdfmake 0.3 (server build) and embedded DejaVu Sans.
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ReportDocument } from '../../domain/report.js';
import type { DocumentFrame } from '../wording.js';
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

// An SVG's text (the city report's chart) asks pdfkit for its font by the name pdfmake's font
// callback returns: our fonts' virtual file names, which pdfkit would try to open from disk. This
// reads them from pdfmake's virtual file system instead, cached under that name (pdfkit's own cache); pdfkit finds
// the font pdfmake already embedded (the same bytes) and uses it, so the text is in DejaVu Sans and
// the font is not embedded twice.
function svgFontsFromVirtualFiles(): void {
  interface Doc { virtualfs?: { existsSync(n: string): boolean; readFileSync(n: string): Buffer } | null; _fontFamilies: Record<string, unknown>; _font: unknown }
  type FontMethod = (this: Doc, src: unknown, family?: unknown, size?: unknown) => unknown;
  // pdfmake's own document class (CommonJS, the module instance pdfmake itself uses).
  const loaded: unknown = createRequire(import.meta.url)('pdfmake/js/PDFDocument.js');
  const proto = (loaded as { default: { prototype: { font: FontMethod } } }).default.prototype;
  const original = proto.font;
  proto.font = function fontFromVirtualFile(src, family, size) {
    if (typeof src === 'string' && family === undefined && !this._fontFamilies[src] && this.virtualfs?.existsSync(src)) {
      const result = original.call(this, this.virtualfs.readFileSync(src), undefined, size);
      this._fontFamilies[src] = this._font;
      return result;
    }
    return original.call(this, src, family, size);
  };
}

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
  svgFontsFromVirtualFiles();
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

/**
 * Renders a report as a PDF/A-2b document (A4, embedded fonts, Swedish language tag), with the
 * organisation in every page's footer and, as the frame says, its approval or UTKAST on every page.
 */
export function renderPdf(report: ReportDocument, frame: DocumentFrame, options: PdfOptions = {}): Promise<Uint8Array> {
  return renderPdfDefinition(pdfDefinition(report, frame, PDF_FONT, options.createdAt ?? new Date()));
}
