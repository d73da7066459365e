// Full-text search over 20 years × 14 committees × 20 projects of narratives in the seed's style
// (5 600 project sections, one annual report per committee and year), loaded into a fresh SQLite
// file and a fresh PostgreSQL database through the repositories (so the index is written as every
// save writes it), then ~200 varied queries through the use case — as the controller, as a
// committee's reporter and as a reader, some with filters. Prints p50 and p95 per engine.
// BENCH_ENGINES (default "sqlite,postgres") picks the engines.
import { availableParallelism as availableCores, loadavg } from 'node:os';
import { sql } from 'kysely';
import { searchReports, type SearchInput } from '../src/app/search/search-reports.js';
import type { Actor, AppContext } from '../src/app/context.js';
import { committees, migrateToLatest, openDatabase, programmes, projects, reports, rounds, type Database, type DialectName } from '../src/db/index.js';
import { roundPeriod } from '../src/domain/period.js';
import { COMMITTEES, Corpus, PROJECT_NAMES, WORDS } from './corpus.js';
import { createBenchDatabase, median, report } from './support.js';

const YEARS = 20;
const FIRST_YEAR = 2005;
const PROJECTS = 20;
const SEED = 20140831;

// Reset for each engine, so both get the same corpus and the same queries.
let text = new Corpus(SEED);
const pick = <T>(list: readonly T[]): T => text.pick(list);

interface Loaded { committeeIds: number[]; programmeId: number }

async function load(database: Database): Promise<Loaded> {
  const { db } = database;
  await migrateToLatest(db);
  const programme = await programmes.create(db, { name: 'Ytterstadssatsningen', ikb: '1771', defaultAccount: '3699' });
  const committeeIds: number[] = [];
  const projectNames = new Map<number, string[]>();
  const projectIds = new Map<number, Map<string, number>>();
  for (const [c, name] of COMMITTEES.entries()) {
    const committee = await committees.create(db, { name: `${name} stadsdelsnämnd`, counterpartyNumber: String(1701 + c) });
    committeeIds.push(committee.id);
    const names = [...PROJECT_NAMES].sort(() => text.random() - 0.5).slice(0, PROJECTS);
    projectNames.set(committee.id, names);
    const ids = new Map<string, number>();
    for (const [p, projectName] of names.entries()) {
      const project = await projects.create(db, {
        programmeId: programme.id, committeeId: committee.id, name: projectName, number: p + 1, activeFromYear: FIRST_YEAR,
        activeToYear: null, projectCode: `${1701 + c}-${String(p + 1).padStart(2, '0')}`,
      });
      ids.set(projectName, project.id);
    }
    projectIds.set(committee.id, ids);
  }
  for (let y = 0; y < YEARS; y++) {
    const year = FIRST_YEAR + y;
    const period = roundPeriod(year, 'VB');
    const round = await rounds.create(db, { year, kind: 'VB', periodFrom: period.from, periodTo: period.to, deadline: `${year + 1}-01-31`, state: 'closed' });
    for (const [c, committeeId] of committeeIds.entries()) {
      const names = projectNames.get(committeeId)!;
      await reports.create(db, {
        committeeId, roundId: round.id, now: new Date(`${year + 1}-01-15T10:00:00.000Z`),
        // The last year's reports are still drafts; the earlier ones approved.
        state: y === YEARS - 1 ? 'draft' : 'approved',
        projectIds: projectIds.get(committeeId)!,
        content: {
          title: 'Redovisning ytterstadsprojekt', reportType: 'Verksamhetsberättelse', accrualPeriod: period,
          projects: names.map((name, p) => text.section(p + 1, name, String(1701 + c), year)),
        },
      });
    }
  }
  return { committeeIds, programmeId: programme.id };
}

function queries(loaded: Loaded): { actor: Actor; input: SearchInput }[] {
  const list: { actor: Actor; input: SearchInput }[] = [];
  const controller: Actor = { kind: 'user', id: 1, name: 'Controller', role: 'controller', committeeId: null };
  const reader: Actor = { kind: 'user', id: 2, name: 'Läsare', role: 'reader', committeeId: null };
  for (let i = 0; i < 200; i++) {
    const committeeId = pick(loaded.committeeIds);
    const actor = i % 3 === 0 ? controller : i % 3 === 1 ? { kind: 'user' as const, id: 3, name: 'Rapportör', role: 'reporter' as const, committeeId } : reader;
    const q = i % 4 === 3 ? `${pick(WORDS)} ${pick(WORDS)}` : pick(WORDS);
    const year = FIRST_YEAR + Math.floor(text.random() * YEARS);
    const filter: Partial<SearchInput> = [{}, {}, { year }, { round: `${year}-VB` }, { committeeId }, { programmeId: loaded.programmeId }][i % 6]!;
    list.push({ actor, input: { q, ...filter } });
  }
  return list;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',') as DialectName[];
for (const engine of engines) {
  text = new Corpus(SEED);
  const target = await createBenchDatabase(engine);
  const database = openDatabase(target.url);
  try {
    const started = performance.now();
    const loaded = await load(database);
    // A bulk load is followed by statistics, as autovacuum (PostgreSQL) or `PRAGMA optimize` would give them.
    await sql`analyze`.execute(database.db);
    const loadSeconds = (performance.now() - started) / 1000;
    const ctx = (actor: Actor): AppContext => ({ database, actor, now: () => new Date() });
    const runs = queries(loaded);
    let hits = 0;
    for (const { actor, input } of runs) await searchReports(ctx(actor), input); // warm-up: caches and prepared statements
    const times: number[] = [];
    for (const { actor, input } of runs) {
      const start = performance.now();
      hits += (await searchReports(ctx(actor), input)).length;
      times.push(performance.now() - start);
    }
    console.log(`search on ${engine}: ${YEARS} years × ${COMMITTEES.length} committees × ${PROJECTS} projects (${YEARS * COMMITTEES.length * PROJECTS} sections) loaded in ${loadSeconds.toFixed(1)} s; ${runs.length} queries, ${hits} hits (at most 50 each); median ${median(times).toFixed(2)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${availableCores()} cores`);
    report(`search p50 (${engine})`, percentile(times, 50), 'ms', '—', true);
    report(`search p95 (${engine})`, percentile(times, 95), 'ms', '≤ 50 ms', percentile(times, 95) <= 50);
  } finally {
    await database.close();
    if (process.env.BENCH_KEEP === '1') console.log(`kept ${target.url}`);
    else await target.destroy();
  }
}
