import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorContext, type AppContext } from '../../src/app/context.js';
import { importReport } from '../../src/app/import-report.js';
import { committees } from '../../src/db/index.js';
import { buildServer } from '../../src/server/app.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { goldenReport } from '../support/seed.js';

describe.each(TEST_DIALECTS)('report routes on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let seedId: number;
  let otherId: number;
  let actor: AppContext['actor'] = { kind: 'operator', label: 'test' };

  beforeAll(async () => {
    const ctx = operatorContext(database(), 'test');
    seedId = (await importReport(ctx, { document: goldenReport(), source: 'seed.txt' })).reportId;
    const other = { ...goldenReport(), committee: 'Rinkeby-Kista stadsdelsnämnd' };
    other.projects = other.projects.map((p) => ({ ...p, entries: p.entries.map((e) => ({ ...e, counterparty: '1718' })) }));
    otherId = (await importReport(ctx, { document: other, source: 'other.txt' })).reportId;
    app = buildServer({ contextFor: (ip) => ({ database: database(), actor, ip, now: () => new Date() }) });
    await app.ready();
  });
  afterAll(() => app.close());

  it('lists the stored reports with totals in öre', async () => {
    const res = await app.inject('/api/reports');
    expect(res.statusCode).toBe(200);
    expect(res.json().reports).toHaveLength(2);
    expect(res.json().reports.find((r: { id: number }) => r.id === seedId)).toMatchObject({
      committee: 'Hässelby-Vällingby stadsdelsnämnd', state: 'draft', projectCount: 3, totalOre: 281082800,
      accrualPeriod: { from: '2014-08-01', to: '2014-12-31' },
    });
  });

  it('gives a report as redovisa.report/1 content', async () => {
    const res = await app.inject(`/api/reports/${seedId}`);
    expect(res.statusCode).toBe(200);
    const { warnings: _w, ...golden } = goldenReport();
    expect(res.json().content).toEqual(golden);
  });

  it('serves PDF and DOCX downloads with safe file names', async () => {
    const pdf = await app.inject(`/api/reports/${seedId}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="redovisning-${seedId}-hasselby-vallingby-2014-12-31.pdf"`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await app.inject(`/api/reports/${seedId}/document.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('answers bad input with a Swedish 4xx, never a 500', async () => {
    const cases: Array<[string, number, string]> = [
      ['/api/reports/abc', 400, 'id ska vara ett positivt heltal.'],
      ['/api/reports/-1', 400, 'id ska vara ett positivt heltal.'],
      ['/api/reports/99999999999999999999', 400, 'id ska vara ett positivt heltal.'],
      ['/api/reports/2147483648', 400, 'id ska vara ett positivt heltal.'],
      ['/api/reports/3000000000/document.pdf', 400, 'id ska vara ett positivt heltal.'],
      ['/api/reports/2147483647', 404, 'Redovisning 2147483647 finns inte.'],
      ['/api/reports/999999', 404, 'Redovisning 999999 finns inte.'],
      [`/api/reports/${seedId}/document.exe`, 400, 'Formatet "exe" finns inte; välj pdf, docx eller html.'],
      ['/finns-inte', 404, 'Sidan finns inte.'],
    ];
    for (const [url, status, message] of cases) {
      const res = await app.inject(url);
      expect([url, res.statusCode, res.json().message]).toEqual([url, status, message]);
    }
  });

  it('serves Swedish pages: the list and each report with its downloads', async () => {
    const list = await app.inject({ url: '/', headers: { accept: 'text/html' } });
    expect(list.body).toContain('<html lang="sv">');
    expect(list.body).toContain(`<a href="/rapporter/${seedId}">Hässelby-Vällingby stadsdelsnämnd</a>`);
    expect(list.body).toContain('2\u00a0810\u00a0828\u00a0kr');
    const page = await app.inject({ url: `/rapporter/${seedId}`, headers: { accept: 'text/html' } });
    expect(page.body).toContain(`href="/api/reports/${seedId}/document.pdf"`);
    expect(page.body).toContain('Periodisering From 2014-08-01 tom 2014-12-31');
    const missing = await app.inject({ url: '/rapporter/999999', headers: { accept: 'text/html' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Redovisning 999999 finns inte.');
  });

  it("hides another committee's report from a committee user, as not found", async () => {
    const db = database().db;
    const own = await committees.findByName(db, 'Hässelby-Vällingby stadsdelsnämnd');
    actor = { kind: 'user', id: 1, name: 'Rapportör', role: 'reporter', committeeId: own!.id };
    try {
      expect((await app.inject(`/api/reports/${seedId}`)).statusCode).toBe(200);
      const refused = await app.inject(`/api/reports/${otherId}`);
      expect([refused.statusCode, refused.json().code]).toEqual([404, 'not_found']);
      expect((await app.inject(`/api/reports/${otherId}/document.pdf`)).statusCode).toBe(404);
      const page = await app.inject({ url: `/rapporter/${otherId}`, headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(404);
      expect(page.body).not.toContain('Rinkeby');
      const list = await app.inject({ url: '/', headers: { accept: 'text/html' } });
      expect(list.body).toContain('Hässelby-Vällingby');
      expect(list.body).not.toContain('Rinkeby');
      expect((await app.inject('/api/reports')).json().reports.map((r: { id: number }) => r.id)).toEqual([seedId]);
      actor = { kind: 'user', id: 2, name: 'Läsare', role: 'reader', committeeId: null };
      expect((await app.inject(`/api/reports/${seedId}`)).statusCode).toBe(404);
      expect((await app.inject('/api/reports')).json().reports).toEqual([]);
      expect((await app.inject({ url: `/rapporter/${seedId}`, headers: { accept: 'text/html' } })).statusCode).toBe(404);
      expect((await app.inject({ url: '/', headers: { accept: 'text/html' } })).body).toContain('Inga redovisningar');
    } finally {
      actor = { kind: 'operator', label: 'test' };
    }
  });
});
