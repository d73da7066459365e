// The document renderers: pure functions from a report in redovisa.report/1 to HTML, PDF and DOCX.
export { renderHtml, escapeHtml, type HtmlOptions } from './html.js';
export { renderPdf, type PdfOptions } from './pdf.js';
export { renderDocx } from './docx.js';
