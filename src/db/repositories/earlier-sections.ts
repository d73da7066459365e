// A project's sections in the committee's reports of earlier rounds, for "last round beside this
// one": which reports there are (one light query), then the chosen sections' figures and narrative.
import type { Narrative } from '../../domain/report.js';
import { countOf } from '../errors.js';
import type { ReportState, RoundKind } from '../schema.js';
import type { Executor } from '../transaction.js';
import { parseParagraphs } from './paragraphs.js';
import { totalOf } from './reports.js';

/** A section of a project in one of the committee's reports of an earlier round. */
export interface EarlierSection {
  sectionId: number;
  projectId: number;
  reportId: number;
  committeeId: number;
  state: ReportState;
  round: { id: number; year: number; kind: RoundKind; periodTo: string };
}

/** What an earlier section holds, in sum: its entries counted and added up, and its narrative. */
export interface EarlierSectionFigures {
  sectionId: number;
  entryCount: number;
  totalOre: number;
  narrative: Narrative | null;
}

/**
 * The sections of `projectIds` in the committee's reports of rounds that end before `before`
 * (another report than `excludeReportId`), in no particular order. Walks project_sections_project.
 */
export async function findEarlierSections(
  db: Executor,
  scope: { committeeId: number; projectIds: readonly number[]; before: string; excludeReportId: number },
): Promise<EarlierSection[]> {
  if (scope.projectIds.length === 0) return [];
  const rows = await db
    .selectFrom('project_sections as s')
    .innerJoin('reports as r', 'r.id', 's.report_id')
    .innerJoin('rounds as o', 'o.id', 'r.round_id')
    .select(['s.id as section_id', 's.project_id', 'r.id as report_id', 'r.committee_id', 'r.state', 'o.id as round_id', 'o.year', 'o.kind', 'o.period_to'])
    .where('s.project_id', 'in', [...scope.projectIds])
    .where('r.committee_id', '=', scope.committeeId)
    .where('r.id', '!=', scope.excludeReportId)
    .where('o.period_to', '<', scope.before)
    .execute();
  return rows.flatMap((row) => row.project_id === null ? [] : [{
    sectionId: row.section_id,
    projectId: row.project_id,
    reportId: row.report_id,
    committeeId: row.committee_id,
    state: row.state,
    round: { id: row.round_id, year: row.year, kind: row.kind, periodTo: row.period_to },
  }]);
}

/** The figures and narrative of the given sections, in one query (the sums by the database). */
export async function earlierSectionFigures(db: Executor, sectionIds: readonly number[]): Promise<EarlierSectionFigures[]> {
  if (sectionIds.length === 0) return [];
  const rows = await db
    .selectFrom('project_sections as s')
    .select((eb) => [
      's.id', 's.narrative_title', 's.narrative_paragraphs', 's.has_narrative',
      eb.selectFrom('accrual_entries as e').whereRef('e.section_id', '=', 's.id').select((e) => e.fn.countAll().as('n')).as('entry_count'),
      eb.selectFrom('accrual_entries as e').whereRef('e.section_id', '=', 's.id').select((e) => e.fn.sum('e.amount_ore').as('total')).as('total_ore'),
    ])
    .where('s.id', 'in', [...sectionIds])
    .execute();
  return rows.map((row) => ({
    sectionId: row.id,
    entryCount: countOf(row.entry_count ?? 0),
    totalOre: totalOf(row.total_ore),
    narrative: row.has_narrative === 1 ? { title: row.narrative_title ?? '', paragraphs: parseParagraphs(row.narrative_paragraphs) } : null,
  }));
}
