import type { RoundOverview } from '../../app/rounds/get-round-overview.js';
import type { Round } from '../../app/rounds/list-rounds.js';
import type * as api from '../../contract/rounds.js';
import { formatRoundCode, ROUND_KIND_NAMES } from '../../domain/period.js';
import { roundStatusName } from '../../domain/workflow.js';

/** A round in the API. */
export function presentRound(round: Round): api.Round {
  return {
    id: round.id,
    code: formatRoundCode(round),
    year: round.year,
    kind: round.kind,
    kindName: ROUND_KIND_NAMES[round.kind],
    periodFrom: round.periodFrom,
    periodTo: round.periodTo,
    deadline: round.deadline,
    state: round.state,
  };
}

/** A round's overview in the API: the round, then one line per committee. */
export function presentRoundOverview(overview: RoundOverview): api.RoundOverview {
  return {
    round: presentRound(overview.round),
    committees: overview.committees.map((line) => ({
      committeeId: line.committeeId,
      committeeName: line.committeeName,
      reportId: line.reportId,
      status: line.status,
      statusName: roundStatusName(line.status),
      late: line.late,
      submittedAt: line.submittedAt,
      updatedAt: line.updatedAt,
      totalOre: line.totalOre,
      remind: line.remind,
    })),
  };
}
