import { committees as committeeRepo, dashboard, indicators } from '../../db/index.js';
import type { YearProject, YearReport, YearRound } from '../../db/repositories/dashboard.js';
import {
  buildYearDashboard, type DashboardYearRows, type Punctuality, type YearDashboard,
} from '../../domain/dashboard.js';
import { AppError } from '../../domain/errors.js';
import type { RoundKind } from '../../domain/period.js';
import { MAX_YEAR, MIN_YEAR } from '../../domain/project-years.js';
import type { AppContext } from '../context.js';
import { dashboardScope } from '../policies/finance.js';
import { stockholmDate } from '../../domain/lateness.js';

/** The year to show, and optionally one committee. */
export interface YearDashboardInput {
  year: number;
  committeeId?: number | null;
}

const HANDED_IN = new Set(['submitted', 'approved']);

/** On time, late, overdue or not yet due, by the round's deadline day in Stockholm (DESIGN.md §2's lateness). */
function punctualityOf(report: { state: string; submittedAt: string | null } | null, deadline: string, today: string): Punctuality {
  if (report && HANDED_IN.has(report.state)) {
    return report.submittedAt !== null && stockholmDate(new Date(report.submittedAt)) > deadline ? 'late' : 'on_time';
  }
  return today > deadline ? 'overdue' : 'not_due';
}

/** One year's rows from what the queries read for both years. */
function rowsOf(
  year: number, roundList: readonly YearRound[], committeeList: ReadonlyArray<{ id: number; name: string; active: boolean }>,
  projectList: readonly YearProject[], reportList: readonly YearReport[], sums: Awaited<ReturnType<typeof dashboard.approvedSumsOfYears>>,
  today: string, committeeId: number | null,
): DashboardYearRows {
  const rounds = roundList.filter((r) => r.year === year);
  const deadlineOf = new Map(rounds.map((r) => [r.kind, r.deadline]));
  const approvedSums = sums.filter((s) => s.year === year);
  // Projects active in the year, and any other with approved accruals in it (never drop an amount).
  const accrued = new Set(approvedSums.map((s) => s.projectId));
  const projects = projectList
    .filter((p) => (p.activeFromYear <= year && (p.activeToYear === null || p.activeToYear >= year)) || accrued.has(p.projectId))
    .map((p) => ({ projectId: p.projectId, committeeId: p.committeeId, number: p.number, name: p.name, projectCode: p.projectCode, grantOre: p.grants.get(year) ?? null }));
  const reports = reportList.filter((r) => r.year === year).map((r) => ({
    reportId: r.reportId, committeeId: r.committeeId, kind: r.kind, state: r.state, submittedAt: r.submittedAt,
    punctuality: punctualityOf(r, deadlineOf.get(r.kind) ?? '9999-12-31', today),
  }));
  // Every active committee, and any other that has a project or a report in the year, so no figure is left out.
  const withFigures = new Set([...projects.map((p) => p.committeeId), ...reports.map((r) => r.committeeId)]);
  const committees = committeeList
    .filter((c) => (committeeId === null || c.id === committeeId) && (c.active || withFigures.has(c.id)))
    .map((c) => ({ committeeId: c.id, committeeName: c.name }));
  return {
    year, rounds, committees, projects, reports,
    approvedSums: approvedSums.map((s) => ({ projectId: s.projectId, committeeId: s.committeeId, periodTo: s.periodTo, sumOre: s.sumOre })),
  };
}

/**
 * A year's dashboard: grants against approved accruals per committee, project and round, the reports'
 * states and punctuality, and last year's totals. The central office and readers see every committee
 * (or the one they ask for); a committee user only its own; and the year's indicators, target against
 * the latest approved outcome, in the same scope. Six aggregate queries for both years, two for the indicators.
 */
export async function getYearDashboard(ctx: AppContext, input: YearDashboardInput): Promise<YearDashboard> {
  const scope = dashboardScope(ctx.actor, input.committeeId ?? null);
  if ('refused' in scope) throw new AppError('forbidden', scope.refused);
  const { year } = input;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new AppError('invalid_input', `Året ska vara mellan ${MIN_YEAR} och ${MAX_YEAR}.`, { field: 'year' });
  }
  const committeeId = scope.committeeId;
  const filter = committeeId ?? undefined;
  const years = [year - 1, year];
  const db = ctx.database.db;
  const [roundList, committeeList, projectList, reportList, sums, indicatorRows] = await Promise.all([
    dashboard.roundsOfYears(db, years),
    committeeRepo.list(db),
    dashboard.projectsOfYears(db, years, filter),
    dashboard.reportsOfYears(db, years, filter),
    dashboard.approvedSumsOfYears(db, years, filter),
    // The year's indicators in the same scope: a committee user's own committee only; drafts' outcomes never.
    indicators.yearFigures(db, year, { committeeId: filter }),
  ]);
  if (committeeId !== null && !committeeList.some((c) => c.id === committeeId)) {
    throw new AppError('not_found', `Nämnden ${committeeId} finns inte.`, { field: 'committee' });
  }
  const today = stockholmDate(ctx.now());
  const current = rowsOf(year, roundList, committeeList, projectList, reportList, sums, today, committeeId);
  const previous = rowsOf(year - 1, roundList, committeeList, projectList, reportList, sums, today, committeeId);
  const deadlines = new Map(current.rounds.map((r) => [r.kind, r.deadline]));
  return buildYearDashboard(current, previous, {
    committeeId,
    missingPunctuality: (kind: RoundKind) => punctualityOf(null, deadlines.get(kind) ?? '9999-12-31', today),
    indicators: indicatorRows,
  });
}
