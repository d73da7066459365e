// The document renderers: pure functions from a report in redovisa.report/1 to HTML, PDF and DOCX.
//
// What a reader of our PDF and DOCX meets besides the report's own text (for the importer):
// - every page of the PDF ends with a footer line "Sida N av M" (8 pt, right-aligned);
// - a table that breaks across pages repeats its heading row "Konto IKB Nämndens motpartsnr Belopp Text";
// - a project without entries has one row "Inga periodiseringar" (entries: []);
// - a project whose narrative is null has no "Delredovisning projekt N: …" heading;
// - long headings and entry texts wrap onto further lines; lines break only at spaces;
// - the PDF's Creator is "Redovisa" (wording.ts CREATOR): its line-end hyphens are the author's;
// - each narrative paragraph of the PDF starts at a named destination "stycke-N" (PARAGRAPH_ANCHOR);
// - the DOCX page footer ("Sida N av M" fields) lives in footer1.xml, which mammoth does not read.
export { renderHtml, escapeHtml, type HtmlOptions } from './html.js';
export { renderPdf, type PdfOptions } from './pdf.js';
export { renderDocx } from './docx.js';
