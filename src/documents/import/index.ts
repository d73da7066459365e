// The legacy importer (DESIGN.md §5): .txt, .pdf and .docx reports to redovisa.report/1.
export { ImportError } from './errors.js';
export { parseReportLines, parseReportText, type LineParseOptions, type ParseOptions } from './parse-text.js';
export { readReportFile } from './read-file.js';
export type { Hyphenation } from './hyphenation.js';
export type { SourceLine } from './lines.js';
