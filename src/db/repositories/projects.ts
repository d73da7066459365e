import type { Selectable } from 'kysely';
import { AppError } from '../../domain/errors.js';
import { isSafeOre, parseStoredOre } from '../../domain/money.js';
import { notFound } from '../errors.js';
import type { ProjectGrantsTable, ProjectsTable } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A project run by one committee and financed by one programme. */
export interface Project {
  id: number;
  programmeId: number;
  committeeId: number;
  name: string;
  /** The project's number within the committee's report. */
  number: number;
  activeFromYear: number;
  activeToYear: number | null;
}

/** The grant a project receives for one year, in öre. */
export interface ProjectGrant {
  projectId: number;
  year: number;
  amountOre: number;
}

function toProject(row: Selectable<ProjectsTable>): Project {
  return {
    id: row.id,
    programmeId: row.programme_id,
    committeeId: row.committee_id,
    name: row.name,
    number: row.number,
    activeFromYear: row.active_from_year,
    activeToYear: row.active_to_year,
  };
}

function toGrant(row: Selectable<ProjectGrantsTable>): ProjectGrant {
  return { projectId: row.project_id, year: row.year, amountOre: parseStoredOre(row.amount_ore) };
}

/**
 * The committee's project with this name, created with the given details when missing. Safe
 * against a concurrent import creating the same project: the loser's insert does nothing.
 */
export async function findOrCreate(db: Executor, input: Omit<Project, 'id' | 'activeToYear'> & { activeToYear?: number | null }): Promise<Project> {
  await db
    .insertInto('projects')
    .values({
      programme_id: input.programmeId,
      committee_id: input.committeeId,
      name: input.name,
      number: input.number,
      active_from_year: input.activeFromYear,
      active_to_year: input.activeToYear ?? null,
    })
    .onConflict((oc) => oc.columns(['committee_id', 'name']).doNothing())
    .execute();
  const row = await db
    .selectFrom('projects')
    .selectAll()
    .where('committee_id', '=', input.committeeId)
    .where('name', '=', input.name)
    .executeTakeFirstOrThrow();
  return toProject(row);
}

/** The project with this id; not_found otherwise. */
export async function getById(db: Executor, id: number): Promise<Project> {
  const row = await db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Projektet', id);
  return toProject(row);
}

/** The committee's projects, in report order. */
export async function listByCommittee(db: Executor, committeeId: number): Promise<Project[]> {
  const rows = await db
    .selectFrom('projects')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .orderBy('number')
    .orderBy('id')
    .execute();
  return rows.map(toProject);
}

/** The committee's projects with these names, in one query (names not found are simply absent). */
export async function findByNames(db: Executor, committeeId: number, names: readonly string[]): Promise<Project[]> {
  if (names.length === 0) return [];
  const rows = await db
    .selectFrom('projects')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('name', 'in', [...new Set(names)])
    .execute();
  return rows.map(toProject);
}

/** Sets a project's grant for a year, replacing any earlier amount. */
export async function setGrant(db: Executor, grant: ProjectGrant): Promise<void> {
  // SQLite would keep a fraction as REAL where PostgreSQL's bigint refuses it: refuse on both.
  if (!isSafeOre(grant.amountOre)) {
    throw new AppError('invalid_input', 'Bidraget ska vara ett helt antal öre.', { field: 'amountOre' });
  }
  await db
    .insertInto('project_grants')
    .values({ project_id: grant.projectId, year: grant.year, amount_ore: grant.amountOre })
    .onConflict((oc) => oc.columns(['project_id', 'year']).doUpdateSet({ amount_ore: grant.amountOre }))
    .execute();
}

/** A project's grants, year by year. */
export async function grantsForProject(db: Executor, projectId: number): Promise<ProjectGrant[]> {
  const rows = await db
    .selectFrom('project_grants')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('year')
    .execute();
  return rows.map(toGrant);
}

/** Every grant of a committee's projects for one year, in one query. */
export async function grantsForCommittee(db: Executor, committeeId: number, year: number): Promise<ProjectGrant[]> {
  const rows = await db
    .selectFrom('project_grants as g')
    .innerJoin('projects as p', 'p.id', 'g.project_id')
    .selectAll('g')
    .where('p.committee_id', '=', committeeId)
    .where('g.year', '=', year)
    .orderBy('p.number')
    .orderBy('p.id')
    .execute();
  return rows.map(toGrant);
}
