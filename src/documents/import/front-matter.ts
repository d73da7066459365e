import { parseIsoDate } from '../../domain/period.js';
import type { AccrualPeriod } from '../../domain/report.js';
import { ImportError } from './errors.js';
import type { TextLine } from './lines.js';

/** What a report states before its first project: title, round, committee, accrual period. */
export interface FrontMatter {
  title: string;
  reportType: string;
  committee: string;
  accrualPeriod: AccrualPeriod;
}

const COMMITTEE = /^Nämnd\s*:\s*(.*)$/iu;
const PERIOD = /^Periodisering\s+(?:From|fr\.?\s?o\.?\s?m\.?)\s+(\S+)\s+(?:tom|t\.?\s?o\.?\s?m\.?)\s+(\S+)$/iu;

/** Reads the four opening lines; throws ImportError naming the line that is not what was expected. */
export function parseFrontMatter(lines: readonly TextLine[], fileName: string): FrontMatter {
  const at = (index: number): TextLine => {
    const line = lines[index];
    if (line) return line;
    throw new ImportError(fileName, lines.at(-1), `Rapporten tar slut för tidigt: väntade ${EXPECTED[index] ?? 'mer text'}.`);
  };
  const title = at(0);
  if (COMMITTEE.test(title.text)) throw unexpected(fileName, title, 0);
  const reportType = at(1);
  if (COMMITTEE.test(reportType.text)) throw unexpected(fileName, reportType, 1);
  const committeeLine = at(2);
  const committee = COMMITTEE.exec(committeeLine.text)?.[1]?.trim();
  if (!committee) throw unexpected(fileName, committeeLine, 2);
  const periodLine = at(3);
  const period = PERIOD.exec(periodLine.text);
  if (!period) throw unexpected(fileName, periodLine, 3);
  const from = checkedDate(period[1] ?? '', fileName, periodLine);
  const to = checkedDate(period[2] ?? '', fileName, periodLine);
  if (from > to) {
    throw new ImportError(fileName, periodLine, `Periodiseringen slutar (${to}) före den börjar (${from}).`);
  }
  return { title: title.text, reportType: reportType.text, committee, accrualPeriod: { from, to } };
}

const EXPECTED = [
  'rapportens rubrik, till exempel "Redovisning ytterstadsprojekt"',
  'rapporttypen, till exempel "Tertialrapport"',
  'raden "Nämnd: …" med nämndens namn, till exempel "Nämnd: Hässelby-Vällingby stadsdelsnämnd"',
  'raden "Periodisering From ÅÅÅÅ-MM-DD tom ÅÅÅÅ-MM-DD"',
];

function unexpected(fileName: string, line: TextLine, index: number): ImportError {
  const found = line.text.length > 60 ? `${line.text.slice(0, 60)}…` : line.text;
  return new ImportError(fileName, line, `Väntade ${EXPECTED[index] ?? 'mer text'}, men raden är "${found}".`);
}

function checkedDate(text: string, fileName: string, line: TextLine): string {
  const date = parseIsoDate(text);
  if (!date.ok) throw new ImportError(fileName, line, `Periodiseringens datum kan inte läsas: ${date.message}`);
  return date.value;
}
