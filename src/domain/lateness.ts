import type { ReportState } from './workflow.js';

// Deadlines are calendar days in Stockholm: a report sent at 00:30 on 16 September Swedish time is
// late for a 15 September deadline although it is still the 15th in UTC.
const STOCKHOLM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day an instant falls on in Stockholm, as an ISO date. */
export function stockholmDate(instant: Date): string {
  const part = (type: 'year' | 'month' | 'day') => STOCKHOLM_DAY.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A committee's report in a round as lateness sees it; 'not_started' when there is no report. */
export interface ReportProgress {
  readonly status: ReportState | 'not_started';
  /** When the report was last submitted, if ever. */
  readonly submittedAt: string | null;
}

/** Handed in: submitted or approved. Everything else (not started, a draft, returned, reopened) still needs the committee. */
export function isHandedIn(status: ReportProgress['status']): boolean {
  return status === 'submitted' || status === 'approved';
}

/**
 * Late: not handed in (neither submitted nor approved) and the deadline day has passed in Stockholm,
 * or handed in after the deadline day. A report returned for corrections is not handed in.
 */
export function isLate(report: ReportProgress, deadline: string, now: Date): boolean {
  if (!isHandedIn(report.status)) return stockholmDate(now) > deadline;
  return report.submittedAt !== null && stockholmDate(new Date(report.submittedAt)) > deadline;
}
