// Reading a report through the API (DESIGN.md §9 budget: p99 ≤ 25 ms at 300 requests/s, zero errors,
// on SQLite and on PostgreSQL). For each engine: a fresh database (SQLite file in a temp dir, or a new
// PostgreSQL database on 127.0.0.1:5432, dropped afterwards), migrated, the demo data loaded from the
// shared seed (the seed report as a draft in an open round, as `serve --demo` does) and a controller
// created; then `node bin/redovisa.js serve` in its own process, a real sign-in over HTTP,
// a warm-up, and GET /api/reports/:id with the session cookie at a fixed rate.
//
// Two load generators, run one after the other against the same server:
// - paced (the verdict): requests leave on a fixed schedule, one every 1/rate s whatever the server
//   does, and latency counts from the scheduled time, so a stall is charged to every request it delays
//   (no coordinated omission; the method of wrk2).
// - autocannon `overallRate` (for comparison): autocannon lets each connection send its share of the
//   second back to back as soon as the second starts and then idle, so the server sees a burst of
//   `connections` concurrent requests every second; its latencies grow with the connection count.
//   Raw latencies are reported (ignoreCoordinatedOmission): autocannon 9's correction assumes a 1 ms
//   interval whatever the rate.
//
// Environment: BENCH_SECONDS (measured seconds per generator, default 20), BENCH_RATE (default 300),
// BENCH_ENGINES (default "sqlite,postgres"), BENCH_CONNECTIONS (autocannon, default 10),
// BENCH_POSTGRES_URL (admin URL; default as the tests), BENCH_SERVER_NODE_ARGS (node flags for the
// server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"). Run: `npm run bench -- api-read`.
//
// The machine is shared, so the paced run also prints the CPU it took per request (server, PostgreSQL,
// generator) and how many of the two cores were busy, ours and everyone else's (from /proc).
import http from 'node:http';
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import type { DialectName } from '../src/db/index.js';
import {
  cpuSecondsOf, createBenchDatabase, machineCpu, machineLoad, postgresAdminUrl, prepareDatabase, report, signInOverHttp, startServer,
} from './support.js';

const seconds = positive('BENCH_SECONDS', 20);
const rate = positive('BENCH_RATE', 300);
const connections = positive('BENCH_CONNECTIONS', 10);
const engines: DialectName[] = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((e) => {
  const engine = e.trim();
  if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`BENCH_ENGINES: okänd motor "${engine}" (sqlite, postgres).`);
  return engine;
});
const BUDGET_P99_MS = 25;

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} ska vara ett positivt tal, inte "${process.env[name]}".`);
  return value;
}

/** What one load run measured; latencies in milliseconds. */
interface LoadResult {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
  completed: number;
  non2xx: number;
  errors: number;
  /** Paced only: how late the generator itself sent its latest request (its own lag, not the server's). */
  maxSendLagMs?: number;
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Sends GETs on a fixed schedule (open loop) and times each from its scheduled moment to its last byte. */
function paced(url: string, cookie: string, perSecond: number, durationSeconds: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(perSecond * durationSeconds);
  const interval = 1000 / perSecond;
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let done = 0;
  let sent = 0;
  let maxSendLagMs = 0;
  let lastEnd = 0;
  const start = performance.now() + 5;
  return new Promise((resolve) => {
    const finish = () => {
      done += 1;
      if (done < total) return;
      agent.destroy();
      latencies.sort((a, b) => a - b);
      resolve({
        p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99), max: latencies.at(-1) ?? Number.NaN,
        requestsPerSecond: latencies.length / ((lastEnd - start) / 1000), completed: latencies.length, non2xx, errors, maxSendLagMs,
      });
    };
    const send = (scheduled: number) => {
      maxSendLagMs = Math.max(maxSendLagMs, performance.now() - scheduled);
      const request = http.get(url, { agent, headers: { cookie }, timeout: 10_000 }, (res) => {
        if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode > 299) non2xx += 1;
        res.resume();
        res.once('end', () => {
          lastEnd = performance.now();
          latencies.push(lastEnd - scheduled);
          finish();
        });
      });
      request.once('timeout', () => request.destroy(new Error('timeout')));
      request.once('error', () => {
        errors += 1;
        finish();
      });
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) send(start + sent++ * interval);
      if (sent < total) setTimeout(tick, Math.max(0, Math.min(1, start + sent * interval - performance.now())));
    };
    setTimeout(tick, 5);
  });
}

/** The PostgreSQL backends serving the server's pool (its connections to the bench database). */
async function backendPids(databaseUrl: string): Promise<number[]> {
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
    const rows = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name]);
    return rows.rows.map((r) => r.pid);
  } finally {
    await admin.end();
  }
}

/** CPU seconds so far: the server, its PostgreSQL backends, this process (the generator), and the whole machine. */
function usage(serverPid: number, backends: readonly number[]) {
  const own = process.cpuUsage();
  return {
    at: performance.now(),
    server: cpuSecondsOf(serverPid),
    postgres: backends.reduce((sum, pid) => sum + cpuSecondsOf(pid), 0),
    generator: (own.user + own.system) / 1e6,
    machine: machineCpu(),
  };
}

// A shared machine's numbers mean little without knowing who else used it: the cores busy during the
// run split into ours (server, PostgreSQL, generator) and everyone else's, and our CPU per request.
function accounting(before: ReturnType<typeof usage>, after: ReturnType<typeof usage>, requests: number, postgres: boolean): string {
  const wall = (after.at - before.at) / 1000;
  const server = after.server - before.server;
  const database = after.postgres - before.postgres;
  const generator = after.generator - before.generator;
  const perRequest = (s: number) => `${((s / requests) * 1000).toFixed(2)} ms`;
  const cpu = `CPU per request: server ${perRequest(server)}${postgres ? `, PostgreSQL ${perRequest(database)}` : ''}, generator ${perRequest(generator)}`;
  if (!before.machine || !after.machine) return cpu;
  const cores = (s: number) => (s / wall).toFixed(2);
  const busy = after.machine.busy - before.machine.busy;
  const ours = server + database + generator;
  const stealShare = (100 * (after.machine.steal - before.machine.steal)) / (after.machine.total - before.machine.total);
  return `${cpu}; cores busy ${cores(busy)} of ${os.cpus().length} (ours ${cores(ours)}, others ${cores(Math.max(0, busy - ours))}), steal ${stealShare.toFixed(1)}%`;
}

/** autocannon at `overallRate`, raw latencies. */
async function cannon(url: string, cookie: string, perSecond: number, durationSeconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url, headers: { cookie }, overallRate: perSecond, connections, duration: durationSeconds, ignoreCoordinatedOmission: true,
  });
  return {
    p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max,
    requestsPerSecond: result.requests.average, completed: result.requests.total, non2xx: result.non2xx, errors: result.errors,
  };
}

// The budget holds only if the rate was really served: a closed-loop generator that falls behind
// sends fewer requests and reports flattering latencies (coordinated omission).
function meets(r: LoadResult): boolean {
  return r.p99 <= BUDGET_P99_MS && r.non2xx === 0 && r.errors === 0 && r.requestsPerSecond >= 0.98 * rate;
}

function line(label: string, r: LoadResult): string {
  const ms = (n: number) => n.toFixed(1).padStart(6);
  const lag = r.maxSendLagMs === undefined ? '' : `  send lag ≤ ${r.maxSendLagMs.toFixed(1)} ms`;
  return `  ${label.padEnd(40)} p50 ${ms(r.p50)}  p90 ${ms(r.p90)}  p99 ${ms(r.p99)}  max ${ms(r.max)} ms  ` +
    `${r.requestsPerSecond.toFixed(1)} req/s (${r.completed})  non-2xx ${r.non2xx}  errors ${r.errors}${lag}`;
}

async function benchEngine(dialect: DialectName): Promise<void> {
  const database = await createBenchDatabase(dialect);
  try {
    const { reportId, email } = await prepareDatabase(database.url, { role: 'controller', demo: true });
    const server = await startServer(database.url);
    try {
      const cookie = await signInOverHttp(server.url, email);
      const url = `${server.url}/api/reports/${reportId}`;
      const probe = await fetch(url, { headers: { cookie } });
      const bytes = (await probe.arrayBuffer()).byteLength;
      if (probe.status !== 200) throw new Error(`GET ${url} gav ${probe.status}, inte 200.`);
      console.log(`\nAPI read GET /api/reports/${reportId} on ${dialect} (${bytes} bytes), ${rate} req/s for ${seconds} s each; ${machineLoad()}`);
      await paced(url, cookie, rate, Math.min(5, seconds)); // warm-up: JIT, connection pools, page cache
      const backends = dialect === 'postgres' ? await backendPids(database.url) : [];
      const before = usage(server.pid, backends);
      const steady = await paced(url, cookie, rate, seconds);
      const used = usage(server.pid, backends);
      console.log(line(`paced (uniform ${rate}/s, open loop)`, steady));
      console.log(`  ${accounting(before, used, steady.completed, dialect === 'postgres')}`);
      const burst = await cannon(url, cookie, rate, seconds);
      console.log(line(`autocannon overallRate ${rate}, ${connections} conn.`, burst));
      const ok = meets(steady);
      report(`API read p99 ${dialect} (paced)`, steady.p99, 'ms', `≤ ${BUDGET_P99_MS} ms`, ok);
      report(`API read p99 ${dialect} (autocannon)`, burst.p99, 'ms', `≤ ${BUDGET_P99_MS} ms`, meets(burst));
      console.log(`  ${ok ? 'PASS' : 'FAIL'}: ${dialect} p99 ${steady.p99.toFixed(1)} ms at ${steady.requestsPerSecond.toFixed(0)} req/s, ` +
        `${steady.non2xx + steady.errors} failed requests (budget p99 ≤ ${BUDGET_P99_MS} ms, zero errors)`);
    } finally {
      await server.stop();
    }
  } finally {
    await database.destroy();
  }
}

// A missed budget is printed, not an exit code: benchmarks report numbers, they are not timed tests.
for (const engine of engines) await benchEngine(engine);
