// The legacy importer (DESIGN.md §5): .txt, .pdf and .docx reports to redovisa.report/1.
export { ImportError } from './errors.js';
export {
  parseReportLines, parseReportSource, parseReportText, type LineParseOptions, type ParseOptions, type Place, type ReadReport, type ReportPlaces,
} from './parse-text.js';
export { readReportFile, readReportSource } from './read-file.js';
export type { Hyphenation } from './hyphenation.js';
export type { SourceLine } from './lines.js';
