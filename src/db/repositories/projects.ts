import type { Selectable } from 'kysely';
import { AppError } from '../../domain/errors.js';
import { isSafeOre, parseStoredOre } from '../../domain/money.js';
import { defaultProjectCode } from '../../domain/project-code.js';
import { notFound, uniquely } from '../errors.js';
import type { ProjectGrantsTable, ProjectsTable } from '../schema.js';
import { batches, type Executor } from '../transaction.js';

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
  /** The ledger project code (projektkod), unique across projects. */
  projectCode: string;
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
    projectCode: row.project_code,
  };
}

// The one mapping from a project to its stored columns, for both ways of inserting one.
/** What creating a project takes: without a code it gets the committee's default (`1708-02`). */
export type NewProject = Omit<Project, 'id' | 'activeToYear' | 'projectCode'> & { activeToYear?: number | null; projectCode?: string };

function projectRow(input: NewProject & { projectCode: string }) {
  return {
    project_code: input.projectCode,
    programme_id: input.programmeId,
    committee_id: input.committeeId,
    name: input.name,
    number: input.number,
    active_from_year: input.activeFromYear,
    active_to_year: input.activeToYear ?? null,
  };
}

function toGrant(row: Selectable<ProjectGrantsTable>): ProjectGrant {
  return { projectId: row.project_id, year: row.year, amountOre: parseStoredOre(row.amount_ore) };
}

/**
 * The committee's project with this name, created with the given details when missing. Safe
 * against a concurrent import creating the same project: the loser's insert does nothing.
 */
export async function findOrCreate(db: Executor, input: NewProject): Promise<Project> {
  const existing = await db.selectFrom('projects').selectAll()
    .where('committee_id', '=', input.committeeId).where('name', '=', input.name).executeTakeFirst();
  if (existing) return toProject(existing);
  await db
    .insertInto('projects')
    .values(projectRow({ ...input, projectCode: input.projectCode ?? await freeDefaultCode(db, input.committeeId, input.number) }))
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

/** A project as the set-up screens show it: with its committee's and programme's names and every grant. */
export interface ProjectDetails extends Project {
  committeeName: string;
  programmeName: string;
  /** Grants year by year, oldest first. */
  grants: Array<{ year: number; amountOre: number }>;
}

/** Which projects a detailed list holds; `year` keeps those active that year. */
export interface ProjectFilter {
  id?: number;
  committeeId?: number;
  year?: number;
}

function projectValues(input: Partial<Omit<Project, 'id'>>) {
  return {
    ...(input.programmeId === undefined ? {} : { programme_id: input.programmeId }),
    ...(input.committeeId === undefined ? {} : { committee_id: input.committeeId }),
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.number === undefined ? {} : { number: input.number }),
    ...(input.activeFromYear === undefined ? {} : { active_from_year: input.activeFromYear }),
    ...(input.activeToYear === undefined ? {} : { active_to_year: input.activeToYear }),
    ...(input.projectCode === undefined ? {} : { project_code: input.projectCode }),
  };
}

const nameTaken = (name: string | undefined) => `Nämnden har redan ett projekt som heter ”${name ?? ''}”.`;

/**
 * Refuses a project code another project already carries, naming that project; the unique index
 * stays the guard against a race, this gives the person the reason.
 */
export async function assertProjectCodeFree(db: Executor, code: string, exceptId?: number): Promise<void> {
  let query = db.selectFrom('projects as p').innerJoin('committees as c', 'c.id', 'p.committee_id')
    .select(['p.id', 'p.name', 'c.name as committee']).where('p.project_code', '=', code);
  if (exceptId !== undefined) query = query.where('p.id', '!=', exceptId);
  const other = await query.executeTakeFirst();
  if (other) {
    throw new AppError('conflict', `Projektkoden ${code} används redan av ”${other.name}” (${other.committee}).`, { field: 'projectCode' });
  }
}

/**
 * The default code for a committee's project number, `1708-02`; when another project already has it
 * (a committee reuses numbers from year to year), the first free `1708-02-2`, `1708-02-3` …
 */
export async function freeDefaultCode(db: Executor, committeeId: number, number: number): Promise<string> {
  const committee = await db.selectFrom('committees').select('counterparty_number').where('id', '=', committeeId).executeTakeFirst();
  if (!committee) throw notFound('Nämnden', committeeId);
  const base = defaultProjectCode(committee.counterparty_number.trim(), number);
  const taken = new Set((await db.selectFrom('projects').select('project_code')
    .where((eb) => eb.or([eb('project_code', '=', base), eb('project_code', 'like', `${base}-%`)])).execute()).map((r) => r.project_code));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The counterparty number of the committee that runs the project with this ledger code, or undefined. */
export async function committeeCounterpartyOfCode(db: Executor, code: string): Promise<string | undefined> {
  const row = await db.selectFrom('projects as p').innerJoin('committees as c', 'c.id', 'p.committee_id')
    .select('c.counterparty_number').where('p.project_code', '=', code).executeTakeFirst();
  return row?.counterparty_number.trim();
}

/** The project with this ledger code, or undefined. */
export async function findByCode(db: Executor, code: string): Promise<Project | undefined> {
  const row = await db.selectFrom('projects').selectAll().where('project_code', '=', code).executeTakeFirst();
  return row && toProject(row);
}

/** Creates a project; a name the committee already uses is a conflict. */
export async function create(db: Executor, input: NewProject): Promise<Project> {
  if (input.projectCode !== undefined) await assertProjectCodeFree(db, input.projectCode);
  const projectCode = input.projectCode ?? await freeDefaultCode(db, input.committeeId, input.number);
  const row = await uniquely(
    db
      .insertInto('projects')
      .values(projectRow({ ...input, projectCode }))
      .returningAll()
      .executeTakeFirstOrThrow(),
    nameTaken(input.name),
    { field: 'name' },
  );
  return toProject(row);
}

/** Changes a project (not its committee); a name the committee already uses is a conflict. */
export async function update(db: Executor, id: number, changes: Partial<Omit<Project, 'id' | 'committeeId'>>): Promise<Project> {
  const values = projectValues(changes);
  if (Object.keys(values).length === 0) return getById(db, id);
  const row = await uniquely(
    db.updateTable('projects').set(values).where('id', '=', id).returningAll().executeTakeFirst(),
    nameTaken(changes.name),
    { field: 'name' },
  );
  if (!row) throw notFound('Projektet', id);
  return toProject(row);
}

/** The committee's project with this number, or undefined. Numbers are kept unique by the use cases. */
export async function findByNumber(db: Executor, committeeId: number, number: number): Promise<Project | undefined> {
  const row = await db
    .selectFrom('projects')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('number', '=', number)
    .orderBy('id')
    .executeTakeFirst();
  return row && toProject(row);
}

/** A project's grant for one year in öre, or undefined when none is set. */
export async function grantFor(db: Executor, projectId: number, year: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('project_grants')
    .select('amount_ore')
    .where('project_id', '=', projectId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row && parseStoredOre(row.amount_ore);
}

const swedish = new Intl.Collator('sv');

/**
 * Projects with their committee's and programme's names and their grants, in two queries (projects,
 * then grants), ordered by committee name in Swedish order, then project number.
 */
export async function listDetailed(db: Executor, filter: ProjectFilter = {}): Promise<ProjectDetails[]> {
  let query = db
    .selectFrom('projects as p')
    .innerJoin('committees as c', 'c.id', 'p.committee_id')
    .innerJoin('programmes as g', 'g.id', 'p.programme_id')
    .selectAll('p')
    .select(['c.name as committee_name', 'g.name as programme_name']);
  if (filter.id !== undefined) query = query.where('p.id', '=', filter.id);
  if (filter.committeeId !== undefined) query = query.where('p.committee_id', '=', filter.committeeId);
  const year = filter.year;
  if (year !== undefined) {
    // Active that year: started by then and not ended before it (no end year = still running).
    query = query
      .where('p.active_from_year', '<=', year)
      .where((eb) => eb.or([eb('p.active_to_year', 'is', null), eb('p.active_to_year', '>=', year)]));
  }
  const rows = await query.execute();
  const details = new Map<number, ProjectDetails>(
    rows.map((row) => [row.id, { ...toProject(row), committeeName: row.committee_name, programmeName: row.programme_name, grants: [] }]),
  );
  for (const ids of batches([...details.keys()])) {
    const grants = await db.selectFrom('project_grants').selectAll().where('project_id', 'in', ids).orderBy('year').execute();
    for (const grant of grants.map(toGrant)) details.get(grant.projectId)?.grants.push({ year: grant.year, amountOre: grant.amountOre });
  }
  // Names are ordered here, not by the engines: see order.ts.
  return [...details.values()].sort(
    (a, b) => swedish.compare(a.committeeName, b.committeeName) || a.committeeId - b.committeeId || a.number - b.number || a.id - b.id,
  );
}

/** One project with names and grants; not_found otherwise. */
export async function getDetailed(db: Executor, id: number): Promise<ProjectDetails> {
  const [found] = await listDetailed(db, { id });
  if (!found) throw notFound('Projektet', id);
  return found;
}
