// The most a report may hold, in one place. The interchange schema (report.ts), the API's save
// (src/contract/reports.ts) and the importers all read these, so a report refused on one path is
// refused on every path (a save, a file read into a draft, `redovisa import`) with the same words.
import { formatKronor } from './money.js';

/**
 * The largest amount one accrual entry may carry: 10 000 000 000 kr. Far beyond any project's grant,
 * and small enough that a project's entries over a year's rounds always sum exactly
 * (MAX_ENTRIES_PER_PROJECT rows × 3 rounds × 10^12 öre stays below 2^53).
 */
export const MAX_ENTRY_ORE = 1_000_000_000_000;

/** The most accrual entries one project may have in one report. */
export const MAX_ENTRIES_PER_PROJECT = 1_000;

/** The most projects (sections) one report may have. */
export const MAX_PROJECTS_PER_REPORT = 1_000;

/** The most paragraphs one narrative may have. */
export const MAX_PARAGRAPHS = 500;

/** The longest paragraph of a narrative, in characters. */
export const MAX_PARAGRAPH_LENGTH = 20_000;

/** The longest narrative title, in characters. */
export const MAX_NARRATIVE_TITLE_LENGTH = 300;

/** The longest text of an accrual entry, in characters. */
export const MAX_ENTRY_TEXT_LENGTH = 500;

/** The longest name: of a report's title and type, its committee, a project. */
export const MAX_NAME_LENGTH = 200;

/** The longest account, IKB or counterparty a draft may hold (codes are four digits when complete). */
export const MAX_CODE_LENGTH = 10;

/** The longest search query, in characters. */
export const MAX_SEARCH_QUERY_LENGTH = 200;

/**
 * The most text one report may hold, all narratives and entry texts together, in characters: the
 * seed has about 25 000, a long annual report a few hundred thousand. Bounds what one committee can
 * make the database (and every document and audit event of the report) grow to.
 */
export const MAX_REPORT_TEXT_LENGTH = 2_000_000;

/** The longest reason given for returning or reopening a report, in characters. */
export const MAX_REASON_LENGTH = 5_000;

// "1 000" as Swedish readers write it, with a plain space so that messages compare and copy as typed.
const countFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0, useGrouping: true });
const count = (n: number) => countFormat.format(n).replace(/\s/gu, ' ');

/** What a user reads when a limit is passed: one sentence per limit, naming the limit. */
export const LIMIT_MESSAGES = {
  entryOre: `Beloppet får vara högst ${formatKronor(MAX_ENTRY_ORE, { plainSpaces: true })} kr.`,
  entriesPerProject: `Ett projekt får ha högst ${count(MAX_ENTRIES_PER_PROJECT)} rader.`,
  projectsPerReport: `En redovisning får ha högst ${count(MAX_PROJECTS_PER_REPORT)} projekt.`,
  paragraphs: `En delredovisning får ha högst ${count(MAX_PARAGRAPHS)} stycken.`,
  paragraphLength: `Ett stycke får vara högst ${count(MAX_PARAGRAPH_LENGTH)} tecken.`,
  narrativeTitleLength: `Rubriken får vara högst ${count(MAX_NARRATIVE_TITLE_LENGTH)} tecken.`,
  entryTextLength: `Texten får vara högst ${count(MAX_ENTRY_TEXT_LENGTH)} tecken.`,
  reasonLength: `Skälet får vara högst ${count(MAX_REASON_LENGTH)} tecken.`,
  reportText: `En redovisning får ha högst ${count(MAX_REPORT_TEXT_LENGTH)} tecken text (delredovisningar och radtexter tillsammans).`,
} as const;

/** "Konto får vara högst 10 tecken.": the limit on a code's length, for the field it names. */
export function codeLengthMessage(field: string): string {
  return `${field} får vara högst ${MAX_CODE_LENGTH} tecken.`;
}

/** "Projektnamnet får vara högst 200 tecken.": the limit on a name, for the name it names. */
export function nameLengthMessage(name: string): string {
  return `${name} får vara högst ${MAX_NAME_LENGTH} tecken.`;
}

/** The most indicators one project may carry (and one project section of a report). */
export const MAX_INDICATORS_PER_PROJECT = 50;

/** The longest name of an indicator, in characters. */
export const MAX_INDICATOR_NAME_LENGTH = 150;

/** The longest unit of an indicator ("deltagare", "%", "st"), in characters: it never wraps in a table. */
export const MAX_INDICATOR_UNIT_LENGTH = 20;

/** The longest comment on an indicator's outcome, in characters. */
export const MAX_INDICATOR_COMMENT_LENGTH = 300;

/** The most digits an indicator value may have before its decimal comma. */
export const MAX_INDICATOR_WHOLE_DIGITS = 12;

/** The most digits an indicator value may have after its decimal comma. */
export const MAX_INDICATOR_DECIMALS = 4;

/** What a user reads when an indicator limit is passed. */
export const INDICATOR_LIMIT_MESSAGES = {
  perProject: `Ett projekt får ha högst ${count(MAX_INDICATORS_PER_PROJECT)} indikatorer.`,
  nameLength: `Indikatorns namn får vara högst ${count(MAX_INDICATOR_NAME_LENGTH)} tecken.`,
  unitLength: `Enheten får vara högst ${count(MAX_INDICATOR_UNIT_LENGTH)} tecken.`,
  commentLength: `Kommentaren får vara högst ${count(MAX_INDICATOR_COMMENT_LENGTH)} tecken.`,
} as const;

/** All the text of a report's projects: narrative titles, paragraphs and entry texts, in characters. */
export function reportTextLength(projects: readonly { entries: readonly { text: string }[]; narrative: { title: string; paragraphs: readonly string[] } | null }[]): number {
  let total = 0;
  for (const project of projects) {
    for (const entry of project.entries) total += entry.text.length;
    if (project.narrative !== null) {
      total += project.narrative.title.length;
      for (const paragraph of project.narrative.paragraphs) total += paragraph.length;
    }
  }
  return total;
}

/** The longest organisation name: it stands on one line of every page's footer, beside "Sida N av M". */
export const MAX_ORGANISATION_NAME_LENGTH = 80;
