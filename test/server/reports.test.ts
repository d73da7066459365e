import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorContext } from '../../src/app/context.js';
import { importReport } from '../../src/app/import-report.js';
import { committees } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { goldenReport } from '../support/seed.js';
import { signedIn, startTestServer, type Client } from '../support/server.js';

describe.each(TEST_DIALECTS)('report routes on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let seedId: number;
  let otherId: number;
  let controller: Client;

  beforeAll(async () => {
    const ctx = operatorContext(database(), 'test');
    seedId = (await importReport(ctx, { document: goldenReport(), source: 'seed.txt' })).reportId;
    const other = { ...goldenReport(), committee: 'Rinkeby-Kista stadsdelsnämnd' };
    other.projects = other.projects.map((p) => ({ ...p, entries: p.entries.map((e) => ({ ...e, counterparty: '1718' })) }));
    otherId = (await importReport(ctx, { document: other, source: 'other.txt' })).reportId;
    app = await startTestServer(database());
    controller = await signedIn(app, database(), 'controller');
  });
  afterAll(() => app.close());

  it('lists the stored reports with totals in öre', async () => {
    const res = await controller.get('/api/reports');
    expect(res.statusCode).toBe(200);
    expect(res.json().reports).toHaveLength(2);
    expect(res.json().reports.find((r: { id: number }) => r.id === seedId)).toMatchObject({
      committee: 'Hässelby-Vällingby stadsdelsnämnd', state: 'draft', stateName: 'Utkast', roundId: null, round: null,
      projectCount: 3, totalOre: 281082800,
      accrualPeriod: { from: '2014-08-01', to: '2014-12-31' },
    });
  });

  it('gives a report as redovisa.report/1 content', async () => {
    const res = await controller.get(`/api/reports/${seedId}`);
    expect(res.statusCode).toBe(200);
    const { warnings: _w, ...golden } = goldenReport();
    expect(res.json().content).toEqual(golden);
  });

  it('serves PDF and DOCX downloads with safe file names', async () => {
    const pdf = await controller.get(`/api/reports/${seedId}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="redovisning-${seedId}-hasselby-vallingby-2014-12-31.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await controller.get(`/api/reports/${seedId}/document.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // The HTML document holds committee text: it runs sandboxed, with no scripts and no requests, and
    // no other site may frame it.
    const html = await controller.get(`/api/reports/${seedId}/document.html`);
    expect(html.headers['content-security-policy']).toBe("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'");
    expect(html.body).toContain('Lärandecenter');
  });

  it('answers bad input with a Swedish 4xx, never a 500', async () => {
    const cases: Array<[string, number, string]> = [
      ['/api/reports/abc', 400, 'id: ska vara ett positivt heltal.'],
      ['/api/reports/-1', 400, 'id: ska vara ett positivt heltal.'],
      ['/api/reports/99999999999999999999', 400, 'id: ska vara ett positivt heltal.'],
      ['/api/reports/2147483648', 400, 'id: ska vara ett positivt heltal.'],
      ['/api/reports/3000000000/document.pdf', 400, 'id: ska vara ett positivt heltal.'],
      ['/api/reports/2147483647', 404, 'Redovisning 2147483647 finns inte.'],
      ['/api/reports/999999', 404, 'Redovisning 999999 finns inte.'],
      [`/api/reports/${seedId}/document.exe`, 400, 'format: Välj formatet pdf, docx eller html.'],
      ['/api/finns-inte', 404, 'Sidan eller resursen finns inte.'],
    ];
    for (const [url, status, message] of cases) {
      const res = await controller.get(url);
      expect([url, res.statusCode, res.json().message]).toEqual([url, status, message]);
    }
  });

  it('refuses everything to a visitor who is not signed in', async () => {
    for (const url of ['/api/reports', `/api/reports/${seedId}`, `/api/reports/${seedId}/document.pdf`, '/api/reports/abc', '/api/reports/1/document.exe']) {
      const res = await app.inject(url);
      expect([url, res.statusCode, res.json().code]).toEqual([url, 401, 'unauthenticated']);
    }
    // Asked to sign in before being told what is wrong with the request.
    for (const [method, url] of [['PUT', `/api/reports/${seedId}`], ['POST', `/api/reports/${seedId}/submit`], ['GET', '/api/reports/x/check']] as const) {
      const res = await app.inject({ method, url, ...(method === 'GET' ? {} : { payload: { version: 'x' } }) });
      expect([url, res.statusCode]).toEqual([url, 401]);
    }
  });

  it("hides another committee's report from a committee user, as not found", async () => {
    const own = await committees.findByName(database().db, 'Hässelby-Vällingby stadsdelsnämnd');
    const reporter = await signedIn(app, database(), 'reporter', own!.id);
    expect((await reporter.get(`/api/reports/${seedId}`)).statusCode).toBe(200);
    const refused = await reporter.get(`/api/reports/${otherId}`);
    expect([refused.statusCode, refused.json().code]).toEqual([404, 'not_found']);
    expect(refused.body).not.toContain('Rinkeby');
    expect((await reporter.get(`/api/reports/${otherId}/document.pdf`)).statusCode).toBe(404);
    expect((await reporter.get('/api/reports')).json().reports.map((r: { id: number }) => r.id)).toEqual([seedId]);
    const reader = await signedIn(app, database(), 'reader');
    expect((await reader.get(`/api/reports/${seedId}`)).statusCode).toBe(404);
    expect((await reader.get('/api/reports')).json().reports).toEqual([]);
  });
});
