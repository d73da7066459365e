import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorContext } from '../../src/app/context.js';
import { createCommittee } from '../../src/app/setup/create-committee.js';
import { createProgramme } from '../../src/app/setup/create-programme.js';
import { createProject } from '../../src/app/setup/create-project.js';
import { updateCommittee } from '../../src/app/setup/update-committee.js';
import { auditEvents, type Database } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { createUser, signedIn, signIn, startTestServer, type Client } from '../support/server.js';

interface OverviewLine { committeeId: number; committeeName: string; reportId: number | null; status: string; statusName: string; late: boolean; totalOre: number; submittedAt: string | null; updatedAt: string | null }

async function roundReports(database: Database, roundId: number) {
  return database.db.selectFrom('reports').select(['id', 'committee_id', 'state']).where('round_id', '=', roundId).orderBy('id').execute();
}

describe.each(TEST_DIALECTS)('round routes on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let controller: Client;
  let admin: Client;
  let reporter: Client;
  let reader: Client;
  // Committees: A runs projects, B runs none this year, Inactive is no longer part of the programme.
  let a: number;
  let b: number;
  let inactive: number;
  let projectIds: Record<string, number>;

  beforeAll(async () => {
    const ctx = operatorContext(database(), 'test');
    a = (await createCommittee(ctx, { name: 'Hässelby-Vällingby stadsdelsnämnd', counterpartyNumber: '1704' })).id;
    b = (await createCommittee(ctx, { name: 'Bromma stadsdelsnämnd', counterpartyNumber: '1701' })).id;
    inactive = (await createCommittee(ctx, { name: 'Vantörs stadsdelsnämnd', counterpartyNumber: '1721' })).id;
    await updateCommittee(ctx, inactive, { active: false });
    const programmeId = (await createProgramme(ctx, { name: 'Ytterstadssatsningen', ikb: '1771', defaultAccount: '3699' })).id;
    const project = async (committeeId: number, name: string, number: number, activeFromYear: number, activeToYear: number | null) =>
      (await createProject(ctx, { committeeId, programmeId, name, number, activeFromYear, activeToYear })).id;
    projectIds = {
      lärandecenter: await project(a, 'Lärandecenter', 2, 2013, null),
      trygghet: await project(a, 'Trygghetsskapande åtgärder', 1, 2014, 2014),
      avslutat: await project(a, 'Avslutat projekt', 3, 2010, 2013),
      framtida: await project(a, 'Framtida projekt', 4, 2015, null),
      bromma: await project(b, 'Brommaprojekt', 1, 2015, null),
      vantör: await project(inactive, 'Vantörsprojekt', 1, 2014, null),
    };
    app = await startTestServer(database());
    controller = await signedIn(app, database(), 'controller');
    admin = await signedIn(app, database(), 'admin');
    reporter = await signedIn(app, database(), 'reporter', a);
    reader = await signedIn(app, database(), 'reader');
  });
  afterAll(() => app.close());

  it('plans a round with the period of its kind, one per year and kind', async () => {
    const res = await controller.post('/api/rounds', { year: 2014, kind: 'T2', deadline: '2014-09-15' });
    expect(res.statusCode).toBe(201);
    const round = res.json();
    expect(round).toEqual({
      id: round.id, code: '2014-T2', year: 2014, kind: 'T2', kindName: 'Tertialrapport 2', periodFrom: '2014-01-01', periodTo: '2014-08-31',
      deadline: '2014-09-15', state: 'planned',
    });
    const again = await admin.post('/api/rounds', { year: 2014, kind: 'T2', deadline: '2014-10-01' });
    expect([again.statusCode, again.json().code, again.json().message]).toEqual([409, 'conflict', 'Omgången Tertialrapport 2 2014 finns redan.']);
    expect((await reporter.get('/api/rounds')).json().rounds).toContainEqual(round);
    const { kindName: _kindName, code: _code, ...stored } = round;
    expect((await auditEvents.listForEntity(database().db, 'round', round.id)).map((e) => [e.action, e.after])).toEqual([['round.created', stored]]);
  });

  it('refuses a bad round with a 400 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ year: 2014, kind: 'T3', deadline: '2014-09-15' }, 'kind', 'kind: Omgångens typ ska vara T1, T2 eller VB.'],
      [{ year: 1999, kind: 'T1', deadline: '1999-05-15' }, 'year', 'year: Året ska vara mellan 2000 och 2100.'],
      [{ year: 2015, kind: 'T1', deadline: '2015-02-30' }, 'deadline', 'deadline: ”2015-02-30” är inget datum: 2015-02 har inte dag 30.'],
      [{ year: 2015, kind: 'T1', deadline: '15 maj' }, 'deadline', ''],
      [{ year: 2015, kind: 'T1', deadline: '2015-04-29' }, 'deadline', 'deadline: Sista dag (2015-04-29) kan inte ligga före periodens slut 2015-04-30.'],
      [{ year: 2015, kind: 'T1' }, 'deadline', ''],
    ];
    for (const [body, field, message] of cases) {
      const res = await controller.post('/api/rounds', body);
      expect([JSON.stringify(body), res.statusCode, res.json().details?.field]).toEqual([JSON.stringify(body), 400, field]);
      if (message) expect(res.json().message).toBe(message);
    }
  });

  it("opens a round: one draft per active committee with a section per project running that year, audited", async () => {
    const round = (await controller.post('/api/rounds', { year: 2014, kind: 'T1', deadline: '2014-05-15' })).json();
    const opened = await controller.post(`/api/rounds/${round.id}/open`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toEqual({ ...round, state: 'open' });

    const created = await roundReports(database(), round.id);
    expect(created.map((r) => [r.committee_id, r.state]).sort()).toEqual([[a, 'draft'], [b, 'draft']].sort());
    const ofA = created.find((r) => r.committee_id === a)!;
    const ofB = created.find((r) => r.committee_id === b)!;

    const content = (await controller.get(`/api/reports/${ofA.id}`)).json().content;
    expect(content).toEqual({
      format: 'redovisa.report/1',
      title: 'Redovisning ytterstadsprojekt',
      reportType: 'Tertialrapport 1 2014',
      committee: 'Hässelby-Vällingby stadsdelsnämnd',
      accrualPeriod: { from: '2014-01-01', to: '2014-04-30' },
      projects: [
        { number: 1, name: 'Trygghetsskapande åtgärder', entries: [], narrative: { title: '', paragraphs: [] } },
        { number: 2, name: 'Lärandecenter', entries: [], narrative: { title: '', paragraphs: [] } },
      ],
    });
    expect((await controller.get(`/api/reports/${ofB.id}`)).json().content.projects).toEqual([]);
    // Sections are linked to the projects they report on.
    const sections = await database().db.selectFrom('project_sections').select(['project_id']).where('report_id', '=', ofA.id).orderBy('position').execute();
    expect(sections.map((s) => s.project_id)).toEqual([projectIds.trygghet, projectIds.lärandecenter]);

    expect((await auditEvents.listForEntity(database().db, 'round', round.id)).map((e) => [e.action, e.before, e.after])).toEqual([
      ['round.created', undefined, expect.objectContaining({ id: round.id, state: 'planned' })],
      ['round.opened', { state: 'planned' }, { state: 'open', reportsCreated: 2 }],
    ]);
    for (const report of [ofA, ofB]) {
      const events = await auditEvents.listForReport(database().db, report.id);
      expect(events.map((e) => [e.action, e.entityType, e.entityId, e.actorLabel])).toEqual([['report.created', 'report', String(report.id), expect.any(String)]]);
      expect(events[0]?.after).toMatchObject({ roundId: round.id, committeeId: report.committee_id });
    }
    // The committee's own users now find their draft.
    expect((await reporter.get(`/api/reports/${ofA.id}`)).statusCode).toBe(200);
  });

  it('refuses a second open, closes only an open round, and reopens a closed one adding only missing drafts', async () => {
    const round = (await controller.post('/api/rounds', { year: 2015, kind: 'T1', deadline: '2015-05-15' })).json();
    const early = await controller.post(`/api/rounds/${round.id}/close`);
    expect([early.statusCode, early.json().code, early.json().message])
      .toEqual([409, 'invalid_transition', 'Omgången Tertialrapport 1 2015 är inte öppnad än och kan inte stängas.']);
    expect((await controller.post(`/api/rounds/${round.id}/open`)).statusCode).toBe(200);
    const twice = await admin.post(`/api/rounds/${round.id}/open`);
    expect([twice.statusCode, twice.json().code, twice.json().message]).toEqual([409, 'invalid_transition', 'Omgången Tertialrapport 1 2015 är redan öppen.']);
    const first = await roundReports(database(), round.id);
    expect(first).toHaveLength(2);

    const closed = await admin.post(`/api/rounds/${round.id}/close`);
    expect([closed.statusCode, closed.json().state]).toEqual([200, 'closed']);
    expect((await controller.post(`/api/rounds/${round.id}/close`)).json().message).toBe('Omgången Tertialrapport 1 2015 är redan stängd.');

    const ctx = operatorContext(database(), 'test');
    const late = (await createCommittee(ctx, { name: 'Spånga-Tensta stadsdelsnämnd', counterpartyNumber: '1722' })).id;
    const reopened = await controller.post(`/api/rounds/${round.id}/open`);
    expect([reopened.statusCode, reopened.json().state]).toEqual([200, 'open']);
    const after = await roundReports(database(), round.id);
    expect(after.slice(0, 2)).toEqual(first);
    expect(after.slice(2).map((r) => r.committee_id)).toEqual([late]);
    expect((await auditEvents.listForEntity(database().db, 'round', round.id)).map((e) => e.action))
      .toEqual(['round.created', 'round.opened', 'round.closed', 'round.reopened']);
  });

  it('lets only one of two simultaneous opens win, creating each draft once', async () => {
    const round = (await controller.post('/api/rounds', { year: 2016, kind: 'VB', deadline: '2017-02-01' })).json();
    const results = await Promise.all([controller.post(`/api/rounds/${round.id}/open`), admin.post(`/api/rounds/${round.id}/open`)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const reports = await roundReports(database(), round.id);
    expect(new Set(reports.map((r) => r.committee_id)).size).toBe(reports.length);
    expect((await controller.get(`/api/reports/${reports[0]!.id}`)).json().content.reportType).toBe('Verksamhetsberättelse 2016');
  });

  it('shows the overview with each committee’s state, lateness by the Stockholm day, and totals', async () => {
    const round = (await controller.post('/api/rounds', { year: 2015, kind: 'T2', deadline: '2015-09-15' })).json();
    await controller.post(`/api/rounds/${round.id}/open`);
    const ctx = operatorContext(database(), 'test');
    const notStarted = (await createCommittee(ctx, { name: 'Älvsjö stadsdelsnämnd', counterpartyNumber: '1723' })).id;
    const reports = await roundReports(database(), round.id);
    const reportOf = (committeeId: number) => reports.find((r) => r.committee_id === committeeId)!.id;
    const { db } = database();

    // A: two entries, submitted on the deadline day (23:30 in Stockholm). B: submitted after it (00:30 the day after).
    const sectionOfA = await db.selectFrom('project_sections').select('id').where('report_id', '=', reportOf(a)).orderBy('position').executeTakeFirstOrThrow();
    await db.insertInto('accrual_entries').values([
      { section_id: sectionOfA.id, position: 0, account: '3699', ikb: '1771', counterparty: '1704', amount_ore: 123_456_789, text: 'Ej fakturerat' },
      { section_id: sectionOfA.id, position: 1, account: '3699', ikb: '1771', counterparty: '1704', amount_ore: -456_789, text: 'Rättelse' },
    ]).execute();
    await db.updateTable('reports').set({ state: 'submitted', submitted_at: '2015-09-15T21:30:00.000Z' }).where('id', '=', reportOf(a)).execute();
    await db.updateTable('reports').set({ state: 'submitted', submitted_at: '2015-09-15T22:30:00.000Z' }).where('id', '=', reportOf(b)).execute();
    const spånga = (await db.selectFrom('committees').select('id').where('name', '=', 'Spånga-Tensta stadsdelsnämnd').executeTakeFirstOrThrow()).id;

    const overviewAt = async (instant: string) => {
      const server = await startTestServer(database(), { now: () => new Date(instant) });
      try {
        const user = await createUser(database(), { role: 'controller' });
        const res = await (await signIn(server, user.email)).get(`/api/rounds/${round.id}/overview`);
        expect(res.statusCode).toBe(200);
        return res.json() as { round: unknown; committees: OverviewLine[] };
      } finally {
        await server.close();
      }
    };
    const lineOf = (lines: OverviewLine[], committeeId: number) => lines.find((l) => l.committeeId === committeeId);

    // 23:59 on the deadline day in Stockholm: nobody is late yet.
    const onTime = await overviewAt('2015-09-15T21:59:00Z');
    expect(onTime.round).toEqual({ ...round, state: 'open' });
    expect(lineOf(onTime.committees, a)).toEqual({
      committeeId: a, committeeName: 'Hässelby-Vällingby stadsdelsnämnd', reportId: reportOf(a), status: 'submitted', statusName: 'Inskickad',
      late: false, submittedAt: '2015-09-15T21:30:00.000Z', updatedAt: expect.any(String), totalOre: 123_000_000, remind: false,
    });
    // The controller may remind a committee whose report is not handed in ("Påminn"), not one without a report.
    expect(lineOf(onTime.committees, spånga)).toMatchObject({ status: 'draft', statusName: 'Utkast', late: false, totalOre: 0, remind: true });
    expect(lineOf(onTime.committees, notStarted)).toEqual({
      committeeId: notStarted, committeeName: 'Älvsjö stadsdelsnämnd', reportId: null, status: 'not_started', statusName: 'Ej påbörjad',
      late: false, submittedAt: null, updatedAt: null, totalOre: 0, remind: false,
    });
    expect(lineOf(onTime.committees, inactive)).toBeUndefined();
    const names = onTime.committees.map((l) => l.committeeName);
    expect(names).toEqual([...names].sort(new Intl.Collator('sv').compare));
    expect(names.at(-1)).toBe('Älvsjö stadsdelsnämnd');

    // 00:01 the day after in Stockholm: whoever has not handed in is late, and so is B who handed in after the deadline.
    const dayAfter = await overviewAt('2015-09-15T22:01:00Z');
    expect(Object.fromEntries(dayAfter.committees.map((l) => [l.committeeId, [l.status, l.late]]))).toEqual({
      [a]: ['submitted', false], [b]: ['submitted', true], [spånga]: ['draft', true], [notStarted]: ['not_started', true],
    });
  });

  it('refuses what a role may not do (403), a missing round (404), and everything to visitors (401)', async () => {
    const round = (await controller.post('/api/rounds', { year: 2017, kind: 'T1', deadline: '2017-05-15' })).json();
    const approver = await signedIn(app, database(), 'approver', a);
    for (const client of [reporter, approver, reader]) {
      for (const [method, url, payload] of [
        ['POST', '/api/rounds', { year: 2018, kind: 'T1', deadline: '2018-05-15' }],
        ['POST', `/api/rounds/${round.id}/open`, undefined],
        ['POST', `/api/rounds/${round.id}/close`, undefined],
        ['GET', `/api/rounds/${round.id}/overview`, undefined],
      ] as const) {
        const res = await client.request({ method, url, ...(payload === undefined ? {} : { payload }) });
        expect([method, url, res.statusCode, res.json().code]).toEqual([method, url, 403, 'forbidden']);
      }
    }
    expect((await roundReports(database(), round.id))).toEqual([]);
    for (const url of ['/api/rounds/987654/open', '/api/rounds/987654/close']) {
      expect((await controller.post(url)).statusCode).toBe(404);
    }
    expect((await admin.get('/api/rounds/987654/overview')).statusCode).toBe(404);
    expect((await admin.get('/api/rounds/abc/overview')).json().details.field).toBe('id');
    for (const [method, url] of [['GET', '/api/rounds'], ['POST', '/api/rounds'], ['POST', `/api/rounds/${round.id}/open`],
      ['POST', `/api/rounds/${round.id}/close`], ['GET', `/api/rounds/${round.id}/overview`]] as const) {
      expect([method, url, (await app.inject({ method, url })).statusCode]).toEqual([method, url, 401]);
    }
  });
});
