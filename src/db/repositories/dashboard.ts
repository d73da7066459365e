// The rows of a year's dashboard, for the year and the one before it at once: rounds, reports,
// projects with their grants, and the approved accruals summed per project and round. Four aggregate
// queries whatever the number of committees, projects and rounds (no query per committee).
import { parseStoredOre } from '../../domain/money.js';
import type { RoundKind, RoundState } from '../../domain/period.js';
import type { ReportState } from '../../domain/workflow.js';
import type { Executor } from '../transaction.js';

export interface YearRound { id: number; year: number; kind: RoundKind; periodTo: string; deadline: string; state: RoundState }

/** The rounds of these years. */
export async function roundsOfYears(db: Executor, years: readonly number[]): Promise<YearRound[]> {
  const rows = await db.selectFrom('rounds').select(['id', 'year', 'kind', 'period_to', 'deadline', 'state']).where('year', 'in', [...years]).execute();
  return rows.map((r) => ({ id: r.id, year: r.year, kind: r.kind, periodTo: r.period_to, deadline: r.deadline, state: r.state }));
}

export interface YearReport { reportId: number; committeeId: number; year: number; kind: RoundKind; state: ReportState; submittedAt: string | null }

/** Every report (any state) in a round of these years, optionally of one committee. */
export async function reportsOfYears(db: Executor, years: readonly number[], committeeId?: number): Promise<YearReport[]> {
  let query = db
    .selectFrom('reports as r')
    .innerJoin('rounds as o', 'o.id', 'r.round_id')
    .select(['r.id', 'r.committee_id', 'o.year', 'o.kind', 'r.state', 'r.submitted_at'])
    .where('o.year', 'in', [...years]);
  if (committeeId !== undefined) query = query.where('r.committee_id', '=', committeeId);
  const rows = await query.execute();
  return rows.map((r) => ({ reportId: r.id, committeeId: r.committee_id, year: r.year, kind: r.kind, state: r.state, submittedAt: r.submitted_at }));
}

export interface YearProject {
  projectId: number; committeeId: number; number: number; name: string; projectCode: string;
  activeFromYear: number; activeToYear: number | null;
  /** The grant per year, for the years asked about. */
  grants: Map<number, number>;
}

/**
 * Every project (optionally of one committee) with these years' grants: the caller keeps those active
 * in a year and those with approved accruals in it, so an accrual on a project outside its years is
 * never dropped. Two queries; a programme has a few hundred projects.
 */
export async function projectsOfYears(db: Executor, years: readonly number[], committeeId?: number): Promise<YearProject[]> {
  let query = db
    .selectFrom('projects as p')
    .select(['p.id', 'p.committee_id', 'p.number', 'p.name', 'p.project_code', 'p.active_from_year', 'p.active_to_year']);
  if (committeeId !== undefined) query = query.where('p.committee_id', '=', committeeId);
  let grantQuery = db
    .selectFrom('project_grants as g')
    .innerJoin('projects as p', 'p.id', 'g.project_id')
    .select(['g.project_id', 'g.year', 'g.amount_ore'])
    .where('g.year', 'in', [...years]);
  if (committeeId !== undefined) grantQuery = grantQuery.where('p.committee_id', '=', committeeId);
  const [rows, grants] = await Promise.all([query.execute(), grantQuery.execute()]);
  const projects = new Map<number, YearProject>(rows.map((r) => [r.id, {
    projectId: r.id, committeeId: r.committee_id, number: r.number, name: r.name, projectCode: r.project_code,
    activeFromYear: r.active_from_year, activeToYear: r.active_to_year, grants: new Map(),
  }]));
  for (const g of grants) projects.get(g.project_id)?.grants.set(g.year, parseStoredOre(g.amount_ore));
  return [...projects.values()].sort((a, b) => a.committeeId - b.committeeId || a.number - b.number || a.projectId - b.projectId);
}

export interface ApprovedSum { projectId: number; committeeId: number; year: number; periodTo: string; sumOre: number }

/**
 * The entries of approved reports in rounds of these years, summed per project and round (sections
 * linked to a project only, as the finance figures count them). One aggregate query.
 */
export async function approvedSumsOfYears(db: Executor, years: readonly number[], committeeId?: number): Promise<ApprovedSum[]> {
  let query = db
    .selectFrom('accrual_entries as e')
    .innerJoin('project_sections as s', 's.id', 'e.section_id')
    .innerJoin('reports as r', 'r.id', 's.report_id')
    .innerJoin('rounds as o', 'o.id', 'r.round_id')
    .select((eb) => ['s.project_id', 'r.committee_id', 'o.year', 'o.period_to', eb.fn.sum('e.amount_ore').as('sum_ore')])
    .where('o.year', 'in', [...years])
    .where('r.state', '=', 'approved')
    .where('s.project_id', 'is not', null)
    .groupBy(['s.project_id', 'r.committee_id', 'o.year', 'o.period_to']);
  if (committeeId !== undefined) query = query.where('r.committee_id', '=', committeeId);
  const rows = await query.execute();
  return rows.flatMap((r) => (r.project_id === null ? [] : [{
    projectId: r.project_id, committeeId: r.committee_id, year: r.year, periodTo: r.period_to, sumOre: parseStoredOre(r.sum_ore),
  }]));
}
