import { rounds } from '../../db/index.js';
import { overview } from '../../db/repositories/round-reports.js';
import type { Round } from '../../db/repositories/rounds.js';
import { AppError } from '../../domain/errors.js';
import type { ReportState } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { canRemindCommittees, canViewRoundOverview } from '../policies/round.js';
import { isHandedIn, isLate } from '../../domain/lateness.js';

/** One committee's line in the overview. */
export interface RoundOverviewLine {
  committeeId: number;
  committeeName: string;
  reportId: number | null;
  status: ReportState | 'not_started';
  late: boolean;
  submittedAt: string | null;
  updatedAt: string | null;
  totalOre: number;
  /** Whether the actor may remind the committee of its report ("Påminn"): the round is open and the report not handed in. */
  remind: boolean;
}

/** A round with every active committee's progress in it. */
export interface RoundOverview {
  round: Round;
  committees: RoundOverviewLine[];
}

/**
 * Where every committee stands in a round: its report's state (or not started), whether it is late
 * by the actor's clock, and its total. Two queries, whatever the number of committees.
 */
export async function getRoundOverview(ctx: AppContext, roundId: number): Promise<RoundOverview> {
  if (!canViewRoundOverview(ctx.actor)) throw new AppError('forbidden', 'Bara controller och administratör får se omgångens översikt.');
  const round = await rounds.getById(ctx.database.db, roundId);
  const now = ctx.now();
  const rows = await overview(ctx.database.db, roundId);
  const mayRemind = canRemindCommittees(ctx.actor) && round.state === 'open';
  return {
    round,
    committees: rows.map((row) => {
      const status = row.state ?? 'not_started';
      return {
        committeeId: row.committeeId,
        committeeName: row.committeeName,
        reportId: row.reportId,
        status,
        late: isLate({ status, submittedAt: row.submittedAt }, round.deadline, now),
        submittedAt: row.submittedAt,
        updatedAt: row.updatedAt,
        totalOre: row.totalOre,
        remind: mayRemind && row.reportId !== null && !isHandedIn(status),
      };
    }),
  };
}
