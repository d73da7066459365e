// The text a PDF's pages paint (src/documents/import/pdf/document.ts): each run of glyphs where the
// page sets it. A word processor's italic where the font has none slants the glyphs with a shear
// on a level baseline: that is the line's text. Text turned on the page (a watermark) is none.
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../src/documents/import/pdf/document.js';

/** A one-page PDF whose content stream is `content`, with Helvetica as /F1. */
function pdfWith(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj ${object} endobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer << /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('the pieces of a PDF page', () => {
  it('reads slanted words on a level baseline as the line\'s text, at the line\'s size, and leaves turned text out', async () => {
    const content = [
      'BT /F1 12 Tf 1 0 0 1 72 700 Tm (Under sommaren har) Tj ET',
      // A synthetic italic: the glyphs sheared, the baseline level.
      'BT /F1 12 Tf 1 0 0.2 1 184 700 Tm (medborgare) Tj ET',
      'BT /F1 12 Tf 1 0 0 1 250 700 Tm (odlat.) Tj ET',
      // A watermark across the page.
      'BT /F1 40 Tf 0.7071 0.7071 -0.7071 0.7071 150 300 Tm (UTKAST) Tj ET',
    ].join('\n');
    const { pages } = await loadPdf(pdfWith(content), 'kursiv.pdf');
    const pieces = pages[0]?.pieces ?? [];
    expect(pieces.map((piece) => piece.text)).toStrictEqual(['Under sommaren har', 'medborgare', 'odlat.']);
    expect(pieces.map((piece) => [Math.round(piece.y), piece.size])).toStrictEqual([[700, 12], [700, 12], [700, 12]]);
  });
});
