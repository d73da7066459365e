import { fail, ok, type Result } from './errors.js';

/** The kinds of reporting round: two tertials and the annual report. */
export const ROUND_KINDS = ['T1', 'T2', 'VB'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** The states of a round: planned, open for reports, closed (its reports frozen). */
export const ROUND_STATES = ['planned', 'open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** Swedish names of the round kinds, as the reports call them. */
export const ROUND_KIND_NAMES: Readonly<Record<RoundKind, string>> = {
  T1: 'Tertialrapport 1',
  T2: 'Tertialrapport 2',
  VB: 'Verksamhetsberättelse',
};

/** An inclusive span of calendar days as ISO dates (`from` through `to`, *tom*). */
export interface DateSpan {
  readonly from: string;
  readonly to: string;
}

// Tertials are cumulative: T2 covers January through August, not May–August, because Stockholm's
// follow-up reports year to date (and reconciles balances per 30 April, 31 August, 31 December).
const LAST_MONTH: Readonly<Record<RoundKind, number>> = { T1: 4, T2: 8, VB: 12 };

/** The period a round covers: T1 = Jan–Apr, T2 = Jan–Aug, VB = Jan–Dec of the year. */
export function roundPeriod(year: number, kind: RoundKind): DateSpan {
  const month = LAST_MONTH[kind];
  return { from: `${year}-01-01`, to: isoDate(year, month, daysInMonth(year, month)) };
}

/** True for leap years in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses an ISO calendar date (`2014-08-31`), refusing impossible days such as `2014-02-30`. */
export function parseIsoDate(text: string): Result<string> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return fail(`”${text.trim()}” är inget datum: skriv ÅÅÅÅ-MM-DD, till exempel 2014-08-31.`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return fail(`”${text.trim()}” är inget datum: månaden ${m[2]} finns inte.`);
  if (day < 1 || day > daysInMonth(year, month)) {
    return fail(`”${text.trim()}” är inget datum: ${year}-${m[2]} har inte dag ${m[3]}.`);
  }
  return ok(isoDate(year, month, day));
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** True when an ISO date lies within the span, both ends included. ISO strings compare as dates. */
export function spanContains(span: DateSpan, date: string): boolean {
  return span.from <= date && date <= span.to;
}

/** A round as people type it: `2014-T1`, `2014-T2` or `2014-VB`. */
export interface RoundCode {
  readonly year: number;
  readonly kind: RoundKind;
}

/** The round's name as typed on the command line, in URLs, file names and exports (`2014-VB`). */
export function formatRoundCode(round: RoundCode): string {
  return `${String(round.year).padStart(4, '0')}-${round.kind}`;
}

/** Reads `2014-VB` (also `2014-vb`, `2014 T2`); refuses anything else with a Swedish reason. */
export function parseRoundCode(text: string): Result<RoundCode> {
  const m = /^(\d{4})[-\s]?(T1|T2|VB)$/iu.exec(text.trim());
  if (!m) return fail(`”${text.trim()}” är ingen omgång: skriv år och omgång, till exempel 2014-T1, 2014-T2 eller 2014-VB.`);
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return fail(`”${text.trim()}” är ingen omgång: året ${m[1]} ligger utanför 2000–2100.`);
  const kind = ROUND_KINDS.find((k) => k === m[2]?.toUpperCase());
  return kind ? ok({ year, kind }) : fail(`”${text.trim()}” är ingen omgång.`);
}

/** The round before this one in the same year (T1 before T2, T2 before VB), or null for T1. */
export function previousRoundKind(kind: RoundKind): RoundKind | null {
  return kind === 'VB' ? 'T2' : kind === 'T2' ? 'T1' : null;
}

/** The round's closing date: the last day it covers, on which its accruals are booked and reconciled. */
export function roundClosingDate(round: RoundCode): string {
  return roundPeriod(round.year, round.kind).to;
}
