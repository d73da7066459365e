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
// A date as committees write it: 2014-08-01, or written out, 1 augusti 2014 (1:a augusti 2014).
const DATE = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}(?::a|:e)?\s+\p{L}+\.?\s+\d{4}`;
// "From … tom …" (fr.o.m. … t.o.m. …), or two dates with a dash between them.
const PERIOD = new RegExp(
  String.raw`^Periodisering\s*:?\s+(?:(?:From|fr\.?\s?o\.?\s?m\.?)\s+(${DATE})\s+(?:tom|t\.?\s?o\.?\s?m\.?)\s+(${DATE})|(${DATE})\s*[-\u2013\u2014]\s*(${DATE}))$`,
  'iu',
);
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** The front matter, how many opening lines it took, and the lines above it left out as a running head. */
export interface ReadFrontMatter {
  front: FrontMatter;
  consumed: number;
  skipped: TextLine[];
}

// A running head ("Hässelby-Vällingby stadsdelsnämnd", the title again) may stand above the title.
const MAX_HEAD_LINES = 2;

/**
 * Reads the four opening lines; throws ImportError naming the line that is not what was expected.
 * Where "Nämnd: …" comes later than third, the lines above the title and report type are a
 * running head (a single page cannot show that it repeats): they are left out and named.
 */
export function readFrontMatter(all: readonly TextLine[], fileName: string): ReadFrontMatter {
  const committeeAt = all.slice(0, 3 + MAX_HEAD_LINES).findIndex((line) => COMMITTEE.test(line.text));
  const skip = committeeAt > 2 ? committeeAt - 2 : 0;
  const lines = all.slice(skip);
  // A committee line or period line wrapped in a narrow column ("Nämnd: Enskede-Årsta-Vantörs" /
  // "stadsdelsnämnd"): the next line belongs to it when only the two together read as one.
  let consumed = 4;
  const joined = [...lines];
  for (const index of [2, 3]) {
    const line = joined[index];
    const next = joined[index + 1];
    if (!line || !next) continue;
    // A date broken after one of its hyphens ("tom 2016-" / "08-31") joins without a space.
    const together = index === 3 && /\d-$/u.test(line.text) && PERIOD.test(`${line.text}${next.text}`) ? `${line.text}${next.text}` : `${line.text} ${next.text}`;
    const wrapped = index === 2 ? !/^Periodisering\b/iu.test(next.text) && /^Periodisering\b/iu.test(joined[index + 2]?.text ?? '') : !PERIOD.test(line.text) && PERIOD.test(together);
    if (wrapped) {
      joined.splice(index, 2, { ...line, text: together });
      consumed++;
    }
  }
  const front = parseFrontMatter(joined, fileName);
  return { front, consumed: skip + consumed, skipped: all.slice(0, skip) };
}

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
  const from = checkedDate(period[1] ?? period[3] ?? '', fileName, periodLine);
  const to = checkedDate(period[2] ?? period[4] ?? '', fileName, periodLine);
  if (from > to) {
    throw new ImportError(fileName, periodLine, `Periodiseringen slutar (${to}) före den börjar (${from}).`);
  }
  return { title: title.text, reportType: reportType.text, committee, accrualPeriod: { from, to } };
}

const EXPECTED = [
  'rapportens rubrik, till exempel ”Redovisning ytterstadsprojekt”',
  'rapporttypen, till exempel ”Tertialrapport”',
  'raden ”Nämnd: …” med nämndens namn, till exempel ”Nämnd: Hässelby-Vällingby stadsdelsnämnd”',
  'raden ”Periodisering From ÅÅÅÅ-MM-DD tom ÅÅÅÅ-MM-DD” (eller ”Periodisering From 1 januari 2016 tom 30 april 2016”)',
];

function unexpected(fileName: string, line: TextLine, index: number): ImportError {
  const found = line.text.length > 60 ? `${line.text.slice(0, 60)}…` : line.text;
  return new ImportError(fileName, line, `Väntade ${EXPECTED[index] ?? 'mer text'}, men raden är ”${found}”.`);
}

/** "1 augusti 2014" as 2014-08-01; an ISO date as it is; anything else as written, for parseIsoDate to refuse. */
function isoOf(text: string): string {
  const written = /^(\d{1,2})(?::a|:e)?\s+(\p{L}+)\.?\s+(\d{4})$/u.exec(text);
  if (!written) return text;
  const name = (written[2] ?? '').toLowerCase();
  // The full name, or an abbreviation of at least three letters ("jan", "sept").
  const month = MONTHS.findIndex((candidate) => candidate === name || (name.length >= 3 && candidate.startsWith(name)));
  if (month < 0) return text;
  return `${written[3]}-${String(month + 1).padStart(2, '0')}-${(written[1] ?? '').padStart(2, '0')}`;
}

function checkedDate(written: string, fileName: string, line: TextLine): string {
  const text = isoOf(written);
  const date = parseIsoDate(text);
  if (!date.ok) throw new ImportError(fileName, line, `Periodiseringens datum kan inte läsas: ${date.message}`);
  return date.value;
}
