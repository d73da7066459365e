/**
 * A PDF's text layer as one line of words, read with pdf.js (the importer's legacy build): line
 * breaks become spaces (a wrapped heading reads whole) and the typographic spaces and minus sign of
 * amounts become plain ones: "2 626 837", "-1 200,50".
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return pages.join(' ').replace(/\u2212/gu, '-').replace(/\s+/gu, ' ');
  } finally {
    await document.destroy();
  }
}
