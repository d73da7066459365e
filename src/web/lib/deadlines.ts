import { isHandedIn } from '../../domain/lateness.js';
import type { ReportSummary, Round } from '../api/types.js';
import type { MessageKey } from '../i18n/sv.js';

/** What a committee user is told on the start page about an open round. */
export interface DeadlineNotice {
  round: Round;
  /** The committee's report in the round, or null when it has none yet. */
  reportId: number | null;
  /** Where the report stands: its state, or not started when there is none. */
  status: ReportSummary['state'] | 'not_started';
  /** The deadline day has passed (Stockholm) and the report is not handed in. */
  late: boolean;
}

/** One notice per open round whose report the committee has not handed in yet, earliest deadline first. */
export function deadlineNotices(rounds: readonly Round[], reports: readonly ReportSummary[], today: string): DeadlineNotice[] {
  return rounds
    .filter((round) => round.state === 'open')
    .flatMap((round): DeadlineNotice[] => {
      const report = reports.find((r) => r.roundId === round.id);
      const status: DeadlineNotice['status'] = report?.state ?? 'not_started';
      if (isHandedIn(status)) return [];
      return [{ round, reportId: report?.id ?? null, status, late: today > round.deadline }];
    })
    .sort((a, b) => a.round.deadline.localeCompare(b.round.deadline));
}

/** What is left for the user to do with the report: the approver sends it in, a reporter readies it. */
export function whatIsLeft(status: DeadlineNotice['status'], role: string): MessageKey {
  if (status === 'not_started') return 'reports.todo.notStarted';
  const sends = role === 'approver';
  if (status === 'returned') return sends ? 'reports.todo.returnedApprover' : 'reports.todo.returnedReporter';
  if (status === 'reopened') return sends ? 'reports.todo.reopenedApprover' : 'reports.todo.reopenedReporter';
  return sends ? 'reports.todo.draftApprover' : 'reports.todo.draftReporter';
}
