// GET /health says whether the database answers (503 when it does not, for a load balancer), and
// GET /api/metrics counts requests by route pattern in Prometheus's format, for central roles or a
// scraper holding METRICS_TOKEN.
import { afterEach, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { TEST_DIALECTS, createTestDatabase } from '../support/db.js';
import { signedIn } from '../support/server.js';

const TOKEN = 'skrapa-0123456789abcdef';
const saved = process.env.METRICS_TOKEN;
afterEach(() => {
  if (saved === undefined) delete process.env.METRICS_TOKEN;
  else process.env.METRICS_TOKEN = saved;
});

describe.each(TEST_DIALECTS)('health and metrics on %s', (dialect) => {
  it('counts requests per route pattern, lets a token in, and says 503 once the database is gone', async () => {
    process.env.METRICS_TOKEN = TOKEN;
    const { database, destroy } = await createTestDatabase(dialect);
    const app = await buildServer({ database, webRoot: null });
    await app.ready();
    try {
      expect((await app.inject('/health')).json()).toEqual({ ok: true, database: 'ok' });
      const controller = await signedIn(app, database, 'controller');
      for (const id of [1, 2, 3]) await controller.get(`/api/reports/${id}`);

      const scraped = await app.inject({ url: '/api/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(scraped.statusCode).toBe(200);
      expect(scraped.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      // Three reads of three ids are one series (the pattern), not three.
      expect(scraped.body).toContain('redovisa_http_requests_total{method="GET",route="/api/reports/:id",status="404"} 3');
      expect(scraped.body).toMatch(/redovisa_http_request_duration_seconds_count\{method="GET",route="\/api\/reports\/:id"\} 3\n/);
      expect(scraped.body).toContain('redovisa_database_up 1');
      expect(scraped.body).toContain('redovisa_http_requests_in_flight 1');

      expect((await app.inject({ url: '/api/metrics', headers: { authorization: 'Bearer fel-token-0123456789' } })).statusCode).toBe(401);
      expect((await controller.get('/api/metrics')).statusCode).toBe(200);
      expect((await (await signedIn(app, database, 'reader')).get('/api/metrics')).statusCode).toBe(403);

      await database.close();
      const down = await app.inject('/health');
      expect([down.statusCode, down.json()]).toEqual([503, { ok: false, database: 'svarar inte' }]);
      expect((await app.inject({ url: '/api/metrics', headers: { authorization: `Bearer ${TOKEN}` } })).body).toContain('redovisa_database_up 0');
    } finally {
      await app.close();
      await destroy().catch(() => undefined);
    }
  });
});
