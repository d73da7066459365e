// Growth (DESIGN.md §9: on 10× and 100× the data the same queries take at most 2× as long — indexes,
// no scans). The same reads and lists, through the app's use cases, on 1×, 10× and 100× a realistic
// city, on SQLite and on PostgreSQL.
//
// 1× is Stockholm's programme as it would stand after 20 years: 14 committees × 20 projects × three
// rounds a year (T1, T2, VB) × 20 years = 840 reports and 16 800 project sections with two to four
// entries each (the reversal of the year's previous round, the new accrual, sometimes a second) and
// a narrative in the seed's style (bench/corpus.ts, deterministic). It is made the way the app makes
// it: every round created and opened (drafts with the proposed reversals and the projects'
// indicators), every report read and saved by its committee's reporter, submitted by its approver
// and approved by the controller, the round closed — so reports, sections, entries, indicators, the
// search index and the audit trail are what the app writes. The last round (2024-VB) stays open with
// saved drafts.
//
// A city does not grow tenfold in its own committees or years: what grows a hundredfold is the
// number of organisations one installation serves — a region, or a service for many municipalities,
// each with its committees and the same 20 years of history. So 10× and 100× repeat the whole city
// 10 and 100 times over (140 and 1 400 committees, 8 400 and 84 000 reports, 1.68 million sections
// at 100×), each copy with its own committees, users, projects, grants, indicators, reports, sections,
// entries, index rows and audit events; the rounds are shared. The copies are made in the database
// (INSERT … SELECT from the 1× rows with ids shifted by a stride, one transaction per copy), which
// makes 100× in minutes where saving 84 000 reports through the app would take hours; notifications
// and e-mails are not copied (no query here reads them). Statistics are gathered after each step.
//
// What must stay flat: everything about one report or one committee (read a report, a committee's
// list, its figures and dashboard, its search, a report's history). What cannot: the controller's
// round overview, the round's list and the city-wide figures and dashboard list every committee, so
// their answer is 10× and 100× longer; for those the budget is 2× per line of the answer. The
// controller's search answers the best 50 of every matching section in the installation.
//
// Environment: BENCH_ENGINES (default "sqlite,postgres"), BENCH_SCALES (default "1,10,100"; must
// start with 1), BENCH_RUNS (samples per query, default 30), BENCH_YEARS (years of history, default
// 20; fewer for a quick check), BENCH_KEEP=1 keeps the databases. Run: `npm run bench -- growth`.
import { statSync } from 'node:fs';
import { sql, type RawBuilder } from 'kysely';
import { hashPassword } from '../src/app/accounts/passwords.js';
import type { Actor, AppContext } from '../src/app/context.js';
import { getYearDashboard } from '../src/app/dashboards/year-dashboard.js';
import { getRoundFigures } from '../src/app/finance/get-round-figures.js';
import { approveReport } from '../src/app/reports/approve-report.js';
import { getReportHistory } from '../src/app/reports/get-report-history.js';
import { getReport } from '../src/app/reports/get-report.js';
import { listReports } from '../src/app/reports/list-reports.js';
import { saveReport } from '../src/app/reports/save-report.js';
import { submitReport } from '../src/app/reports/submit-report.js';
import { closeRound } from '../src/app/rounds/close-round.js';
import { createRound } from '../src/app/rounds/create-round.js';
import { getRoundOverview } from '../src/app/rounds/get-round-overview.js';
import { openRound } from '../src/app/rounds/open-round.js';
import { searchReports } from '../src/app/search/search-reports.js';
import {
  committees, indicators, migrateToLatest, openDatabase, programmes, projects, users, type Database, type DialectName,
} from '../src/db/index.js';
import { COMMITTEE_STRIDE } from '../src/db/repositories/search.js';
import { formatRoundCode, ROUND_KINDS, roundPeriod, type RoundKind } from '../src/domain/period.js';
import { COMMITTEES, Corpus, PROJECT_NAMES, WORDS } from './corpus.js';
import { BENCH_PASSWORD, cpuSecondsOf, createBenchDatabase, machineLoad, median, report } from './support.js';

const engines = listOf('BENCH_ENGINES', 'sqlite,postgres').map((e) => {
  if (e !== 'sqlite' && e !== 'postgres') throw new Error(`BENCH_ENGINES: okänd motor "${e}" (sqlite, postgres).`);
  return e as DialectName;
});
const scales = listOf('BENCH_SCALES', '1,10,100').map(Number);
if (scales[0] !== 1 || scales.some((s, i) => !Number.isInteger(s) || (i > 0 && s <= scales[i - 1]!))) {
  throw new Error(`BENCH_SCALES ska börja med 1 och växa, t.ex. "1,10,100", inte "${process.env.BENCH_SCALES}".`);
}
const RUNS = positiveInteger('BENCH_RUNS', 30);
const YEARS = positiveInteger('BENCH_YEARS', 20);
// The queries read the year before the open one: at least two years.
if (YEARS < 2) throw new Error('BENCH_YEARS ska vara minst 2.');
const LAST_YEAR = 2024;
const FIRST_YEAR = LAST_YEAR - YEARS + 1;
const PROJECTS = 20;
const SEED = 20240131;
const WARMUP = 3;

function listOf(name: string, fallback: string): string[] {
  return (process.env[name] ?? fallback).split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function positiveInteger(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} ska vara ett positivt heltal, inte "${process.env[name]}".`);
  return value;
}

// ——— 1×: the city, made through the use cases ———

/** What the queries need to know about the 1× city: its people, and the report and rounds they look at. */
interface City {
  controller: Actor;
  /** The first committee's reporter: the committee whose reads must stay flat. */
  reporter: Actor;
  committeeId: number;
  /** That committee's draft in the open round (the editor's read). */
  draftId: number;
  /** That committee's approved annual report of the year before (a history of created, saved, submitted, approved). */
  approvedId: number;
  openRoundId: number;
  /** The year before the open one: every round approved. */
  closedYear: number;
  counts: Counts;
}

interface Counts { committees: number; reports: number; sections: number; entries: number; auditEvents: number }

const DEADLINES: Readonly<Record<RoundKind, (year: number) => string>> = {
  T1: (year) => `${year}-05-15`, T2: (year) => `${year}-09-15`, VB: (year) => `${year + 1}-01-31`,
};

/** A day after `date` (YYYY-MM-DD) at a time of day, as the clock the use cases read. */
function dayAfter(date: string, days: number, time = '09:00:00'): Date {
  const at = new Date(`${date}T${time}.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at;
}

async function buildCity(database: Database): Promise<City> {
  const { db } = database;
  const text = new Corpus(SEED);
  await migrateToLatest(db);
  let clock = new Date(`${FIRST_YEAR}-01-02T09:00:00.000Z`);
  const ctxOf = (actor: Actor): AppContext => ({ database, actor, now: () => clock });
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  // Central users first, so every committee user's id is above theirs (the copies shift only those).
  const controllerUser = await users.create(db, { email: 'controller@tillvaxt.test', name: 'Cecilia Controller', role: 'controller', passwordHash, now: clock });
  const controller: Actor = { kind: 'user', id: controllerUser.id, name: controllerUser.name, role: 'controller', committeeId: null };
  const programme = await programmes.create(db, { name: 'Ytterstadssatsningen', ikb: '1771', defaultAccount: '3699' });

  const committeeIds: number[] = [];
  const reporters = new Map<number, Actor>();
  const approvers = new Map<number, Actor>();
  const counterparties = new Map<number, string>();
  for (const [c, name] of COMMITTEES.entries()) {
    const committee = await committees.create(db, { name: `${name} stadsdelsnämnd`, counterpartyNumber: String(1701 + c) });
    // The copies number their committees' counterparties from the template's: id and counterparty move together.
    if (Number(committee.counterpartyNumber) !== 1700 + committee.id) throw new Error('Nämnderna fick inte id 1, 2, … i ordning.');
    committeeIds.push(committee.id);
    counterparties.set(committee.id, committee.counterpartyNumber);
    for (const role of ['reporter', 'approver'] as const) {
      const user = await users.create(db, {
        email: `${role}.${c + 1}@tillvaxt.test`, name: `${role === 'reporter' ? 'Rapportör' : 'Attestant'} ${name}`, role,
        committeeId: committee.id, passwordHash, now: clock,
      });
      (role === 'reporter' ? reporters : approvers).set(committee.id, { kind: 'user', id: user.id, name: user.name, role, committeeId: committee.id });
    }
    const names = [...PROJECT_NAMES].sort(() => text.random() - 0.5).slice(0, PROJECTS);
    for (const [p, projectName] of names.entries()) {
      const project = await projects.create(db, {
        programmeId: programme.id, committeeId: committee.id, name: projectName, number: p + 1, activeFromYear: FIRST_YEAR,
        activeToYear: null, projectCode: `${committee.counterpartyNumber}-${String(p + 1).padStart(2, '0')}`,
      });
      const grants = Array.from({ length: YEARS }, (_, y) => ({ project_id: project.id, year: FIRST_YEAR + y, amount_ore: text.between(5_000, 40_000) * 10_000 }));
      await db.insertInto('project_grants').values(grants).execute();
      // The first two projects of each committee follow an indicator with a target every year.
      if (p < 2) {
        const indicator = await indicators.create(db, { projectId: project.id, name: p === 0 ? 'Trygghetsvandringar' : 'Deltagare', unit: p === 0 ? 'st' : 'deltagare', baseline: String(text.between(4, 40)) });
        for (let y = 0; y < YEARS; y++) await indicators.setTarget(db, indicator.id, FIRST_YEAR + y, String(text.between(40, 90)));
      }
    }
  }

  let openRoundId = 0;
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const kind of ROUND_KINDS) {
      const last = year === LAST_YEAR && kind === 'VB';
      const period = roundPeriod(year, kind);
      clock = dayAfter(period.to, -20);
      const round = await createRound(ctxOf(controller), { year, kind, deadline: DEADLINES[kind](year) });
      clock = dayAfter(period.to, -14);
      const opened = await openRound(ctxOf(controller), round.id);
      for (const [i, reportId] of opened.createdReportIds.entries()) {
        const committeeId = committeeIds[i]!;
        const reporter = ctxOf(reporters.get(committeeId)!);
        clock = dayAfter(period.to, 2, `1${i % 8}:00:00`);
        const view = await getReport(reporter, reportId);
        const saved = await saveReport(reporter, {
          reportId, version: view.detail.meta.version, accrualPeriod: view.document.accrualPeriod,
          sections: view.sections.map((section) => ({
            id: section.id,
            // The proposed reversal stays; the round's accrual follows, sometimes in two rows.
            entries: [
              ...section.entries,
              ...Array.from({ length: text.between(1, 2) }, () => ({
                account: '3699', ikb: '1771', counterparty: counterparties.get(committeeId)!, amountOre: text.between(2_000, 40_000) * 1_000,
                text: text.entryText(period.to),
              })),
            ],
            narrative: { title: text.narrativeTitle(section.name), paragraphs: text.paragraphs() },
            ...(section.indicators === undefined ? {} : {
              indicators: section.indicators.map((indicator) => ({ name: indicator.name, outcome: String(text.between(10, 95)), comment: '' })),
            }),
          })),
        });
        if (last) continue;
        clock = dayAfter(period.to, 10, `1${i % 8}:30:00`);
        const submitted = await submitReport(ctxOf(approvers.get(committeeId)!), { reportId, version: saved.detail.meta.version });
        clock = dayAfter(period.to, 20);
        await approveReport(ctxOf(controller), { reportId, version: submitted.detail.meta.version });
      }
      if (last) openRoundId = round.id;
      else {
        clock = dayAfter(period.to, 40);
        await closeRound(ctxOf(controller), round.id);
      }
    }
  }

  const committeeId = committeeIds[0]!;
  const ofCommittee = (roundYear: number, kind: RoundKind) => db.selectFrom('reports as r').innerJoin('rounds as o', 'o.id', 'r.round_id')
    .select('r.id').where('r.committee_id', '=', committeeId).where('o.year', '=', roundYear).where('o.kind', '=', kind).executeTakeFirstOrThrow();
  return {
    controller, reporter: reporters.get(committeeId)!, committeeId, openRoundId,
    draftId: (await ofCommittee(LAST_YEAR, 'VB')).id,
    approvedId: (await ofCommittee(LAST_YEAR - 1, 'VB')).id,
    closedYear: LAST_YEAR - 1,
    counts: await countRows(database),
  };
}

async function countRows(database: Database): Promise<Counts> {
  const { db } = database;
  const count = async (table: 'committees' | 'reports' | 'project_sections' | 'accrual_entries' | 'audit_events') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return {
    committees: await count('committees'), reports: await count('reports'), sections: await count('project_sections'),
    entries: await count('accrual_entries'), auditEvents: await count('audit_events'),
  };
}

// ——— 10×, 100×: copies of the city, made in the database ———

/** The highest id of each table at 1×: copy k shifts the 1× rows' ids by k strides, so copies never meet. */
interface Strides {
  committees: number; users: number; centralUsers: number; projects: number; indicators: number;
  reports: number; sections: number; entries: number; sectionIndicators: number; auditEvents: number;
}

async function stridesOf(database: Database): Promise<Strides> {
  const max = async (table: string, where: RawBuilder<unknown> = sql`true`) =>
    Number((await sql<{ n: number | string | null }>`select max(id) as n from ${sql.table(table)} where ${where}`.execute(database.db)).rows[0]?.n ?? 0);
  const strides: Strides = {
    committees: await max('committees'), users: await max('users'), centralUsers: await max('users', sql`committee_id is null`),
    projects: await max('projects'), indicators: await max('indicators'), reports: await max('reports'),
    sections: await max('project_sections'), entries: await max('accrual_entries'), sectionIndicators: await max('section_indicators'),
    auditEvents: await max('audit_events'),
  };
  const lowestCommitteeUser = Number((await sql<{ n: number }>`select min(id) as n from users where committee_id is not null`.execute(database.db)).rows[0]?.n);
  if (!(lowestCommitteeUser > strides.centralUsers)) throw new Error('Centrala användare måste ha lägre id än nämndernas.');
  return strides;
}

/** The statements that add copy k of the 1× city (k ≥ 1). */
function copyStatements(dialect: DialectName, s: Strides, k: number): RawBuilder<unknown>[] {
  const by = (stride: number) => sql.lit(k * stride);
  const upTo = (stride: number) => sql.lit(stride);
  const committeeUser = (column: string) => sql`case when ${sql.ref(column)} > ${upTo(s.centralUsers)} then ${sql.ref(column)} + ${by(s.users)} else ${sql.ref(column)} end`;
  // A counterparty number is the committee's id + 1700 (buildCity checks it), so it moves with the id.
  const counterparty = (column: RawBuilder<unknown>) => sql`cast(cast(${column} as integer) + ${by(s.committees)} as text)`;
  const statements = [
    sql`insert into committees (id, name, counterparty_number, active)
      select id + ${by(s.committees)}, name || ${` (${k + 1})`}, ${counterparty(sql.ref('counterparty_number'))}, active
      from committees where id <= ${upTo(s.committees)}`,
    sql`insert into users (id, email, name, role, committee_id, password_hash, active, created_at)
      select id + ${by(s.users)}, ${`k${k + 1}.`} || email, name, role, committee_id + ${by(s.committees)}, password_hash, active, created_at
      from users where committee_id is not null and id <= ${upTo(s.users)}`,
    sql`insert into projects (id, programme_id, committee_id, name, number, active_from_year, active_to_year, project_code)
      select id + ${by(s.projects)}, programme_id, committee_id + ${by(s.committees)}, name, number, active_from_year, active_to_year,
        ${counterparty(sql`substr(project_code, 1, 4)`)} || substr(project_code, 5)
      from projects where id <= ${upTo(s.projects)}`,
    sql`insert into project_grants (project_id, year, amount_ore)
      select project_id + ${by(s.projects)}, year, amount_ore from project_grants where project_id <= ${upTo(s.projects)}`,
    sql`insert into indicators (id, project_id, position, name, unit, baseline, active)
      select id + ${by(s.indicators)}, project_id + ${by(s.projects)}, position, name, unit, baseline, active
      from indicators where id <= ${upTo(s.indicators)}`,
    sql`insert into indicator_targets (indicator_id, year, target)
      select indicator_id + ${by(s.indicators)}, year, target from indicator_targets where indicator_id <= ${upTo(s.indicators)}`,
    sql`insert into reports (id, committee_id, round_id, title, report_type, accrual_from, accrual_to, state, version,
        submitted_by, submitted_at, approved_by, approved_at, created_at, updated_at, import_digest)
      select id + ${by(s.reports)}, committee_id + ${by(s.committees)}, round_id, title, report_type, accrual_from, accrual_to, state, version,
        ${committeeUser('submitted_by')}, submitted_at, ${committeeUser('approved_by')}, approved_at, created_at, updated_at, import_digest
      from reports where id <= ${upTo(s.reports)}`,
    sql`insert into project_sections (id, report_id, project_id, position, number, name, narrative_title, narrative_paragraphs, has_narrative)
      select id + ${by(s.sections)}, report_id + ${by(s.reports)}, project_id + ${by(s.projects)}, position, number, name,
        narrative_title, narrative_paragraphs, has_narrative
      from project_sections where id <= ${upTo(s.sections)}`,
    sql`insert into accrual_entries (id, section_id, position, account, ikb, counterparty, amount_ore, text, export_batch_id)
      select id + ${by(s.entries)}, section_id + ${by(s.sections)}, position, account, ikb, ${counterparty(sql.ref('counterparty'))}, amount_ore, text, export_batch_id
      from accrual_entries where id <= ${upTo(s.entries)}`,
    sql`insert into section_indicators (id, section_id, indicator_id, position, name, unit, baseline, target, outcome, comment)
      select id + ${by(s.sectionIndicators)}, section_id + ${by(s.sections)}, indicator_id + ${by(s.indicators)}, position, name, unit,
        baseline, target, outcome, comment
      from section_indicators where id <= ${upTo(s.sectionIndicators)}`,
    // The index rows are the 1× rows' own: the same text gives the same terms (src/db/repositories/search.ts).
    dialect === 'sqlite'
      // SQLite's rowid is the committee's and the section's id (rowidOf): both move.
      ? sql`insert into search_sections (rowid, title, body, tails)
          select rowid + ${by(s.committees)} * ${sql.lit(COMMITTEE_STRIDE)} + ${by(s.sections)}, title, body, tails
          from search_sections where rowid % ${sql.lit(COMMITTEE_STRIDE)} <= ${upTo(s.sections)}`
      : sql`insert into search_sections (section_id, report_id, project_id, document)
          select section_id + ${by(s.sections)}, report_id + ${by(s.reports)}, project_id + ${by(s.projects)}, document
          from search_sections where section_id <= ${upTo(s.sections)}`,
    sql`insert into audit_events (id, occurred_at, actor_id, actor_label, action, entity_type, entity_id, report_id, ip, before_json, after_json)
      select id + ${by(s.auditEvents)}, occurred_at, ${committeeUser('actor_id')}, actor_label, action, entity_type,
        case when entity_type = 'report' then cast(cast(entity_id as integer) + ${by(s.reports)} as text) else entity_id end,
        report_id + ${by(s.reports)}, ip, before_json, after_json
      from audit_events where report_id is not null and id <= ${upTo(s.auditEvents)}`,
  ];
  return statements;
}

const IDENTITY_TABLES = ['committees', 'users', 'projects', 'indicators', 'reports', 'project_sections', 'accrual_entries', 'section_indicators', 'audit_events'];

/** Adds copies `from` … `to - 1` of the city, one transaction each; then statistics. */
async function grow(database: Database, strides: Strides, from: number, to: number): Promise<void> {
  for (let k = from; k < to; k++) {
    await database.db.transaction().execute(async (trx) => {
      for (const statement of copyStatements(database.dialect, strides, k)) await statement.execute(trx);
    });
  }
  // PostgreSQL's identities do not see ids given explicitly: move them past the copies, as a real city's next rows would be.
  if (database.dialect === 'postgres') {
    for (const table of IDENTITY_TABLES) {
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.table(table)}))`.execute(database.db);
    }
  }
}

/**
 * The last copy is the city again, as its own committee's reporter reads it: the same draft (its own
 * counterparty in the entries), the same history and the same search hits as the 1× committee's.
 */
async function checkCopy(database: Database, city: City, s: Strides, k: number): Promise<void> {
  const now = () => new Date();
  const own = { database, actor: city.reporter, now };
  const copy = {
    database, now,
    actor: { ...city.reporter, id: (city.reporter as { id: number }).id + k * s.users, committeeId: city.committeeId + k * s.committees } as Actor,
  };
  const [mine, theirs] = [await getReport(own, city.draftId), await getReport(copy, city.draftId + k * s.reports)];
  const counterparty = String(1700 + city.committeeId + k * s.committees);
  const expected = JSON.stringify(mine.document.projects.map((p) => ({ ...p, entries: p.entries.map((e) => ({ ...e, counterparty })) })));
  const history = async (ctx: AppContext, id: number) => (await getReportHistory(ctx, id)).entries.map((e) => e.action).join(',');
  const hits = async (ctx: AppContext) => (await searchReports(ctx, { q: WORDS[0]!, limit: 100 })).length;
  if (JSON.stringify(theirs.document.projects) !== expected || theirs.detail.committee.counterpartyNumber !== counterparty
    || await history(own, city.approvedId) !== await history(copy, city.approvedId + k * s.reports) || await hits(own) !== await hits(copy)) {
    throw new Error(`Kopia ${k + 1} av staden skiljer sig från originalet.`);
  }
}

/** Statistics after a bulk load, as autovacuum (PostgreSQL, which also marks the pages all-visible) or `PRAGMA optimize` would give them. */
async function analyze(database: Database): Promise<void> {
  await sql.raw(database.dialect === 'postgres' ? 'vacuum analyze' : 'analyze').execute(database.db);
}

/** The database's size on disk, in MB. */
async function sizeMb(database: Database, url: string): Promise<number> {
  if (database.dialect === 'postgres') {
    const row = (await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(database.db)).rows[0];
    return Number(row?.n ?? 0) / 1024 ** 2;
  }
  const file = url.slice('sqlite:'.length);
  const size = (path: string) => { try { return statSync(path).size; } catch { return 0; } };
  return (size(file) + size(`${file}-wal`)) / 1024 ** 2;
}

// ——— The queries ———

interface Query {
  name: string;
  /** True when the answer lists every committee, so it grows with the scale. */
  perCommittee: boolean;
  run: (i: number) => Promise<unknown>;
}

function queriesOf(database: Database, city: City): Query[] {
  const now = () => new Date(`${LAST_YEAR + 1}-01-20T10:00:00.000Z`);
  const controller: AppContext = { database, actor: city.controller, now };
  const reporter: AppContext = { database, actor: city.reporter, now };
  const closedRound = formatRoundCode({ year: city.closedYear, kind: 'T2' });
  // Searches as people type them: one word or two, some narrowed to a year. The same list at every scale.
  const text = new Corpus(SEED + 1);
  const searches = Array.from({ length: 30 }, (_, i) => ({
    q: i % 3 === 2 ? `${text.pick(WORDS)} ${text.pick(WORDS)}` : text.pick(WORDS),
    ...(i % 4 === 3 ? { year: text.between(FIRST_YEAR, LAST_YEAR) } : {}),
  }));
  return [
    { name: 'getReport, draft (controller)', perCommittee: false, run: () => getReport(controller, city.draftId) },
    { name: 'getReport, draft (reporter)', perCommittee: false, run: () => getReport(reporter, city.draftId) },
    { name: 'listReports, committee (reporter)', perCommittee: false, run: () => listReports(reporter) },
    { name: 'listReports, open round (controller)', perCommittee: true, run: () => listReports(controller, { roundId: city.openRoundId }) },
    { name: 'getRoundOverview (controller)', perCommittee: true, run: () => getRoundOverview(controller, city.openRoundId) },
    { name: `getRoundFigures ${closedRound} (controller)`, perCommittee: true, run: () => getRoundFigures(controller, closedRound) },
    { name: `getRoundFigures ${closedRound} (reporter)`, perCommittee: false, run: () => getRoundFigures(reporter, closedRound) },
    { name: `getYearDashboard ${city.closedYear} (controller)`, perCommittee: true, run: () => getYearDashboard(controller, { year: city.closedYear }) },
    { name: `getYearDashboard ${city.closedYear} (reporter)`, perCommittee: false, run: () => getYearDashboard(reporter, { year: city.closedYear }) },
    { name: 'searchReports (controller)', perCommittee: false, run: (i) => searchReports(controller, searches[i % searches.length]!) },
    { name: 'searchReports (reporter)', perCommittee: false, run: (i) => searchReports(reporter, searches[i % searches.length]!) },
    { name: 'getReportHistory, approved (controller)', perCommittee: false, run: () => getReportHistory(controller, city.approvedId) },
    { name: 'getReportHistory, approved (reporter)', perCommittee: false, run: () => getReportHistory(reporter, city.approvedId) },
  ];
}

/** The nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Wall-clock p50 and p95, and the CPU one run took on average: this process's and PostgreSQL's backends' (ms). */
interface Timing { p50: number; p95: number; cpu: number }

// On a shared machine the wall clock carries everyone else's load; the CPU the query itself took
// does not (much), so it is what tells a scan from an index when the machine is busy.
async function cpuSeconds(database: Database): Promise<{ own: number; backends: Map<number, number> }> {
  const { user, system } = process.cpuUsage();
  const backends = new Map<number, number>();
  if (database.dialect === 'postgres') {
    const rows = (await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(database.db)).rows;
    for (const { pid } of rows) backends.set(pid, cpuSecondsOf(pid));
  }
  return { own: (user + system) / 1e6, backends };
}

async function time(database: Database, query: Query): Promise<Timing> {
  for (let i = 0; i < WARMUP; i++) await query.run(i);
  const samples: number[] = [];
  const before = await cpuSeconds(database);
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await query.run(i);
    samples.push(performance.now() - start);
  }
  const after = await cpuSeconds(database);
  // A backend the pool opened during the runs counts whole.
  const backends = [...after.backends].reduce((sum, [pid, cpu]) => sum + cpu - (before.backends.get(pid) ?? 0), 0);
  return { p50: median(samples), p95: percentile(samples, 95), cpu: ((after.own - before.own + backends) * 1000) / RUNS };
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
const thousands = (n: number) => n.toLocaleString('sv-SE');

async function benchEngine(dialect: DialectName): Promise<void> {
  const target = await createBenchDatabase(dialect);
  const database = openDatabase(target.url);
  try {
    const started = performance.now();
    const city = await buildCity(database);
    await analyze(database);
    const { counts } = city;
    console.log(`\ngrowth on ${dialect}: 1× = ${counts.committees} committees × ${PROJECTS} projects × 3 rounds × ${YEARS} years made through the use cases in ${seconds(started)} ` +
      `(${thousands(counts.reports)} reports, ${thousands(counts.sections)} sections, ${thousands(counts.entries)} entries, ${thousands(counts.auditEvents)} audit events, ` +
      `${(await sizeMb(database, target.url)).toFixed(0)} MB); ${machineLoad()}`);
    const strides = await stridesOf(database);
    const queries = queriesOf(database, city);
    const results = new Map<number, Timing[]>();
    let copies = 1;
    for (const scale of scales) {
      if (scale > copies) {
        const growing = performance.now();
        await grow(database, strides, copies, scale);
        const copied = seconds(growing);
        const analyzing = performance.now();
        await analyze(database);
        copies = scale;
        await checkCopy(database, city, strides, copies - 1);
        const now = await countRows(database);
        console.log(`  ${scale}×: ${thousands(now.committees)} committees, ${thousands(now.reports)} reports, ${thousands(now.sections)} sections, ` +
          `${thousands(now.entries)} entries, ${thousands(now.auditEvents)} audit events; copied in ${copied}, statistics in ${seconds(analyzing)}, ` +
          `${(await sizeMb(database, target.url)).toFixed(0)} MB; ${machineLoad()}`);
      }
      const timings: Timing[] = [];
      for (const query of queries) timings.push(await time(database, query));
      results.set(scale, timings);
    }
    printTable(dialect, queries, results);
  } finally {
    await database.close();
    if (process.env.BENCH_KEEP === '1') console.log(`kept ${target.url}`);
    else await target.destroy();
  }
}

function printTable(dialect: DialectName, queries: readonly Query[], results: ReadonlyMap<number, Timing[]>): void {
  const base = results.get(1)!;
  const ratio = (value: number, of: number) => `×${(value / of).toFixed(2)}`;
  console.log(`\n  ${dialect}, ${RUNS} runs per query: wall-clock p50 / p95 and the CPU a run took (this process${dialect === 'postgres' ? ' and PostgreSQL\'s backends' : ''}), ` +
    'in ms, each with its ratio to 1×; † = the answer lists every committee, budget 2× per line');
  const ratioHead = (scale: number) => (scale === 1 ? '' : ' ratio'.padEnd(9));
  console.log(`  ${'query'.padEnd(42)} ${scales.map((s) => `${`${s}× p50 / p95`.padStart(18)}${ratioHead(s)}${'cpu'.padStart(8)}${ratioHead(s)}`).join(' ')}`);
  for (const [q, query] of queries.entries()) {
    const cells = scales.map((scale) => {
      const t = results.get(scale)![q]!;
      const b = base[q]!;
      const wall = `${fmt(t.p50)} / ${fmt(t.p95)}`.padStart(18) + (scale === 1 ? '' : ` ${ratio(t.p50, b.p50)}`.padEnd(9));
      const cpu = fmt(t.cpu).padStart(8) + (scale === 1 ? '' : ` ${ratio(t.cpu, b.cpu)}`.padEnd(9));
      return wall + cpu;
    });
    console.log(`  ${`${query.name}${query.perCommittee ? ' †' : ''}`.padEnd(42)} ${cells.join(' ')}`);
  }
  for (const scale of scales.slice(1)) {
    for (const [q, query] of queries.entries()) {
      const t = results.get(scale)![q]!;
      const budget = 2 * base[q]!.p50 * (query.perCommittee ? scale : 1);
      report(`growth ${dialect} ${scale}× ${query.name} p50`, t.p50, 'ms', `≤ ${fmt(budget)} ms`, t.p50 <= budget);
    }
  }
}

console.log(`growth: scales ${scales.join(', ')}× of ${COMMITTEES.length} committees × ${PROJECTS} projects × 3 rounds × ${YEARS} years; ${machineLoad()}`);
for (const engine of engines) await benchEngine(engine);
