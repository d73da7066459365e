// A year's dashboard: grants against approved accruals per committee, project and round, the
// reports' states and punctuality per round, and the previous year's totals beside them. Pure: the
// app layer fetches the rows (a handful of aggregate queries) and this file adds them up, so the
// browser's charts, the API and the city-wide PDF all read the same figures.
import { projectFigures, type RoundAccrual } from './accruals.js';
import { dashboardIndicators, type DashboardIndicator, type DashboardIndicatorRow } from './dashboard-indicators.js';
import { sumOre } from './money.js';
import { ROUND_KINDS, type RoundKind, type RoundState } from './period.js';
import type { RoundStatus } from './workflow.js';

/**
 * Whether a committee's report in a round came in time: handed in (submitted or approved) on or
 * before the deadline day, after it, not handed in with the deadline passed, or not yet due.
 */
export type Punctuality = 'on_time' | 'late' | 'overdue' | 'not_due';
export const PUNCTUALITIES = ['on_time', 'late', 'overdue', 'not_due'] as const satisfies readonly Punctuality[];

/** One of the year's three rounds; `exists` is false where no such round has been created. */
export interface DashboardRound {
  kind: RoundKind;
  code: string;
  exists: boolean;
  periodTo: string | null;
  deadline: string | null;
  state: RoundState | null;
}

/** An approved year-to-date figure as of one round; null where the committee's report in it is not approved. */
export interface RoundAmount {
  kind: RoundKind;
  yearToDateOre: number | null;
}

/** One project of a committee over the year. */
export interface DashboardProject {
  projectId: number;
  number: number;
  name: string;
  projectCode: string;
  grantOre: number | null;
  byRound: RoundAmount[];
  /** Approved year to date as of the latest round whose report is approved (0 before any). */
  accruedOre: number;
  remainingOre: number | null;
}

/** A committee's report in one round: its state and whether it came in time. */
export interface DashboardReport {
  kind: RoundKind;
  reportId: number | null;
  status: RoundStatus;
  submittedAt: string | null;
  punctuality: Punctuality | null;
}

/** One committee over the year. */
export interface DashboardCommittee {
  committeeId: number;
  committeeName: string;
  /** The sum of its projects' grants of the year (projects without a grant add nothing). */
  grantOre: number;
  byRound: RoundAmount[];
  /** The latest round whose report is approved, which `accruedOre` is as of; null before any. */
  asOf: RoundKind | null;
  accruedOre: number;
  /** The sum of its projects' remainders (projects without a grant have none). */
  remainingOre: number;
  reports: DashboardReport[];
  projects: DashboardProject[];
}

/** Sums over the committees shown, per round and for the year. */
export interface DashboardTotals {
  grantOre: number;
  /** Per round: the approved year to date summed, and how many committees it leaves out (not approved; 0 where the round does not exist). */
  byRound: Array<{ kind: RoundKind; yearToDateOre: number; approvedCommittees: number; notApprovedCommittees: number }>;
  accruedOre: number;
  remainingOre: number;
}

/** The year's dashboard as the API sends it. */
export interface YearDashboard {
  year: number;
  /** The committee the figures are narrowed to, or null for every committee. */
  committeeId: number | null;
  rounds: DashboardRound[];
  committees: DashboardCommittee[];
  totals: DashboardTotals;
  /** The same year-to-date totals for the year before, for comparison. */
  previous: { year: number; grantOre: number; byRound: DashboardTotals['byRound'] };
  /** The indicators of the projects shown: the year's target against the latest approved outcome. */
  indicators: DashboardIndicator[];
}

// ─── What the app layer reads ──────────────────────────────────────────────────────────────────

export interface DashboardRoundRow { kind: RoundKind; year: number; periodTo: string; deadline: string; state: RoundState }
export interface DashboardCommitteeRow { committeeId: number; committeeName: string }
export interface DashboardProjectRow {
  projectId: number; committeeId: number; number: number; name: string; projectCode: string; grantOre: number | null;
}
/** A report of one of the year's rounds, with its punctuality already judged by the caller's clock. */
export interface DashboardReportRow {
  reportId: number; committeeId: number; kind: RoundKind; state: RoundStatus; submittedAt: string | null; punctuality: Punctuality;
}
/** A project's net accruals in one approved report. */
export interface DashboardSumRow { projectId: number; committeeId: number; periodTo: string; sumOre: number }

/** One year's rows: the committees in order, their projects active that year, reports and approved sums. */
export interface DashboardYearRows {
  year: number;
  rounds: readonly DashboardRoundRow[];
  committees: readonly DashboardCommitteeRow[];
  projects: readonly DashboardProjectRow[];
  reports: readonly DashboardReportRow[];
  approvedSums: readonly DashboardSumRow[];
}

const roundCode = (year: number, kind: RoundKind) => `${year}-${kind}`;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The year's committees, projects and rounds from its rows (pure; the order of the committees is kept). */
function yearFigures(rows: DashboardYearRows, notDue: Punctuality | null) {
  const rounds: DashboardRound[] = ROUND_KINDS.map((kind) => {
    const round = rows.rounds.find((r) => r.year === rows.year && r.kind === kind);
    return round
      ? { kind, code: roundCode(rows.year, kind), exists: true, periodTo: round.periodTo, deadline: round.deadline, state: round.state }
      : { kind, code: roundCode(rows.year, kind), exists: false, periodTo: null, deadline: null, state: null };
  });
  const projectsOf = groupBy(rows.projects, (p) => p.committeeId);
  const sumsOf = groupBy(rows.approvedSums, (s) => s.projectId);
  const reportOf = new Map(rows.reports.map((r) => [`${r.committeeId}:${r.kind}`, r]));
  const committees: DashboardCommittee[] = rows.committees.map((c) => {
    const approvedIn = rounds.filter((r) => r.exists && reportOf.get(`${c.committeeId}:${r.kind}`)?.state === 'approved');
    const latest = approvedIn.at(-1) ?? null;
    const projects: DashboardProject[] = (projectsOf.get(c.committeeId) ?? []).map((p) => {
      const approved: RoundAccrual[] = (sumsOf.get(p.projectId) ?? []).map((s) => ({ periodTo: s.periodTo, sumOre: s.sumOre }));
      const ytd = (periodTo: string) => projectFigures(p.grantOre, approved, periodTo).yearToDateOre;
      const accruedOre = latest?.periodTo ? ytd(latest.periodTo) : 0;
      return {
        projectId: p.projectId, number: p.number, name: p.name, projectCode: p.projectCode, grantOre: p.grantOre,
        byRound: rounds.map((r) => ({ kind: r.kind, yearToDateOre: approvedIn.includes(r) && r.periodTo ? ytd(r.periodTo) : null })),
        accruedOre,
        remainingOre: p.grantOre === null ? null : p.grantOre - accruedOre,
      };
    });
    const reports: DashboardReport[] = rounds.filter((r) => r.exists).map((r) => {
      const report = reportOf.get(`${c.committeeId}:${r.kind}`);
      return report
        ? { kind: r.kind, reportId: report.reportId, status: report.state, submittedAt: report.submittedAt, punctuality: report.punctuality }
        : { kind: r.kind, reportId: null, status: 'not_started', submittedAt: null, punctuality: notDue };
    });
    return {
      committeeId: c.committeeId,
      committeeName: c.committeeName,
      grantOre: sumOre(projects.flatMap((p) => (p.grantOre === null ? [] : [p.grantOre]))),
      byRound: rounds.map((r, i) => ({
        kind: r.kind,
        yearToDateOre: approvedIn.includes(r) ? sumOre(projects.map((p) => p.byRound[i]?.yearToDateOre ?? 0)) : null,
      })),
      asOf: latest?.kind ?? null,
      accruedOre: sumOre(projects.map((p) => p.accruedOre)),
      remainingOre: sumOre(projects.flatMap((p) => (p.remainingOre === null ? [] : [p.remainingOre]))),
      reports,
      projects,
    };
  });
  return { rounds, committees };
}

function roundTotals(rounds: readonly DashboardRound[], committees: readonly DashboardCommittee[]): DashboardTotals['byRound'] {
  return ROUND_KINDS.map((kind, i) => {
    const exists = rounds[i]?.exists === true;
    const amounts = committees.flatMap((c) => {
      const v = c.byRound[i]?.yearToDateOre;
      return v === null || v === undefined ? [] : [v];
    });
    return { kind, yearToDateOre: sumOre(amounts), approvedCommittees: amounts.length, notApprovedCommittees: exists ? committees.length - amounts.length : 0 };
  });
}

/**
 * The dashboard of `current.year` with the previous year's totals beside it. A committee's report
 * that is missing where the round's deadline has not passed is `not_due`; where it has, the caller
 * says so in `missingPunctuality` (judged per round by its clock).
 */
export function buildYearDashboard(
  current: DashboardYearRows,
  previous: DashboardYearRows,
  options: { committeeId: number | null; missingPunctuality: (kind: RoundKind) => Punctuality; indicators: readonly DashboardIndicatorRow[] },
): YearDashboard {
  const { rounds, committees } = yearFigures(current, null);
  // A committee without a report in a round: overdue or not yet due, by the round's deadline.
  for (const c of committees) {
    for (const r of c.reports) if (r.reportId === null) r.punctuality = options.missingPunctuality(r.kind);
  }
  const before = yearFigures(previous, 'not_due');
  return {
    year: current.year,
    committeeId: options.committeeId,
    rounds,
    committees,
    totals: {
      grantOre: sumOre(committees.map((c) => c.grantOre)),
      byRound: roundTotals(rounds, committees),
      accruedOre: sumOre(committees.map((c) => c.accruedOre)),
      remainingOre: sumOre(committees.map((c) => c.remainingOre)),
    },
    previous: {
      year: previous.year,
      grantOre: sumOre(before.committees.map((c) => c.grantOre)),
      byRound: roundTotals(before.rounds, before.committees),
    },
    indicators: dashboardIndicators(options.indicators),
  };
}
