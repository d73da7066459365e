// DejaVu Sans for the PDF: embedded (PDF/A forbids relying on the reader's fonts) and covering
// Swedish letters, U+00A0 and U+2212 that formatKronor writes. Read from disk once per process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { withoutTables } from './ttf.js';

/** The font family name the PDF layout refers to. */
export const PDF_FONT = 'DejaVuSans';

const FILES = {
  normal: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italics: 'DejaVuSans-Oblique.ttf',
  bolditalics: 'DejaVuSans-BoldOblique.ttf',
} as const;

/** Each style of the family as the bytes of a TrueType file, keyed by virtual file name. */
export type FontFiles = Readonly<Record<keyof typeof FILES, { name: string; bytes: Buffer }>>;

let cache: FontFiles | undefined;

// pdfkit builds a fresh fontkit font for every document, and fontkit decodes a table entirely the
// first time it is touched. Three of DejaVu's tables cost more than the rest of the render together
// (measured per style and document): the OpenType layout tables GSUB/GPOS (~10 ms: ligatures, mark
// positioning, kerning), the classic 'kern' table (~7 ms) and the 6 000 glyph names in 'post'
// (~11 ms). Swedish text needs none of them: no ligatures also means every glyph in the text layer
// maps back to exactly one character, and Word does not kern body text by default either.
const UNUSED_TABLES: ReadonlySet<string> = new Set(['GSUB', 'GPOS', 'kern']);

/** The DejaVu Sans files, read and trimmed on first use, kept for the life of the process. */
export function dejaVuSans(): FontFiles {
  if (cache) return cache;
  // The package has no entry point, only files; resolve its package.json to find them.
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const load = (file: string) => ({ name: `redovisa-fonts/${file}`, bytes: withoutTables(readFileSync(join(dir, file)), UNUSED_TABLES, { glyphNames: false }) });
  cache = {
    normal: load(FILES.normal),
    bold: load(FILES.bold),
    italics: load(FILES.italics),
    bolditalics: load(FILES.bolditalics),
  };
  return cache;
}
