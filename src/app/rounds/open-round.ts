import { auditEvents, indicators, projects, reports, rounds, withTransaction, type Executor } from '../../db/index.js';
import type { IndicatorForYear } from '../../db/repositories/indicators.js';
import { approvedEntries } from '../../db/repositories/round-accruals.js';
import type { ProjectDetails } from '../../db/repositories/projects.js';
import { committeesWithoutReport } from '../../db/repositories/round-reports.js';
import type { Round } from '../../db/repositories/rounds.js';
import { formatRoundCode, previousRoundKind } from '../../domain/period.js';
import { DEFAULT_REPORT_TITLE, type AccrualEntry, type ProjectSection } from '../../domain/report.js';
import { reversalOf } from '../../domain/reversal.js';
import type { AppContext } from '../context.js';
import { canManageRounds } from '../policies/round.js';
import { auditBy } from '../setup/audit.js';
import { setupForbidden } from '../setup/forbidden.js';
import { notifyRoundOpened } from '../notifications/workflow-events.js';
import { assertCanOpen, roundName } from './round-state.js';

/** What opening a round did. */
export interface OpenRoundResult {
  round: Round;
  /** The drafts created, one per active committee that had no report in the round. */
  createdReportIds: number[];
}

/**
 * Opens a planned (or closed) round and creates each active committee's draft for it: the round's
 * period, one empty section per project the committee runs that year, in project-number order.
 * Committees that already have a report in the round keep it. One transaction, audit events and
 * notifications to the committees' users included.
 */
export async function openRound(ctx: AppContext, roundId: number): Promise<OpenRoundResult> {
  if (!canManageRounds(ctx.actor)) throw setupForbidden();
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const current = await rounds.getById(trx, roundId);
    assertCanOpen(current);
    // The state is checked again in the UPDATE, so of two controllers opening at once one wins.
    const round = await rounds.setState(trx, roundId, current.state, 'open');
    const committees = await committeesWithoutReport(trx, roundId);
    const activeProjects = await projects.listDetailed(trx, { year: round.year });
    const projectsByCommittee = groupByCommittee(activeProjects);
    const indicatorsByProject = await indicators.activeForYear(trx, activeProjects.map((p) => p.id), round.year);
    await auditEvents.append(trx, {
      ...auditBy(ctx, now), action: current.state === 'closed' ? 'round.reopened' : 'round.opened', entityType: 'round', entityId: roundId,
      before: { state: current.state }, after: { state: round.state, reportsCreated: committees.length },
    });

    const reversals = await previousRoundReversals(trx, round);
    const createdReportIds: number[] = [];
    for (const committee of committees) {
      const own = projectsByCommittee.get(committee.id) ?? [];
      const proposed = reversals.get(committee.id);
      const meta = await reports.create(trx, {
        committeeId: committee.id,
        roundId,
        content: {
          title: DEFAULT_REPORT_TITLE,
          reportType: roundName(round),
          accrualPeriod: { from: round.periodFrom, to: round.periodTo },
          projects: own.map((project) => draftSection(project, proposed?.get(project.id) ?? [], indicatorsByProject.get(project.id) ?? [])),
        },
        now,
        projectIds: new Map(own.map((p) => [p.name, p.id])),
      });
      await auditEvents.append(trx, {
        ...auditBy(ctx, now), action: 'report.created', entityType: 'report', entityId: meta.id, reportId: meta.id,
        after: { roundId, round: roundName(round), committeeId: committee.id, committee: committee.name, projects: own.length },
      });
      createdReportIds.push(meta.id);
    }
    await notifyRoundOpened(trx, ctx, round);
    return { round, createdReportIds };
  });
}

// A new draft starts with the reversal of what the committee's previous round of the year booked
// on the project (approved reports only), so nothing is booked twice; the committee accepts or adjusts it.
// It has a row for each of the project's active indicators, with the round year's target and no outcome yet.
function draftSection(project: ProjectDetails, reversals: AccrualEntry[], active: readonly IndicatorForYear[]): ProjectSection {
  const rows = active.map((i) => ({
    name: i.name, unit: i.unit, ...(i.baseline === null ? {} : { baseline: i.baseline }), ...(i.target === null ? {} : { target: i.target }),
  }));
  return { number: project.number, name: project.name, entries: reversals, ...(rows.length > 0 ? { indicators: rows } : {}), narrative: { title: '', paragraphs: [] } };
}

/** Committee → project → the reversal entries proposed from the previous round's approved report. */
async function previousRoundReversals(trx: Executor, round: Round): Promise<Map<number, Map<number, AccrualEntry[]>>> {
  const out = new Map<number, Map<number, AccrualEntry[]>>();
  const kind = previousRoundKind(round.kind);
  const previous = kind && await rounds.findByYearKind(trx, round.year, kind);
  if (!previous) return out;
  const code = formatRoundCode(previous);
  for (const entry of await approvedEntries(trx, previous.id)) {
    if (entry.projectId === null || entry.amountOre === 0) continue;
    const byProject = out.get(entry.committeeId) ?? new Map<number, AccrualEntry[]>();
    out.set(entry.committeeId, byProject);
    const list = byProject.get(entry.projectId) ?? [];
    byProject.set(entry.projectId, list);
    list.push(reversalOf(entry, code));
  }
  return out;
}

// listDetailed orders by committee, then project number; grouping keeps that order within each committee.
function groupByCommittee(list: readonly ProjectDetails[]): Map<number, ProjectDetails[]> {
  const groups = new Map<number, ProjectDetails[]>();
  for (const project of list) {
    const group = groups.get(project.committeeId);
    if (group) group.push(project);
    else groups.set(project.committeeId, [project]);
  }
  return groups;
}
