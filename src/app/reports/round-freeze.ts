// A closed round freezes its reports (the workflow's rule). The use cases check it twice: before
// any work, and inside the transaction after the version claim, so a round closed in between
// cannot let a change through.
import { rounds, type Executor } from '../../db/index.js';
import { assertRoundAllows, type ReportChange, type ReportRound } from '../../domain/workflow.js';
import type { Actor } from '../context.js';

/** Throws invalid_transition when the report's round is closed and does not allow the change. */
export function assertRoundAllowsFor(actor: Actor, round: ReportRound | null, change: ReportChange): void {
  assertRoundAllows(round, change, actor.kind === 'user' ? actor.role : null);
}

/** The round a report belongs to as it stands now (in the caller's transaction); null outside any round. */
export async function roundOf(db: Executor, roundId: number | null): Promise<ReportRound | null> {
  return roundId === null ? null : rounds.getById(db, roundId);
}
