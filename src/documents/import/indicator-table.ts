// A project's indicator table, as our PDF and DOCX write it after the entries and their readers
// hand it on: a header row "Indikator, Enhet, Utgångsläge, Mål <år>, Utfall, Kommentar" and one
// row of tab-separated cells per indicator. Values are read exactly (domain/indicator-value.ts) or
// the file is refused at the row: an outcome is a number someone acts on, like an amount.
import { parseIndicatorValue } from '../../domain/indicator-value.js';
import type { ReportIndicator } from '../../domain/report.js';
import { NO_VALUE } from '../wording.js';
import { ImportError } from './errors.js';
import type { SourceLine, SourceLocation } from './lines.js';

/** The header row of an indicator table, cells tab-separated; the fourth names the target's year. */
export const INDICATOR_HEADER = /^Indikator\tEnhet\tUtgångsläge\tMål (\d{4})\tUtfall\tKommentar$/u;

/** True when the line is an indicator table's header row. */
export function isIndicatorHeader(text: string): boolean {
  return INDICATOR_HEADER.test(text);
}

/** The indicators read, and where each row is (so a refusal of one can name its line). */
export interface IndicatorTable {
  indicators: ReportIndicator[];
  lines: SourceLocation[];
}

const VALUE_COLUMNS = [['baseline', 'utgångsläget'], ['target', 'målet'], ['outcome', 'utfallet']] as const;

/** Reads the rows after an indicator header (the header itself first in `body`); throws ImportError where a row cannot be read exactly. */
export function readIndicatorTable(body: readonly SourceLine[], fileName: string, project: number): IndicatorTable {
  const indicators: ReportIndicator[] = [];
  const lines: SourceLocation[] = [];
  for (const line of body) {
    if (line.kind === 'break' || isIndicatorHeader(line.text)) continue;
    const cells = line.text.split('\t').map((cell) => cell.trim());
    const where = `Projekt ${project}, indikatortabellen`;
    if (cells.length < 5 || cells.length > 6) {
      throw new ImportError(fileName, line, `${where}: väntade en rad med indikator, enhet, utgångsläge, mål, utfall och kommentar, men raden är ”${shorten(line.text.replace(/\t/gu, ' '))}”.`);
    }
    const [name = '', unit = '', ...rest] = cells;
    if (name === '' || unit === '') throw new ImportError(fileName, line, `${where}: raden saknar ${name === '' ? 'indikatorns namn' : 'enhet'}.`);
    const indicator: ReportIndicator = { name, unit };
    VALUE_COLUMNS.forEach(([key, label], i) => {
      const cell = rest[i] ?? '';
      if (cell === NO_VALUE || cell === '') return;
      const value = parseIndicatorValue(cell);
      if (!value.ok) throw new ImportError(fileName, line, `${where}, ”${name}”: ${label} ”${cell}” kan inte läsas exakt: ${value.message}`);
      indicator[key] = value.value;
    });
    const comment = rest[3] ?? '';
    if (comment !== '') indicator.comment = comment;
    indicators.push(indicator);
    lines.push(line);
  }
  return { indicators, lines };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
