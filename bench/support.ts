import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { hashPassword } from '../src/app/accounts/passwords.js';
import { operatorContext } from '../src/app/context.js';
import { loadDemoData } from '../src/app/load-demo-data.js';
import { migrateToLatest, openDatabase, users, type DialectName } from '../src/db/index.js';
import { readReportFile } from '../src/documents/import/index.js';
import type { Role } from '../src/domain/roles.js';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The seed report's text, shipped in demo/ (what `serve --demo` loads). */
export const SEED_PATH = path.join(repoRoot, 'demo/000_103637c2e0986dfa.txt');

/** The seed's golden file in redovisa.report/1, beside it in demo/. */
export const GOLDEN_PATH = path.join(repoRoot, 'demo/000_103637c2e0986dfa.expected.json');

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times an async function: warm-up runs first, then `runs` measured runs in milliseconds. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/** Prints one result line: name, value, unit and the budget it is held against. */
export function report(name: string, value: number, unit: string, budget: string, ok: boolean): void {
  console.log(`${name.padEnd(34)} ${value.toFixed(unit === 'ms' ? 2 : 0).padStart(10)} ${unit.padEnd(10)} budget ${budget.padEnd(12)} ${ok ? 'ok' : 'OVER BUDGET'}`);
}

// ——— Helpers for the benchmarks that run the real server (api-read, page-load) ———

/** The password every benchmark user gets. */
export const BENCH_PASSWORD = 'bänkprov lastprov mätning';

/** The PostgreSQL server benchmarks create their throwaway databases on (same default as the tests). */
export const postgresAdminUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throwaway database: its DATABASE_URL and how to delete it afterwards. */
export interface BenchDatabase {
  readonly url: string;
  /** Deletes the temporary SQLite folder or drops the PostgreSQL database. */
  destroy(): Promise<void>;
}

/** Creates an empty database of the engine (a SQLite file in a temp dir, or a fresh PostgreSQL database). */
export async function createBenchDatabase(dialect: DialectName): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'redovisa-bench-'));
    return { url: `sqlite:${path.join(dir, 'bench.db')}`, destroy: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `redovisa_b_${Math.random().toString(36).slice(2, 12)}`;
  await withPostgresAdmin((admin) => admin.query(`create database ${name}`));
  const target = new URL(postgresAdminUrl);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    destroy: () => withPostgresAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`)),
  };
}

async function withPostgresAdmin(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Migrates the database, optionally loads the demo data from the seed (the seed report as a
 * draft in an open round, as `serve --demo` does), and creates a user of the role; returns the
 * report id (null without demo data) and the user's address (password BENCH_PASSWORD).
 */
export async function prepareDatabase(url: string, options: { role: Role; demo: boolean }): Promise<{ reportId: number | null; email: string }> {
  const database = openDatabase(url);
  try {
    await migrateToLatest(database.db);
    let reportId: number | null = null;
    if (options.demo) {
      const document = await readReportFile(new Uint8Array(readFileSync(SEED_PATH)), path.basename(SEED_PATH));
      const demo = await loadDemoData(operatorContext(database, 'bänkprov'), { document, source: path.basename(SEED_PATH), history: [] });
      if (!demo) throw new Error('Demodata laddades inte: databasen var inte tom.');
      reportId = demo.reportId;
    }
    const email = `bench.${options.role}@test.stockholm.se`;
    await users.create(database.db, {
      email, name: `Bänkprov ${options.role}`, role: options.role, committeeId: null,
      passwordHash: await hashPassword(BENCH_PASSWORD), now: new Date(),
    });
    return { reportId, email };
  } finally {
    await database.close();
  }
}

/** A `redovisa serve` running in its own process. */
export interface BenchServer {
  /** Base address, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `node bin/redovisa.js serve` on a free port in a separate process, so the load generator
 * shares neither the server's event loop nor (with two cores) its core; resolves once it listens.
 * BENCH_SERVER_NODE_ARGS adds node flags to the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof";
 * BENCH_SERVER_LOG=FILE appends the server's log lines (one JSON line per answer) to FILE.
 */
export function startServer(databaseUrl: string, args: readonly string[] = []): Promise<BenchServer> {
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child = spawn(process.execPath, [...nodeArgs, path.join(repoRoot, 'bin/redovisa.js'), 'serve', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  let output = '';
  return new Promise<BenchServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Servern startade inte inom 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /https?:\/\/[^\s:]+:(\d+)/.exec(output)?.[1];
      if (port === undefined) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      if (process.env.BENCH_SERVER_LOG) child.stdout.pipe(createWriteStream(process.env.BENCH_SERVER_LOG, { flags: 'a' }));
      else child.stdout.resume();
      resolve({ url: `http://127.0.0.1:${port}`, pid: child.pid!, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Servern avslutades (${code ?? signal}) innan den lyssnade:\n${output}`));
    });
  });
}

/** Signs in over HTTP as the browser does; returns the Cookie header value for the session. */
export async function signInOverHttp(baseUrl: string, email: string, password = BENCH_PASSWORD): Promise<string> {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`Inloggningen misslyckades (${res.status}): ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('redovisa_session='));
  if (!cookie) throw new Error('Inloggningen satte ingen sessionskaka.');
  return cookie;
}

/** The machine's load averages (1, 5, 15 min) and core count, to print beside numbers from a shared machine. */
export function machineLoad(): string {
  const [one, five, fifteen] = os.loadavg().map((n) => n.toFixed(2));
  return `load average ${one}, ${five}, ${fifteen} on ${os.cpus().length} cores`;
}

/** CPU seconds a process has used (user + system), from /proc; 0 when it is gone or /proc is missing. */
export function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

// Linux's USER_HZ: /proc counts CPU time in hundredths of a second.
const CLOCK_TICKS = 100;

/** The whole machine's CPU counters from /proc/stat, in seconds summed over cores; null without /proc. */
export function machineCpu(): { busy: number; total: number; steal: number } | null {
  try {
    const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map((v) => Number(v) / CLOCK_TICKS) as number[];
    const busy = user! + nice! + system! + irq! + softirq!;
    return { busy, total: busy + idle! + iowait! + steal!, steal: steal! };
  } catch {
    return null;
  }
}
