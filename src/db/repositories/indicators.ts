// A project's indicators and their targets per year, and the refresh of the copies that editable
// reports hold (section_indicators): a draft always states the project's current indicators and
// the year's target, while a submitted or approved report keeps what it said.
import type { Selectable } from 'kysely';
import type { DashboardIndicatorRow } from '../../domain/dashboard-indicators.js';
import { EDITABLE_STATES } from '../../domain/workflow.js';
import { notFound, uniquely } from '../errors.js';
import type { IndicatorsTable } from '../schema.js';
import { batches, type Executor } from '../transaction.js';

/** What a project wants to achieve: values are canonical decimal strings (domain/indicator-value.ts). */
export interface Indicator {
  id: number;
  projectId: number;
  name: string;
  unit: string;
  baseline: string | null;
  active: boolean;
  /** Targets by year, oldest first. */
  targets: { year: number; target: string }[];
}

/** An active indicator as a new draft states it for one year. */
export interface IndicatorForYear {
  id: number;
  name: string;
  unit: string;
  baseline: string | null;
  target: string | null;
}

function toIndicator(row: Selectable<IndicatorsTable>): Indicator {
  return { id: row.id, projectId: row.project_id, name: row.name, unit: row.unit, baseline: row.baseline, active: row.active === 1, targets: [] };
}

const nameTaken = (name: string | undefined) => `Projektet har redan en indikator som heter ”${name ?? ''}”.`;

/** A project's indicators with their targets, in their order, in two queries. */
export async function listForProject(db: Executor, projectId: number): Promise<Indicator[]> {
  const rows = await db.selectFrom('indicators').selectAll().where('project_id', '=', projectId).orderBy('position').orderBy('id').execute();
  const list = rows.map(toIndicator);
  const byId = new Map(list.map((i) => [i.id, i]));
  if (list.length > 0) {
    const targets = await db.selectFrom('indicator_targets').selectAll().where('indicator_id', 'in', [...byId.keys()]).orderBy('year').execute();
    for (const t of targets) byId.get(t.indicator_id)?.targets.push({ year: t.year, target: t.target });
  }
  return list;
}

/** One indicator of a project with its targets; not_found when it is not that project's. */
export async function getForProject(db: Executor, projectId: number, id: number): Promise<Indicator> {
  const found = (await listForProject(db, projectId)).find((i) => i.id === id);
  if (!found) throw notFound('Indikatorn', id);
  return found;
}

/** The active indicators of many projects with each one's target for `year`, by project, in one query per batch. */
export async function activeForYear(db: Executor, projectIds: readonly number[], year: number): Promise<Map<number, IndicatorForYear[]>> {
  const out = new Map<number, IndicatorForYear[]>();
  for (const ids of batches([...new Set(projectIds)])) {
    const rows = await db
      .selectFrom('indicators as i')
      .leftJoin('indicator_targets as t', (join) => join.onRef('t.indicator_id', '=', 'i.id').on('t.year', '=', year))
      .select(['i.id', 'i.project_id', 'i.name', 'i.unit', 'i.baseline', 't.target'])
      .where('i.project_id', 'in', ids)
      .where('i.active', '=', 1)
      .orderBy('i.project_id').orderBy('i.position').orderBy('i.id')
      .execute();
    for (const row of rows) {
      const list = out.get(row.project_id) ?? [];
      list.push({ id: row.id, name: row.name, unit: row.unit, baseline: row.baseline, target: row.target ?? null });
      out.set(row.project_id, list);
    }
  }
  return out;
}

/** Adds an indicator at the end of the project's list; a name the project already uses is a conflict. */
export async function create(db: Executor, input: { projectId: number; name: string; unit: string; baseline: string | null }): Promise<Indicator> {
  const last = await db.selectFrom('indicators').select((eb) => eb.fn.max('position').as('position')).where('project_id', '=', input.projectId).executeTakeFirst();
  const row = await uniquely(
    db.insertInto('indicators').values({
      project_id: input.projectId, position: Number(last?.position ?? -1) + 1, name: input.name, unit: input.unit, baseline: input.baseline,
    }).returningAll().executeTakeFirstOrThrow(),
    nameTaken(input.name),
    { field: 'name' },
  );
  return toIndicator(row);
}

/** Changes an indicator's name, unit, baseline or whether it is active. */
export async function update(
  db: Executor, id: number, changes: { name?: string; unit?: string; baseline?: string | null; active?: boolean },
): Promise<void> {
  const values = {
    ...(changes.name === undefined ? {} : { name: changes.name }),
    ...(changes.unit === undefined ? {} : { unit: changes.unit }),
    ...(changes.baseline === undefined ? {} : { baseline: changes.baseline }),
    ...(changes.active === undefined ? {} : { active: changes.active ? 1 : 0 }),
  };
  if (Object.keys(values).length === 0) return;
  await uniquely(db.updateTable('indicators').set(values).where('id', '=', id).execute(), nameTaken(changes.name), { field: 'name' });
}

/** Sets (or, with null, removes) an indicator's target for one year. */
export async function setTarget(db: Executor, indicatorId: number, year: number, target: string | null): Promise<void> {
  await db.deleteFrom('indicator_targets').where('indicator_id', '=', indicatorId).where('year', '=', year).execute();
  if (target !== null) await db.insertInto('indicator_targets').values({ indicator_id: indicatorId, year, target }).execute();
}

/**
 * Brings the copies in the project's editable reports (draft, returned, reopened; in a round that
 * is not closed) up to date with its indicators: each active indicator gets a row with the round
 * year's target, names, units, baselines and targets follow the project, and a retired
 * indicator's row goes unless the committee already wrote an outcome or a comment in it.
 * Outcomes and comments are the committee's and are never touched.
 */
export async function refreshEditableSections(db: Executor, projectId: number): Promise<void> {
  const sections = await db
    .selectFrom('project_sections as s')
    .innerJoin('reports as r', 'r.id', 's.report_id')
    .innerJoin('rounds as o', 'o.id', 'r.round_id')
    .select(['s.id', 'o.year'])
    .where('s.project_id', '=', projectId)
    .where('r.state', 'in', [...EDITABLE_STATES])
    .where('o.state', '!=', 'closed')
    .execute();
  if (sections.length === 0) return;
  const all = await listForProject(db, projectId);
  const byId = new Map(all.map((i) => [i.id, i]));
  for (const section of sections) {
    const rows = await db.selectFrom('section_indicators').selectAll().where('section_id', '=', section.id).orderBy('position').execute();
    const linked = new Map(rows.flatMap((r) => (r.indicator_id === null ? [] : [[r.indicator_id, r] as const])));
    for (const row of rows) {
      const indicator = row.indicator_id === null ? undefined : byId.get(row.indicator_id);
      if (indicator === undefined || indicator.active) continue;
      if (row.outcome === null && row.comment === '') await db.deleteFrom('section_indicators').where('id', '=', row.id).execute();
    }
    let position = rows.reduce((max, r) => Math.max(max, r.position), -1);
    for (const indicator of all.filter((i) => i.active)) {
      const snapshot = {
        name: indicator.name, unit: indicator.unit, baseline: indicator.baseline,
        target: indicator.targets.find((t) => t.year === section.year)?.target ?? null,
      };
      const row = linked.get(indicator.id);
      if (row) {
        await db.updateTable('section_indicators').set(snapshot).where('id', '=', row.id).execute();
      } else {
        position += 1;
        await db.insertInto('section_indicators').values({ section_id: section.id, indicator_id: indicator.id, position, ...snapshot, outcome: null }).execute();
      }
    }
  }
}

/**
 * A project's indicator with its target for a year and the latest outcome an approved report of that year gave it:
 * the row the dashboard's domain function takes (src/domain/dashboard-indicators.ts).
 */
export type IndicatorYearRow = DashboardIndicatorRow;

/**
 * Every indicator of the projects that run in `year` (optionally one committee's), with the year's
 * target and the latest outcome stated in an approved report of the year: two queries. An indicator
 * (active or retired) without a target and without an approved outcome that year is left out.
 */
export async function yearFigures(db: Executor, year: number, filter: { committeeId?: number } = {}): Promise<IndicatorYearRow[]> {
  let query = db
    .selectFrom('indicators as i')
    .innerJoin('projects as p', 'p.id', 'i.project_id')
    .innerJoin('committees as c', 'c.id', 'p.committee_id')
    .leftJoin('indicator_targets as t', (join) => join.onRef('t.indicator_id', '=', 'i.id').on('t.year', '=', year))
    .select(['i.id', 'i.project_id', 'p.number', 'p.name as project_name', 'p.committee_id', 'c.name as committee_name', 'i.name', 'i.unit', 'i.baseline', 't.target'])
    .where('p.active_from_year', '<=', year)
    .where((eb) => eb.or([eb('p.active_to_year', 'is', null), eb('p.active_to_year', '>=', year)]))
    .orderBy('p.committee_id').orderBy('p.number').orderBy('i.position').orderBy('i.id');
  if (filter.committeeId !== undefined) query = query.where('p.committee_id', '=', filter.committeeId);
  const rows = await query.execute();
  const latest = new Map<number, IndicatorYearRow['outcome']>();
  for (const ids of batches(rows.map((r) => r.id))) {
    const outcomes = await db
      .selectFrom('section_indicators as si')
      .innerJoin('project_sections as s', 's.id', 'si.section_id')
      .innerJoin('reports as r', 'r.id', 's.report_id')
      .innerJoin('rounds as o', 'o.id', 'r.round_id')
      .select(['si.indicator_id', 'si.outcome', 'r.id as report_id', 'o.kind', 'o.period_to'])
      .where('si.indicator_id', 'in', ids)
      .where('si.outcome', 'is not', null)
      .where('r.state', '=', 'approved')
      .where('o.year', '=', year)
      .orderBy('o.period_to', 'desc')
      .execute();
    for (const row of outcomes) {
      if (row.indicator_id === null || row.outcome === null || latest.has(row.indicator_id)) continue;
      latest.set(row.indicator_id, { value: row.outcome, reportId: row.report_id, roundKind: row.kind });
    }
  }
  // An indicator says something about the year only with a target or an approved outcome in it.
  return rows.filter((row) => row.target !== null || latest.has(row.id)).map((row) => ({
    indicatorId: row.id, projectId: row.project_id, projectNumber: row.number, projectName: row.project_name,
    committeeId: row.committee_id, committeeName: row.committee_name, name: row.name, unit: row.unit,
    baseline: row.baseline, target: row.target ?? null, outcome: latest.get(row.id) ?? null,
  }));
}
