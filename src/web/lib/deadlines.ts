import type { ReportSummary, Round } from '../api/types.js';

/** What a committee user is told on the start page about an open round. */
export interface DeadlineNotice {
  round: Round;
  /** The committee's report in the round, or null when it has none yet. */
  reportId: number | null;
  /** The deadline day has passed (Stockholm) and the report is not handed in. */
  late: boolean;
}

// Handed in: submitted or approved; everything else still needs the committee.
const HANDED_IN = new Set(['submitted', 'approved']);

/** One notice per open round whose report the committee has not handed in yet, earliest deadline first. */
export function deadlineNotices(rounds: readonly Round[], reports: readonly ReportSummary[], today: string): DeadlineNotice[] {
  return rounds
    .filter((round) => round.state === 'open')
    .flatMap((round) => {
      const report = reports.find((r) => r.roundId === round.id);
      if (report && HANDED_IN.has(report.state)) return [];
      return [{ round, reportId: report?.id ?? null, late: today > round.deadline }];
    })
    .sort((a, b) => a.round.deadline.localeCompare(b.round.deadline));
}
