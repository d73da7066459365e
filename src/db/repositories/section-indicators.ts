// The indicators of a report's sections (section_indicators): each row the report's own statement of
// an indicator (name, unit, baseline, the year's target) with the committee's outcome and comment.
// Reached through report-sections.ts, like the entries.
import type { ReportIndicator } from '../../domain/report.js';
import { batches, type Executor } from '../transaction.js';

/** A section's indicators to store, with the project the section is linked to (if any). */
export interface SectionIndicators {
  sectionId: number;
  projectId: number | null;
  indicators: readonly ReportIndicator[];
}

/**
 * Inserts sections' indicators, each linked to its project's indicator of the same name when the
 * section has a project and the project has one (one query to find them, batched inserts).
 */
export async function insertSectionIndicators(trx: Executor, sections: readonly SectionIndicators[]): Promise<void> {
  const withRows = sections.filter((s) => s.indicators.length > 0);
  if (withRows.length === 0) return;
  const projectIds = [...new Set(withRows.flatMap((s) => (s.projectId === null ? [] : [s.projectId])))];
  const ids = new Map<string, number>();
  for (const batch of batches(projectIds)) {
    const rows = await trx.selectFrom('indicators').select(['id', 'project_id', 'name']).where('project_id', 'in', batch).execute();
    for (const row of rows) ids.set(`${row.project_id}\u0000${row.name}`, row.id);
  }
  const rows = withRows.flatMap((s) => s.indicators.map((indicator, position) => ({
    section_id: s.sectionId,
    indicator_id: s.projectId === null ? null : ids.get(`${s.projectId}\u0000${indicator.name}`) ?? null,
    position,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline ?? null,
    target: indicator.target ?? null,
    outcome: indicator.outcome ?? null,
    comment: indicator.comment ?? '',
  })));
  for (const batch of batches(rows)) await trx.insertInto('section_indicators').values(batch).execute();
}

/** A report's indicators by section id, in order, in one query. */
export async function readSectionIndicators(db: Executor, reportId: number): Promise<Map<number, ReportIndicator[]>> {
  const rows = await db
    .selectFrom('section_indicators as i')
    .innerJoin('project_sections as s', 's.id', 'i.section_id')
    .select(['i.section_id', 'i.name', 'i.unit', 'i.baseline', 'i.target', 'i.outcome', 'i.comment'])
    .where('s.report_id', '=', reportId)
    .orderBy('i.section_id')
    .orderBy('i.position')
    .execute();
  const bySection = new Map<number, ReportIndicator[]>();
  for (const row of rows) {
    const list = bySection.get(row.section_id) ?? [];
    list.push({
      name: row.name,
      unit: row.unit,
      ...(row.baseline === null ? {} : { baseline: row.baseline }),
      ...(row.target === null ? {} : { target: row.target }),
      ...(row.outcome === null ? {} : { outcome: row.outcome }),
      ...(row.comment === '' ? {} : { comment: row.comment }),
    });
    bySection.set(row.section_id, list);
  }
  return bySection;
}

/** Writes the outcome and comment of each named indicator of a section; the rest of the row is the project's. */
export async function updateOutcomes(
  trx: Executor, sectionId: number, indicators: readonly Pick<ReportIndicator, 'name' | 'outcome' | 'comment'>[],
): Promise<void> {
  for (const indicator of indicators) {
    await trx
      .updateTable('section_indicators')
      .set({ outcome: indicator.outcome ?? null, comment: indicator.comment ?? '' })
      .where('section_id', '=', sectionId)
      .where('name', '=', indicator.name)
      .execute();
  }
}
