// The document renderers: pure functions from a report in redovisa.report/1 and its frame (the
// organisation, the approval or none: wording.ts DocumentFrame) to HTML, PDF and DOCX.
//
// What a reader of our PDF and DOCX meets besides the report's own text (for the importer):
// - every page of the PDF ends with a footer line "<organisation>   Sida N av M" (8 pt);
// - a report that is not approved carries "UTKAST – redovisningen är inte godkänd" at the top of
//   every PDF page (and "UTKAST" across it, rotated) and in the DOCX page header; an approved one
//   ends with the block "Godkännande" / "Godkänd: <date time>" / "Godkänd av: …" / "Version: N";
// - a table that breaks across pages repeats its heading row "Konto IKB Nämndens motpartsnr Belopp Text";
// - a table with entries ends with the row "Summa" and their sum ("2 626 837 kr") in the Belopp
//   column; after the last table, "Redovisningens summa: … kr" (the importer checks both);
// - a project without entries has one row "Inga periodiseringar" (entries: []) and no sum;
// - a project whose narrative is null or has no text has no "Delredovisning projekt N: …" heading;
// - long headings and entry texts wrap onto further lines; lines break only at spaces; a heading
//   never ends a page;
// - the PDF's Creator is "Redovisa" (wording.ts CREATOR): its line-end hyphens are the author's;
// - each narrative paragraph of the PDF starts at a named destination "stycke-N" (PARAGRAPH_ANCHOR);
// - the DOCX page header and footer live in header1.xml and footer1.xml, which mammoth does not read.
export { renderHtml, escapeHtml, type HtmlOptions } from './html.js';
export { renderPdf, type PdfOptions } from './pdf.js';
export { renderDocx } from './docx.js';
