// Indicators through the API on both engines: a controller gives a project indicators and yearly
// targets; opening a round gives each draft a row per active indicator with the year's target; the
// committee's reporter records outcomes in the report's save (exact decimals, audit event in the
// same transaction); a submitted report keeps what it said when the targets change.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorFigures } from '../../src/app/indicators/indicator-figures.js';
import { auditEvents } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, startTestServer, type Client } from '../support/server.js';

interface Created { id: number }
interface ReportJson {
  id: number; version: number; state: string;
  content: { accrualPeriod: { from: string; to: string }; projects: { indicators?: Record<string, string>[]; entries: unknown[]; narrative: unknown }[] };
  sections: { id: number }[];
}

describe.each(TEST_DIALECTS)('indicators on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let controller: Client;
  let reporter: Client;
  let approver: Client;
  let otherReporter: Client;
  let projectId: number;
  let participants: number;
  let share: number;
  let reportId: number;
  let committee: number;

  beforeAll(async () => {
    app = await startTestServer(database());
    controller = await signedIn(app, database(), 'controller');
    committee = (await controller.post('/api/committees', { name: 'Skärholmens stadsdelsnämnd', counterpartyNumber: '1711' })).json<Created>().id;
    const other = (await controller.post('/api/committees', { name: 'Farsta stadsdelsnämnd', counterpartyNumber: '1712' })).json<Created>().id;
    const programme = (await controller.post('/api/programmes', { name: 'Ytterstadssatsningen', ikb: '1771', defaultAccount: '3699' })).json<Created>().id;
    projectId = (await controller.post('/api/projects', {
      committeeId: committee, programmeId: programme, name: 'Sommarjobb för unga', number: 1, activeFromYear: 2014, activeToYear: 2015,
    })).json<Created>().id;
    reporter = await signedIn(app, database(), 'reporter', committee);
    approver = await signedIn(app, database(), 'approver', committee);
    otherReporter = await signedIn(app, database(), 'reporter', other);
  });
  afterAll(() => app.close());

  const draft = async (client: Client = reporter) => (await client.get(`/api/reports/${reportId}`)).json<ReportJson>();
  const save = (report: ReportJson, indicators: unknown[]) => reporter.put(`/api/reports/${reportId}`, {
    version: report.version, accrualPeriod: report.content.accrualPeriod,
    sections: [{ id: report.sections[0]?.id, entries: [], narrative: { title: 'Sommaren', paragraphs: ['Många sökte.'] }, indicators }],
  });

  it('lets the controller give a project indicators and targets, refusing a Swedish decimal by the field', async () => {
    const created = await controller.post(`/api/projects/${projectId}/indicators`, { name: 'Unga med sommarjobb', unit: 'deltagare', baseline: '120' });
    expect(created.statusCode).toBe(201);
    participants = created.json<Created>().id;
    share = (await controller.post(`/api/projects/${projectId}/indicators`, { name: 'Andel tjejer', unit: '%' })).json<Created>().id;

    const bad = await controller.put(`/api/projects/${projectId}/indicators/${participants}/targets/2014`, { target: '12,5' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_input', details: { field: 'target' } });
    expect(bad.json().message).toMatch(/^target: Målet ska vara ett tal med punkt som decimaltecken/u);

    const outside = await controller.put(`/api/projects/${projectId}/indicators/${participants}/targets/2016`, { target: '300' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().details).toEqual({ field: 'year' });

    expect((await controller.put(`/api/projects/${projectId}/indicators/${participants}/targets/2014`, { target: '300' })).statusCode).toBe(200);
    expect((await controller.put(`/api/projects/${projectId}/indicators/${share}/targets/2014`, { target: '50.5' })).statusCode).toBe(200);
    const taken = await controller.post(`/api/projects/${projectId}/indicators`, { name: 'Andel tjejer', unit: 'st' });
    expect(taken.statusCode).toBe(409);

    const listed = await reporter.get(`/api/projects/${projectId}/indicators`);
    expect(listed.json()).toEqual({
      indicators: [
        { id: participants, projectId, name: 'Unga med sommarjobb', unit: 'deltagare', baseline: '120', active: true, targets: [{ year: 2014, target: '300' }] },
        { id: share, projectId, name: 'Andel tjejer', unit: '%', baseline: null, active: true, targets: [{ year: 2014, target: '50.5' }] },
      ],
    });
    expect((await otherReporter.get(`/api/projects/${projectId}/indicators`)).statusCode).toBe(404);
    const events = await database().db.selectFrom('audit_events').select('action').where('action', 'like', 'indicator.%').orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['indicator.created', 'indicator.created', 'indicator.target_set', 'indicator.target_set']);
  });

  it('gives the round\'s draft a row per active indicator with the year\'s target, and the check asks for outcomes', async () => {
    const round = (await controller.post('/api/rounds', { year: 2014, kind: 'T2', deadline: '2014-09-15' })).json<Created>().id;
    expect((await controller.post(`/api/rounds/${round}/open`)).statusCode).toBe(200);
    reportId = (await reporter.get(`/api/reports?roundId=${round}`)).json<{ reports: Created[] }>().reports[0]?.id ?? 0;
    const report = await draft();
    expect(report.content.projects[0]?.indicators).toEqual([
      { name: 'Unga med sommarjobb', unit: 'deltagare', baseline: '120', target: '300' },
      { name: 'Andel tjejer', unit: '%', target: '50.5' },
    ]);
    const check = (await reporter.get(`/api/reports/${reportId}/check`)).json<{ issues: { code: string; path: string }[] }>();
    expect(check.issues.filter((i) => i.code === 'indicator_without_outcome').map((i) => i.path))
      .toEqual(['projects.0.indicators.0.outcome', 'projects.0.indicators.1.outcome']);
  });

  it('saves the reporter\'s outcomes exactly, with the change in the save\'s audit event', async () => {
    const before = await draft();
    const saved = await save(before, [{ name: 'Unga med sommarjobb', outcome: '212', comment: 'Fler sökte än väntat.' }, { name: 'Andel tjejer', outcome: '47.25', comment: '' }]);
    expect(saved.statusCode).toBe(200);
    const after = saved.json<ReportJson>();
    expect(after.version).toBe(before.version + 1);
    expect(after.content.projects[0]?.indicators).toEqual([
      { name: 'Unga med sommarjobb', unit: 'deltagare', baseline: '120', target: '300', outcome: '212', comment: 'Fler sökte än väntat.' },
      { name: 'Andel tjejer', unit: '%', target: '50.5', outcome: '47.25' },
    ]);
    const events = await auditEvents.listForReport(database().db, reportId);
    const last = events.at(-1);
    expect(last?.action).toBe('report.saved');
    expect(last?.before).toMatchObject({ 'projects.0.indicators.0.outcome': null, 'projects.0.indicators.1.outcome': null });
    expect(last?.after).toMatchObject({ 'projects.0.indicators.0.outcome': '212', 'projects.0.indicators.1.outcome': '47.25', 'projects.0.indicators.0.comment': 'Fler sökte än väntat.' });
  });

  it('refuses a bad outcome or an indicator the project does not have with 400 naming the field, writing nothing', async () => {
    const before = await draft();
    const events = (await auditEvents.listForReport(database().db, reportId)).length;
    const swedish = await save(before, [{ name: 'Andel tjejer', outcome: '47,5', comment: '' }]);
    expect(swedish.statusCode).toBe(400);
    expect(swedish.json().details).toEqual({ field: 'sections.0.indicators.0.outcome' });
    expect(swedish.json().message).toContain('Utfallet ska vara ett tal');
    const unknown = await save(before, [{ name: 'Antal medaljer', outcome: '3', comment: '' }]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ message: 'Indikatorn ”Antal medaljer” finns inte i projektet.', details: { field: 'sections.0.indicators.0.name' } });
    expect((await draft()).version).toBe(before.version);
    expect(await auditEvents.listForReport(database().db, reportId)).toHaveLength(events);
  });

  it('writes the outcome and its audit event together or not at all', async () => {
    // The second section is not the report's: refused inside the transaction, after the version was
    // claimed and the first section's outcome applied; the claim, the outcome and the event roll back.
    const current = await draft();
    const events = (await auditEvents.listForReport(database().db, reportId)).length;
    const section = { entries: [], narrative: { title: 'Sommaren', paragraphs: ['Många sökte.'] } };
    const refused = await reporter.put(`/api/reports/${reportId}`, {
      version: current.version, accrualPeriod: current.content.accrualPeriod,
      sections: [{ id: current.sections[0]?.id, ...section, indicators: [{ name: 'Andel tjejer', outcome: '48', comment: '' }] }, { id: 999_999, ...section }],
    });
    expect(refused.statusCode).toBe(400);
    expect((await draft()).version).toBe(current.version);
    expect((await draft()).content.projects[0]?.indicators?.[1]?.outcome).toBe('47.25');
    expect(await auditEvents.listForReport(database().db, reportId)).toHaveLength(events);
  });

  it('keeps a draft in step with the project\'s targets, and a submitted report as it was', async () => {
    expect((await controller.put(`/api/projects/${projectId}/indicators/${participants}/targets/2014`, { target: '320' })).statusCode).toBe(200);
    expect((await draft()).content.projects[0]?.indicators?.[0]).toMatchObject({ target: '320', outcome: '212' });
    const report = await draft();
    expect((await approver.post(`/api/reports/${reportId}/submit`, { version: report.version })).statusCode).toBe(200);
    expect((await controller.put(`/api/projects/${projectId}/indicators/${participants}/targets/2014`, { target: '350' })).statusCode).toBe(200);
    expect((await controller.patch(`/api/projects/${projectId}/indicators/${share}`, { active: false })).statusCode).toBe(200);
    const submitted = await draft();
    expect(submitted.content.projects[0]?.indicators?.map((i) => [i.name, i.target])).toEqual([['Unga med sommarjobb', '320'], ['Andel tjejer', '50.5']]);
  });

  it('gives the dashboards target against the latest approved outcome, per project and indicator', async () => {
    const ctx = (role: 'controller' | 'reporter', committeeId: number | null = null) => ({
      database: database(), now: () => new Date(), actor: { kind: 'user' as const, id: 1, name: 'Test', role, committeeId },
    });
    // Submitted, not approved: no outcome shows yet.
    const before = await indicatorFigures(ctx('controller'), { year: 2014 });
    expect(before.map((f) => [f.name, f.target, f.outcome])).toEqual([['Unga med sommarjobb', '350', null], ['Andel tjejer', '50.5', null]]);
    const report = await draft(controller);
    expect((await controller.post(`/api/reports/${reportId}/approve`, { version: report.version })).statusCode).toBe(200);
    const figures = await indicatorFigures(ctx('controller'), { year: 2014, committeeId: committee });
    expect(figures.map((f) => [f.projectName, f.name, f.unit, f.target, f.outcome?.value, f.outcome?.roundKind, f.outcomeAgainstTarget])).toEqual([
      ['Sommarjobb för unga', 'Unga med sommarjobb', 'deltagare', '350', '212', 'T2', -1],
      ['Sommarjobb för unga', 'Andel tjejer', '%', '50.5', '47.25', 'T2', -1],
    ]);
    expect(await indicatorFigures(ctx('reporter', committee + 1), { year: 2014 })).toEqual([]);
    expect(await indicatorFigures(ctx('reporter', committee), { year: 2014 })).toHaveLength(2);
    expect(await indicatorFigures(ctx('controller'), { year: 2013 })).toEqual([]);
  });
});
