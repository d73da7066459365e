// What a load balancer and Prometheus ask a running instance: GET /health (does the database
// answer?) and GET /api/metrics (requests, latencies, requests in flight, the database's answer
// time, memory and CPU) in Prometheus's text format. Counted per process, as Prometheus expects.
import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { canReadMetrics } from '../app/policies/operations.js';
import { AppError } from '../domain/errors.js';
import { hasMetricsToken } from './metrics-token.js';
import { contextOf } from './session.js';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;
const DATABASE_TIMEOUT_MS = 2_000;

interface Series { count: number; sum: number; buckets: number[] }

/** The instance's counters, kept in memory: a restart starts them again, which Prometheus handles. */
class Metrics {
  readonly started = Date.now() / 1000;
  inFlight = 0;
  readonly requests = new Map<string, number>();
  readonly durations = new Map<string, Series>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${route}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const durationKey = `method="${method}",route="${route}"`;
    let series = this.durations.get(durationKey);
    if (series === undefined) {
      series = { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
      this.durations.set(durationKey, series);
    }
    series.count += 1;
    series.sum += seconds;
    BUCKETS.forEach((limit, i) => {
      if (seconds <= limit) series.buckets[i]! += 1;
    });
  }

  text(database: { up: boolean; seconds: number }): string {
    const out: string[] = [];
    const metric = (name: string, type: string, help: string, lines: string[]) => out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...lines);
    metric('redovisa_http_requests_total', 'counter', 'Answered requests by method, route and status.',
      [...this.requests].map(([labels, n]) => `redovisa_http_requests_total{${labels}} ${n}`));
    metric('redovisa_http_request_duration_seconds', 'histogram', 'Time from request to answer.',
      [...this.durations].flatMap(([labels, s]) => [
        ...BUCKETS.map((limit, i) => `redovisa_http_request_duration_seconds_bucket{${labels},le="${limit}"} ${s.buckets[i]}`),
        `redovisa_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`,
        `redovisa_http_request_duration_seconds_sum{${labels}} ${s.sum}`,
        `redovisa_http_request_duration_seconds_count{${labels}} ${s.count}`,
      ]));
    metric('redovisa_http_requests_in_flight', 'gauge', 'Requests being answered now.', [`redovisa_http_requests_in_flight ${this.inFlight}`]);
    metric('redovisa_database_up', 'gauge', 'Whether the database answered a query within 2 s.', [`redovisa_database_up ${database.up ? 1 : 0}`]);
    metric('redovisa_database_ping_seconds', 'gauge', 'How long the database took to answer select 1.', [`redovisa_database_ping_seconds ${database.seconds}`]);
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    metric('process_resident_memory_bytes', 'gauge', 'Resident memory.', [`process_resident_memory_bytes ${memory.rss}`]);
    metric('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use.', [`nodejs_heap_used_bytes ${memory.heapUsed}`]);
    metric('process_cpu_seconds_total', 'counter', 'User and system CPU time.', [`process_cpu_seconds_total ${(cpu.user + cpu.system) / 1e6}`]);
    metric('process_start_time_seconds', 'gauge', 'When the process started (Unix time).', [`process_start_time_seconds ${this.started}`]);
    return `${out.join('\n')}\n`;
  }
}

/** Asks the database `select 1`, giving up after 2 s: whether it answered, and how long it took. */
async function pingDatabase(app: FastifyInstance): Promise<{ up: boolean; seconds: number }> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      sql`select 1`.execute(app.redovisa.database.db),
      new Promise((_resolve, reject) => { timer = setTimeout(() => reject(new Error('timeout')), DATABASE_TIMEOUT_MS); }),
    ]);
    return { up: true, seconds: (performance.now() - start) / 1000 };
  } catch {
    return { up: false, seconds: (performance.now() - start) / 1000 };
  } finally {
    clearTimeout(timer);
  }
}

/** GET /health and GET /api/metrics, and the counting behind the latter. */
export function installHealthAndMetrics(app: FastifyInstance): void {
  const metrics = new Metrics();
  app.addHook('onRequest', async () => {
    metrics.inFlight += 1;
  });
  app.addHook('onResponse', async (request, reply) => {
    metrics.inFlight -= 1;
    // The route's pattern, never the raw path: ids and unknown addresses must not multiply the series.
    metrics.observe(request.method, request.routeOptions.url ?? 'okänd', reply.statusCode, reply.elapsedTime / 1000);
  });

  app.get('/health', { schema: { hide: true } }, async (_request, reply) => {
    const database = await pingDatabase(app);
    if (!database.up) return reply.status(503).send({ ok: false, database: 'svarar inte' });
    return { ok: true, database: 'ok' };
  });

  app.get('/api/metrics', {
    schema: {
      tags: ['Drift'], summary: 'Mätvärden i Prometheus textformat (controller, admin eller METRICS_TOKEN)',
      response: { 200: { description: 'Prometheus text format 0.0.4', content: { 'text/plain': { schema: z.string() } } } },
    },
  }, async (request, reply) => {
    if (!hasMetricsToken(request) && !canReadMetrics(contextOf(request).actor)) {
      throw new AppError('forbidden', 'Bara controllers och administratörer kan läsa mätvärdena.');
    }
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.text(await pingDatabase(app)));
  });
}
