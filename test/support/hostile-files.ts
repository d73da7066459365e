// Hostile legacy files built by hand for the importer's limits: a zip (a .docx) whose parts may
// declare sizes other than their own, and a minimal PDF with any number of pages.
import { crc32, createDeflate, deflateRawSync } from 'node:zlib';

/** A part of a zip; `declaredSize` replaces its true unpacked size in both headers (a lie). */
export interface ZipPart {
  name: string;
  data: Buffer;
  declaredSize?: number;
}

/** A zip of deflated parts, written as any zip writer would (no zip64, no data descriptors). */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = deflateRawSync(part.data, { level: 9 });
    const size = part.declaredSize ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(part.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(part.data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A Word file mammoth reads, whose document.xml holds `paragraphs` and then `padding` bytes of
 * spaces (which deflate about 1000 to 1); `declaredSize` makes document.xml lie about its size.
 */
export function aDocx(options: { paragraphs?: readonly string[]; padding?: number; declaredSize?: number } = {}): Buffer {
  const body = (options.paragraphs ?? ['Rubrik']).map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  const document = Buffer.concat([
    Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}`),
    Buffer.alloc(options.padding ?? 0, ' '),
    Buffer.from('</w:body></w:document>'),
  ]);
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', data: document, ...(options.declaredSize === undefined ? {} : { declaredSize: options.declaredSize }) },
  ]);
}

/**
 * A PDF of `pages` pages sharing one content stream that shows `text` on `times` lines of `size`
 * points (pdf.js leaves out text beyond the page's edges, so a flood must be set small).
 */
export function aPdf(pages: number, text = 'Rad', times = 1, size = 10, stream?: { flate: Buffer }): Buffer {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = stream === undefined ? `BT /F1 ${size} Tf 10 780 Td ${`(${escaped}) Tj 0 -${size} Td `.repeat(times)}ET` : stream.flate.toString('latin1');
  const filter = stream === undefined ? '' : ' /Filter /FlateDecode';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')}${filter} >>\nstream\n${content}\nendstream`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>'),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * A one-page PDF whose content stream shows "Rad" and then unpacks to `bytes` of spaces: about a
 * thousandth of that in the file (a 1 GiB stream is about 1 MB), made without holding it whole.
 */
export async function anInflatingPdf(bytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  deflate.write('BT /F1 10 Tf 10 780 Td (Rad) Tj ET ');
  const chunk = Buffer.alloc(4 * 1024 * 1024, 0x20);
  for (let left = bytes; left > 0; left -= chunk.length) {
    if (!deflate.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return aPdf(1, '', 1, 10, { flate: Buffer.concat(parts) });
}
