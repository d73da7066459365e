// Deadline day: 200 people editing and submitting at once, against one `redovisa serve` on SQLite and
// against two on one PostgreSQL database (each user on one of them, colleagues on different ones).
// DESIGN.md §9 asks for zero errors and no lost update; the p99 is reported.
//
// Setup, in the database through the use cases: an open round 2014-VB; one committee per user (with
// every BENCH_PAIR_EVERY-th user a second reporter on the previous user's committee instead, so
// colleagues save the same report at once), each with the seed's three projects, its draft made by
// opening the round, its reporters and its approver. Then every user signs in over HTTP (16 at a
// time; sign-ins are timed apart) on a connection of its own that it keeps (a browser's, keep-alive),
// and at one moment all of them start: load the report
// (GET /api/reports/:id), make BENCH_SAVES autosaves — each adds a paragraph of the seed's narrative
// to one of the user's sections, the seed's entries on first touch — sending what the editor sends
// (PUT with every section and the version last loaded, after a pause around BENCH_THINK_MS as the
// editor's 1.5 s debounce). A 409 is a conflict: the user takes the stored report from the answer,
// puts the same edit on top of it ("Behåll min version") and saves again. When a committee's
// reporters are done its approver loads the report and submits it (POST /api/reports/:id/submit).
//
// Checked afterwards in the database: no 5xx, no other refusal and no network error; every report
// submitted; each report's version grew by exactly its acknowledged saves and the submission; one
// `report.saved` event per acknowledged save; every acknowledged save's paragraph is in the final
// content, and the final content is the last acknowledged save's.
//
// Environment: BENCH_ENGINES (default "sqlite,postgres"), BENCH_USERS (200), BENCH_SAVES (5),
// BENCH_THINK_MS (1500), BENCH_PAIR_EVERY (10; 0 for no shared committees). Run: `npm run bench -- deadline-day`.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { hashPassword } from '../src/app/accounts/passwords.js';
import { operatorContext } from '../src/app/context.js';
import { createRound } from '../src/app/rounds/create-round.js';
import { openRound } from '../src/app/rounds/open-round.js';
import {
  auditEvents, committees, migrateToLatest, openDatabase, programmes, projects, reports, users, type DialectName,
} from '../src/db/index.js';
import { readReportFile } from '../src/documents/import/index.js';
import type { ReportDocument } from '../src/domain/report.js';
import {
  BENCH_PASSWORD, createBenchDatabase, machineLoad, report, SEED_PATH, startServer, type BenchServer,
} from './support.js';

const engines: DialectName[] = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((e) => {
  const engine = e.trim();
  if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`BENCH_ENGINES: okänd motor "${engine}" (sqlite, postgres).`);
  return engine;
});
const USERS = whole('BENCH_USERS', 200, 1);
const SAVES = whole('BENCH_SAVES', 5, 1);
const THINK_MS = whole('BENCH_THINK_MS', 1500, 0);
const PAIR_EVERY = whole('BENCH_PAIR_EVERY', 10, 0);
const SIGN_IN_CONCURRENCY = 16;
// A user who meets a conflict this many times in a row on one edit gives up: counted as an error.
const MAX_TRIES = 50;

function whole(name: string, fallback: number, min: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} ska vara ett heltal ≥ ${min}, inte "${process.env[name]}".`);
  return value;
}

// ——— What the browser holds and sends ———

interface Entry { account: string; ikb: string; counterparty: string; amountOre: number; text: string }
interface Indicator { name: string; outcome?: string; comment?: string }
interface Project { number: number; name: string; entries: Entry[]; indicators?: Indicator[]; narrative: { title: string; paragraphs: string[] } | null }
/** The parts of GET /api/reports/:id's answer the editor works from. */
interface Report {
  id: number;
  state: string;
  version: number;
  content: { accrualPeriod: { from: string; to: string }; projects: Project[] };
  sections: { id: number }[];
}

/** The body of PUT /api/reports/:id as the editor builds it (src/web/pages/editor/draft.ts, toPayload): every section. */
function saveBody(report: Report) {
  return {
    version: report.version,
    accrualPeriod: report.content.accrualPeriod,
    sections: report.sections.map((section, i) => {
      const project = report.content.projects[i]!;
      const indicators = (project.indicators ?? []).map((x) => ({ name: x.name, outcome: x.outcome ?? null, comment: x.comment ?? '' }));
      return {
        id: section.id,
        entries: project.entries.map((e) => ({ account: e.account, ikb: e.ikb, counterparty: e.counterparty, amountOre: e.amountOre, text: e.text })),
        narrative: project.narrative && { title: project.narrative.title, paragraphs: project.narrative.paragraphs },
        ...(indicators.length > 0 ? { indicators } : {}),
      };
    }),
  };
}

/** One user's edit: a paragraph (with a mark only this edit has) at the end of one section, the seed's entries and title on first touch. */
interface Edit { section: number; paragraph: string; seed: ReportDocument['projects'][number]; counterparty: string }

function applyEdit(report: Report, edit: Edit): Report {
  const projects = report.content.projects.map((project, i) => {
    if (i !== edit.section) return project;
    const narrative = project.narrative ?? { title: '', paragraphs: [] };
    const firstTouch = !project.entries.some((e) => e.text === edit.seed.entries[0]?.text);
    return {
      ...project,
      entries: firstTouch ? [...project.entries, ...edit.seed.entries.map((e) => ({ ...e, counterparty: edit.counterparty }))] : project.entries,
      narrative: { title: narrative.title || (edit.seed.narrative?.title ?? ''), paragraphs: [...narrative.paragraphs, edit.paragraph] },
    };
  });
  return { ...report, content: { ...report.content, projects } };
}

// ——— Requests, timed and counted ———

type Kind = 'sign-in' | 'load' | 'save' | 'submit';

class Tally {
  readonly latencies = new Map<Kind, number[]>();
  readonly statuses = new Map<string, number>();
  conflicts = 0;
  readonly errors: string[] = [];
  /** The slowest requests, to tell a stall from a queue: what, when it was sent (ms after the first), how long. */
  readonly slowest: Array<{ what: string; sentAt: number; ms: number }> = [];
  /** When the day began (all users at once), for the slowest requests' send times. */
  dayStart = 0;

  record(kind: Kind, ms: number, status: number | 'network', what: string = kind, sentAt = 0): void {
    if (kind !== 'sign-in') {
      this.slowest.push({ what: `${what} → ${status}`, sentAt, ms });
      this.slowest.sort((a, b) => b.ms - a.ms);
      this.slowest.length = Math.min(this.slowest.length, 5);
    }
    const list = this.latencies.get(kind) ?? [];
    list.push(ms);
    this.latencies.set(kind, list);
    const key = `${kind} ${status}`;
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
  }
}

/** A signed-in browser: its server, its session cookie and CSRF token, and its own connections (as a browser has). */
interface Session { server: BenchServer; cookie: string; csrfToken: string; agent: http.Agent }

/** Sends one API request as the browser's client does (src/web/api/client.ts); the status and JSON body. */
async function call(tally: Tally, kind: Kind, session: Session, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; cookies: string[] }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (session.cookie !== '') headers.cookie = session.cookie;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(payload));
  }
  if (method !== 'GET' && session.csrfToken !== '') headers['x-csrf-token'] = session.csrfToken;
  const start = performance.now();
  const sentAt = start - tally.dayStart;
  const answer = await new Promise<{ status: number; text: string; cookies: string[] } | Error>((resolve) => {
    const request = http.request(`${session.server.url}${path}`, { method, headers, agent: session.agent, timeout: 120_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), cookies: res.headers['set-cookie'] ?? [] }));
      res.once('error', resolve);
    });
    request.once('timeout', () => request.destroy(new Error('no answer in 120 s')));
    request.once('error', resolve);
    request.end(payload);
  });
  const ms = performance.now() - start;
  if (answer instanceof Error) {
    tally.record(kind, ms, 'network', `${method} ${path}`, sentAt);
    tally.errors.push(`${method} ${path}: ${answer.message}`);
    return { status: 0, json: null, cookies: [] };
  }
  tally.record(kind, ms, answer.status, `${method} ${path}`, sentAt);
  let json: unknown = null;
  try { json = JSON.parse(answer.text); } catch { json = answer.text; }
  return { status: answer.status, json, cookies: answer.cookies };
}

/** Signs in on the browser's own connection, as the sign-in page does; the session, or null (counted as an error). */
async function signIn(tally: Tally, server: BenchServer, email: string): Promise<Session | null> {
  // Six connections at most, as a browser opens to one site.
  const session: Session = { server, cookie: '', csrfToken: '', agent: new http.Agent({ keepAlive: true, maxSockets: 6 }) };
  const answer = await call(tally, 'sign-in', session, 'POST', '/api/session', { email, password: BENCH_PASSWORD });
  const cookie = answer.cookies.map((c) => c.split(';')[0]!).find((c) => c.startsWith('redovisa_session='));
  const csrfToken = (answer.json as { csrfToken?: unknown } | null)?.csrfToken;
  if (answer.status !== 200 || cookie === undefined || typeof csrfToken !== 'string') {
    tally.errors.push(`sign-in ${email}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 200)}`);
    session.agent.destroy();
    return null;
  }
  return { ...session, cookie, csrfToken };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The stored report a 409 answer carries (`details.current`), or null when the 409 is not a save conflict. */
function conflictCurrent(json: unknown): Report | null {
  const body = json as { code?: string; details?: { current?: Report } } | null;
  return body?.code === 'conflict' && body.details?.current?.sections ? body.details.current : null;
}

// ——— The day ———

/** An acknowledged save: who made which edit, and the version and content the server answered with. */
interface Ack { user: number; mark: string; version: number; content: Project[] }

interface Committee { id: number; counterparty: string; reportId: number; initialVersion: number; reporters: number[]; approver: string }

async function benchEngine(dialect: DialectName, seed: ReportDocument): Promise<void> {
  const target = await createBenchDatabase(dialect);
  const servers: BenchServer[] = [];
  try {
    const setupStart = performance.now();
    const committeeList = await setUp(target.url, seed);
    const setupSeconds = (performance.now() - setupStart) / 1000;
    for (let i = 0; i < (dialect === 'postgres' ? 2 : 1); i++) servers.push(await startServer(target.url));
    const userCount = committeeList.reduce((n, c) => n + c.reporters.length, 0);
    console.log(`\ndeadline day on ${dialect}: ${userCount} users on ${committeeList.length} committees (${committeeList.filter((c) => c.reporters.length > 1).length} with two reporters), ` +
      `${SAVES} autosaves each about ${THINK_MS} ms apart, then each committee's approver submits; ${servers.length} serve process${servers.length > 1 ? 'es' : ''}; ` +
      `set up in ${setupSeconds.toFixed(0)} s; ${machineLoad()}`);

    const tally = new Tally();
    const serverOf = (i: number) => servers[i % servers.length]!;
    // Sign in everyone first, a few at a time: a deadline morning's sign-ins are spread out, and argon2 is meant to be slow.
    const logins: Array<{ email: string; server: BenchServer; session?: Session }> = [
      ...committeeList.flatMap((c) => c.reporters.map((u) => ({ email: reporterEmail(u), server: serverOf(u) }))),
      ...committeeList.map((c, i) => ({ email: c.approver, server: serverOf(i) })),
    ];
    let next = 0;
    await Promise.all(Array.from({ length: SIGN_IN_CONCURRENCY }, async () => {
      while (next < logins.length) {
        const login = logins[next++]!;
        login.session = (await signIn(tally, login.server, login.email)) ?? undefined;
      }
    }));
    if (logins.some((l) => l.session === undefined)) throw new Error(`Inloggningen misslyckades: ${tally.errors.slice(0, 3).join('; ')}`);
    const sessionOf = new Map(logins.map((l) => [l.email, l.session!]));

    const acks = new Map<number, Ack[]>();
    const submitted = new Set<number>();
    const started = performance.now();
    tally.dayStart = started;
    await Promise.all(committeeList.map(async (committee) => {
      const list: Ack[] = [];
      acks.set(committee.reportId, list);
      await Promise.all(committee.reporters.map((user, r) =>
        editAsUser(tally, sessionOf.get(reporterEmail(user))!, committee, user, r, seed, list)));
      if (await submitAsApprover(tally, sessionOf.get(committee.approver)!, committee)) submitted.add(committee.reportId);
    }));
    const wallSeconds = (performance.now() - started) / 1000;
    for (const login of logins) login.session?.agent.destroy();
    for (const server of servers) await server.stop();
    servers.length = 0;

    const problems = await verify(target.url, committeeList, acks, submitted);
    printResults(dialect, tally, acks, wallSeconds, problems);
  } finally {
    for (const server of servers) await server.stop();
    await target.destroy();
  }
}

const reporterEmail = (user: number) => `rapportor.${user + 1}@deadline.test`;

/** The database for the day: the round, committees with the seed's projects and their drafts, and the people. */
async function setUp(url: string, seed: ReportDocument): Promise<Committee[]> {
  const database = openDatabase(url);
  try {
    const { db } = database;
    await migrateToLatest(db);
    const ctx = operatorContext(database, 'bänkprov');
    const round = await createRound(ctx, { year: 2014, kind: 'VB', deadline: '2015-01-31' });
    const first = seed.projects[0]!.entries[0]!;
    const programme = await programmes.create(db, { name: 'Ytterstadssatsningen', ikb: first.ikb, defaultAccount: first.account });
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const now = new Date();
    // Users 0 … USERS-1; every PAIR_EVERY-th works on the previous user's committee.
    const reportersOf: number[][] = [];
    for (let user = 0; user < USERS; user++) {
      if (PAIR_EVERY > 0 && user % PAIR_EVERY === PAIR_EVERY - 1 && reportersOf.length > 0) reportersOf.at(-1)!.push(user);
      else reportersOf.push([user]);
    }
    const list: Array<Omit<Committee, 'reportId' | 'initialVersion'>> = [];
    for (const [c, reporters] of reportersOf.entries()) {
      const counterparty = String(2001 + c);
      const committee = await committees.create(db, { name: `Nämnd ${c + 1}`, counterpartyNumber: counterparty });
      for (const project of seed.projects) {
        await projects.create(db, {
          programmeId: programme.id, committeeId: committee.id, name: project.name, number: project.number, activeFromYear: 2014,
          projectCode: `${counterparty}-${String(project.number).padStart(2, '0')}`,
        });
      }
      for (const user of reporters) {
        await users.create(db, { email: reporterEmail(user), name: `Rapportör ${user + 1}`, role: 'reporter', committeeId: committee.id, passwordHash, now });
      }
      const approver = `attestant.${c + 1}@deadline.test`;
      await users.create(db, { email: approver, name: `Attestant ${c + 1}`, role: 'approver', committeeId: committee.id, passwordHash, now });
      list.push({ id: committee.id, counterparty, reporters, approver });
    }
    await openRound(ctx, round.id);
    return await Promise.all(list.map(async (c) => {
      const meta = await reports.findByCommitteeRound(db, c.id, round.id);
      if (!meta) throw new Error(`Nämnd ${c.id} fick inget utkast.`);
      return { ...c, reportId: meta.id, initialVersion: meta.version };
    }));
  } finally {
    await database.close();
  }
}

/** One reporter's session: load, SAVES autosaves of the user's own sections (conflicts merged and saved again). */
async function editAsUser(tally: Tally, session: Session, committee: Committee, user: number, nth: number, seed: ReportDocument, acks: Ack[]): Promise<void> {
  const loaded = await call(tally, 'load', session, 'GET', `/api/reports/${committee.reportId}`);
  if (loaded.status !== 200) {
    tally.errors.push(`user ${user + 1}: GET answered ${loaded.status}`);
    return;
  }
  let held = loaded.json as Report;
  // Alone, a reporter writes every section; two colleagues split them.
  const colleagues = committee.reporters.length;
  const own = held.sections.map((_, i) => i).filter((i) => i % colleagues === nth);
  for (let save = 1; save <= SAVES; save++) {
    await pause(THINK_MS * (0.5 + Math.random()));
    const section = own[(save - 1) % own.length]!;
    const seedProject = seed.projects[section % seed.projects.length]!;
    const paragraphs = seedProject.narrative?.paragraphs ?? ['Verksamheten har genomförts enligt plan.'];
    const mark = `[användare ${user + 1}, sparning ${save}]`;
    const edit: Edit = { section, paragraph: `${paragraphs[(save - 1) % paragraphs.length]} ${mark}`, seed: seedProject, counterparty: committee.counterparty };
    for (let attempt = 1; ; attempt++) {
      const answer = await call(tally, 'save', session, 'PUT', `/api/reports/${committee.reportId}`, saveBody(applyEdit(held, edit)));
      if (answer.status === 200) {
        held = answer.json as Report;
        acks.push({ user, mark, version: held.version, content: held.content.projects });
        break;
      }
      const current = answer.status === 409 ? conflictCurrent(answer.json) : null;
      if (!current) {
        tally.errors.push(`user ${user + 1}, save ${save}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 300)}`);
        return;
      }
      tally.conflicts += 1;
      if (attempt === MAX_TRIES) {
        tally.errors.push(`user ${user + 1}, save ${save}: ${MAX_TRIES} conflicts in a row, gave up`);
        return;
      }
      // "Behåll min version": the same edit on top of what the other person saved.
      held = current;
    }
  }
}

/** The committee's approver loads the report and submits it; true when the server said it was submitted. */
async function submitAsApprover(tally: Tally, session: Session, committee: Committee): Promise<boolean> {
  for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
    const loaded = await call(tally, 'load', session, 'GET', `/api/reports/${committee.reportId}`);
    if (loaded.status !== 200) break;
    const answer = await call(tally, 'submit', session, 'POST', `/api/reports/${committee.reportId}/submit`, { version: (loaded.json as Report).version });
    if (answer.status === 200 && (answer.json as Report).state === 'submitted') return true;
    if (answer.status !== 409) {
      tally.errors.push(`submit ${committee.reportId}: ${answer.status} ${JSON.stringify(answer.json).slice(0, 300)}`);
      return false;
    }
    tally.conflicts += 1;
  }
  tally.errors.push(`submit ${committee.reportId}: not submitted`);
  return false;
}

/** What the database says after the day; every line is a lost or unexplained write. */
async function verify(url: string, committeeList: readonly Committee[], acks: ReadonlyMap<number, Ack[]>, submitted: ReadonlySet<number>): Promise<string[]> {
  const database = openDatabase(url);
  const problems: string[] = [];
  try {
    for (const committee of committeeList) {
      const id = committee.reportId;
      const list = [...(acks.get(id) ?? [])].sort((a, b) => a.version - b.version);
      const { document, meta } = await reports.getDocument(database.db, id);
      const events = (await auditEvents.listForReport(database.db, id)).filter((e) => e.action === 'report.saved');
      const stored = JSON.stringify(document.projects);
      if (meta.state !== 'submitted' || !submitted.has(id)) problems.push(`report ${id}: ${meta.state}, not submitted`);
      // Versions: each acknowledged save claimed its own, one after another, and the submission the next.
      const versions = list.map((a) => a.version);
      if (versions.some((v, i) => v !== committee.initialVersion + i + 1)) problems.push(`report ${id}: saves acknowledged versions ${versions.join(', ')} from ${committee.initialVersion}`);
      if (meta.version !== committee.initialVersion + list.length + 1) problems.push(`report ${id}: version ${meta.version} after ${list.length} saves and a submission from ${committee.initialVersion}`);
      if (events.length !== list.length) problems.push(`report ${id}: ${events.length} report.saved events for ${list.length} acknowledged saves`);
      const missing = list.filter((a) => !stored.includes(JSON.stringify(a.mark).slice(1, -1)));
      if (missing.length > 0) problems.push(`report ${id}: lost ${missing.map((a) => a.mark).join(', ')}`);
      const last = list.at(-1);
      if (last && JSON.stringify(last.content.map(contentOf)) !== JSON.stringify(document.projects.map(contentOf))) {
        problems.push(`report ${id}: the stored content is not the last acknowledged save's`);
      }
    }
  } finally {
    await database.close();
  }
  return problems;
}

/** What a save writes of a project: entries and narrative. */
function contentOf(project: Pick<Project, 'entries' | 'narrative'>) {
  return { entries: project.entries.map((e) => [e.account, e.ikb, e.counterparty, e.amountOre, e.text]), narrative: project.narrative };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function printResults(dialect: DialectName, tally: Tally, acks: ReadonlyMap<number, Ack[]>, wallSeconds: number, problems: readonly string[]): void {
  const ms = (n: number) => n.toFixed(0).padStart(6);
  const line = (label: string, values: readonly number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `  ${label.padEnd(26)} ${String(sorted.length).padStart(6)} requests  p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1) ?? Number.NaN)} ms`;
  };
  const day = (['load', 'save', 'submit'] as const).flatMap((k) => tally.latencies.get(k) ?? []);
  const statuses = [...tally.statuses].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}: ${n}`).join(', ');
  const serverErrors = [...tally.statuses].filter(([k]) => / (5\d\d|network)$/.test(k)).reduce((n, [, v]) => n + v, 0);
  const ackCount = [...acks.values()].reduce((n, l) => n + l.length, 0);
  console.log(line('sign-in (16 at a time)', tally.latencies.get('sign-in') ?? []));
  console.log(line('load GET /api/reports/:id', tally.latencies.get('load') ?? []));
  console.log(line('save PUT /api/reports/:id', tally.latencies.get('save') ?? []));
  console.log(line('submit POST …/submit', tally.latencies.get('submit') ?? []));
  console.log(line('the day (load, save, submit)', day));
  console.log(`  ${day.length} requests in ${wallSeconds.toFixed(1)} s (${(day.length / wallSeconds).toFixed(0)}/s); answers ${statuses}`);
  console.log(`  ${ackCount} saves acknowledged, ${tally.conflicts} conflicts answered 409 and saved again, ${tally.errors.length} errors (${serverErrors} 5xx or network), ` +
    `${problems.length} problems in the database`);
  console.log(`  slowest: ${tally.slowest.map((r) => `${r.what} sent at ${(r.sentAt / 1000).toFixed(1)} s took ${(r.ms / 1000).toFixed(1)} s`).join('; ')}`);
  for (const error of tally.errors.slice(0, 10)) console.log(`  error: ${error}`);
  for (const problem of problems.slice(0, 10)) console.log(`  problem: ${problem}`);
  const sorted = [...day].sort((a, b) => a - b);
  const ok = tally.errors.length === 0 && problems.length === 0;
  report(`deadline day ${dialect} errors + lost`, tally.errors.length + problems.length, 'count', '0', ok);
  report(`deadline day ${dialect} p99`, percentile(sorted, 99), 'ms', '— (reported)', true);
  console.log(`  ${ok ? 'PASS' : 'FAIL'}: ${dialect}, zero errors and zero lost updates ${ok ? 'held' : 'did not hold'}; ${machineLoad()}`);
}

const seed = await readReportFile(new Uint8Array(readFileSync(SEED_PATH)), path.basename(SEED_PATH));
for (const engine of engines) await benchEngine(engine, seed);
