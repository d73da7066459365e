// The year dashboard's data (budget: a whole year in ≤ 100 ms): 14 committees × 20 projects × 3 rounds
// a year, every report approved with three entries per project (the reversal of the previous round,
// the new accrual, a correction), stored directly on SQLite and PostgreSQL for five years (the
// dashboard reads the year and the one before, among the others). Times getYearDashboard as the
// controller sees it (every committee) and as a committee's reporter (one): median and p95 of 30 runs.
//   node --import tsx bench/dashboard.ts        (BENCH_ENGINES=sqlite,postgres by default)
import { getYearDashboard } from '../src/app/dashboards/year-dashboard.js';
import type { AppContext } from '../src/app/context.js';
import { migrateToLatest, openDatabase, type Database, type DialectName } from '../src/db/index.js';
import { ROUND_KINDS, roundPeriod } from '../src/domain/period.js';
import { createBenchDatabase, machineLoad, median, report, timeRuns } from './support.js';

const COMMITTEES = 14;
const PROJECTS = 20;
const YEARS = [2010, 2011, 2012, 2013, 2014];
const YEAR = 2014;
const RUNS = 30;
const BUDGET_MS = 100;
const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',') as DialectName[];

/** Inserts rows in batches small enough for either engine's parameter limit. */
async function insertAll<T extends object>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>, size = 400): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

async function build(database: Database): Promise<{ reports: number; entries: number }> {
  const db = database.db;
  const programme = (await db.insertInto('programmes').values({ name: 'Ytterstadssatsningen', ikb: '1771', default_account: '3699' })
    .returning('id').executeTakeFirstOrThrow()).id;
  const committees = await db.insertInto('committees')
    .values(Array.from({ length: COMMITTEES }, (_, c) => ({ name: `Nämnd ${String(c + 1).padStart(2, '0')} stadsdelsnämnd`, counterparty_number: String(1701 + c), active: 1 })))
    .returning('id').execute();
  const projectRows = committees.flatMap(({ id }, c) => Array.from({ length: PROJECTS }, (_, p) => ({
    programme_id: programme, committee_id: id, name: `Projekt ${p + 1}`, number: p + 1,
    active_from_year: YEARS[0]!, active_to_year: null, project_code: `${1701 + c}-${String(p + 1).padStart(2, '0')}`,
  })));
  const projects: Array<{ id: number; committee_id: number }> = [];
  await insertAll(projectRows, async (batch) => projects.push(...await db.insertInto('projects').values(batch).returning(['id', 'committee_id']).execute()));
  await insertAll(projects.flatMap((p) => YEARS.map((year) => ({ project_id: p.id, year, amount_ore: 100_000_000 + p.id * 1_000 }))),
    (batch) => db.insertInto('project_grants').values(batch).execute());
  let reports = 0;
  let entries = 0;
  for (const year of YEARS) {
    for (const [k, kind] of ROUND_KINDS.entries()) {
      const period = roundPeriod(year, kind);
      const round = (await db.insertInto('rounds').values({
        year, kind, period_from: period.from, period_to: period.to, deadline: `${year + (kind === 'VB' ? 1 : 0)}-${kind === 'VB' ? '01-20' : kind === 'T1' ? '05-15' : '09-15'}`, state: 'closed',
      }).returning('id').executeTakeFirstOrThrow()).id;
      const made = await db.insertInto('reports').values(committees.map(({ id }) => ({
        committee_id: id, round_id: round, title: 'Redovisning ytterstadsprojekt', report_type: 'Tertialrapport', accrual_from: period.from, accrual_to: period.to,
        state: 'approved' as const, version: 2, submitted_at: `${period.to}T10:00:00.000Z`, approved_at: `${period.to}T12:00:00.000Z`,
        created_at: `${period.to}T09:00:00.000Z`, updated_at: `${period.to}T12:00:00.000Z`,
      }))).returning(['id', 'committee_id']).execute();
      reports += made.length;
      const sections: Array<{ id: number }> = [];
      const sectionRows = made.flatMap((r) => projects.filter((p) => p.committee_id === r.committee_id).map((p, i) => ({
        report_id: r.id, project_id: p.id, position: i, number: i + 1, name: `Projekt ${i + 1}`, narrative_title: null, narrative_paragraphs: '[]', has_narrative: 0,
      })));
      await insertAll(sectionRows, async (batch) => sections.push(...await db.insertInto('project_sections').values(batch).returning('id').execute()));
      const entryRows = sections.flatMap((s, i) => [
        ...(k === 0 ? [] : [{ section_id: s.id, position: 0, account: '3699', ikb: '1771', counterparty: '1704', amount_ore: -(1_000_000 + i), text: 'Återföring' }]),
        { section_id: s.id, position: 1, account: '3699', ikb: '1771', counterparty: '1704', amount_ore: 1_000_000 + i + k * 250_000, text: 'Ej fakturerat' },
        { section_id: s.id, position: 2, account: '3699', ikb: '1771', counterparty: '1704', amount_ore: 4_250 + k, text: 'Rättelse' },
      ]);
      entries += entryRows.length;
      await insertAll(entryRows, (batch) => db.insertInto('accrual_entries').values(batch).execute());
    }
  }
  return { reports, entries };
}

console.log(machineLoad());
for (const dialect of engines) {
  const target = await createBenchDatabase(dialect);
  const database = openDatabase(target.url);
  try {
    await migrateToLatest(database.db);
    const built = await build(database);
    const committee = (await database.db.selectFrom('committees').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    const now = () => new Date('2015-02-01T09:00:00Z');
    const controller: AppContext = { database, actor: { kind: 'user', id: 1, name: 'Controller', role: 'controller', committeeId: null }, now };
    const reporter: AppContext = { database, actor: { kind: 'user', id: 2, name: 'Rapportör', role: 'reporter', committeeId: committee }, now };
    const whole = await getYearDashboard(controller, { year: YEAR });
    const check = `${whole.committees.length} nämnder, ${whole.committees.reduce((n, c) => n + c.projects.length, 0)} projekt`;
    console.log(`${dialect}: ${YEARS.length} år, ${built.reports} redovisningar, ${built.entries} poster; översikten ${YEAR}: ${check}`);
    for (const [who, ctx] of [['controller (alla nämnder)', controller], ['rapportör (en nämnd)', reporter]] as const) {
      const times = (await timeRuns(() => getYearDashboard(ctx, { year: YEAR }), RUNS)).sort((a, b) => a - b);
      const p95 = times[Math.ceil(0.95 * times.length) - 1]!;
      report(`dashboard ${dialect} ${who} median`, median(times), 'ms', `≤ ${BUDGET_MS} ms`, median(times) <= BUDGET_MS);
      report(`dashboard ${dialect} ${who} p95`, p95, 'ms', `≤ ${BUDGET_MS} ms`, p95 <= BUDGET_MS);
    }
  } finally {
    await database.close();
    await target.destroy();
  }
}
