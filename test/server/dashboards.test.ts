// GET /api/dashboard on both engines: exact öre sums against figures worked out by hand, the reports'
// punctuality by Stockholm's calendar, last year's totals, the indicators' targets against their latest
// approved outcomes, and a committee user who never gets another committee's figures.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.js';
import type { YearDashboard } from '../../src/domain/dashboard.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, startTestServer, type Client } from '../support/server.js';

// The server's clock: 2014's VB deadline (20 January 2015) has not passed, T2's (15 September) has.
const NOW = new Date('2015-01-15T09:00:00Z');

type Entry = [projectId: number, amountOre: number];
/** An indicator's outcome as a report's section states it. */
type Outcome = [projectId: number, indicatorId: number, outcome: string];

/** Stores a report with one section per project it names and those entries, as the workflow would have left it. */
async function storeReport(database: Database, input: {
  committeeId: number; roundId: number; state: 'draft' | 'submitted' | 'approved'; submittedAt: string | null; entries: Entry[];
  outcomes?: Outcome[];
}): Promise<number> {
  const db = database.db;
  const report = await db.insertInto('reports').values({
    committee_id: input.committeeId, round_id: input.roundId, title: 'Redovisning ytterstadsprojekt', report_type: 'Tertialrapport',
    accrual_from: '2014-01-01', accrual_to: '2014-12-31', state: input.state, version: 1, submitted_at: input.submittedAt,
    created_at: '2014-01-01T00:00:00.000Z', updated_at: '2014-01-01T00:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  const projectIds = [...new Set(input.entries.map(([p]) => p))];
  for (const [position, projectId] of projectIds.entries()) {
    const section = await db.insertInto('project_sections').values({
      report_id: report.id, project_id: projectId, position, number: position + 1, name: `Projekt ${projectId}`,
      narrative_title: null, narrative_paragraphs: '[]', has_narrative: 0,
    }).returning('id').executeTakeFirstOrThrow();
    const entries = input.entries.filter(([p]) => p === projectId);
    await db.insertInto('accrual_entries').values(entries.map(([, amountOre], i) => ({
      section_id: section.id, position: i, account: '3699', ikb: '1771', counterparty: '1704', amount_ore: amountOre, text: 'Ej fakturerat',
    }))).execute();
    for (const [i, [, indicatorId, outcome]] of (input.outcomes ?? []).filter(([p]) => p === projectId).entries()) {
      // The section's copy names the indicator and a target of its own; the dashboard reads the project's target.
      await db.insertInto('section_indicators').values({
        section_id: section.id, indicator_id: indicatorId, position: i, name: `Kopia ${indicatorId}`, unit: 'st', baseline: null, target: '1', outcome,
      }).execute();
    }
  }
  return report.id;
}

describe.each(TEST_DIALECTS)('the year dashboard on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let controller: Client;
  let reader: Client;
  let tenstaReporter: Client;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    const db = database().db;
    const committee = async (name: string, counterparty: string, active = 1) =>
      (await db.insertInto('committees').values({ name, counterparty_number: counterparty, active }).returning('id').executeTakeFirstOrThrow()).id;
    id.kista = await committee('Rinkeby-Kista stadsdelsnämnd', '1704');
    id.tensta = await committee('Spånga-Tensta stadsdelsnämnd', '1713');
    id.vantor = await committee('Vantörs stadsdelsnämnd', '1721', 0);
    const programme = (await db.insertInto('programmes').values({ name: 'Ytterstadssatsningen', ikb: '1771', default_account: '3699' })
      .returning('id').executeTakeFirstOrThrow()).id;
    const project = async (committeeId: number, name: string, number: number, code: string, from: number) =>
      (await db.insertInto('projects').values({
        programme_id: programme, committee_id: committeeId, name, number, active_from_year: from, active_to_year: null, project_code: code,
      }).returning('id').executeTakeFirstOrThrow()).id;
    id.vardar = await project(id.kista, 'Trygghetsvärdar', 1, '1704-01', 2013);
    id.lokal = await project(id.kista, 'Mötesplats utan bidrag', 2, '1704-02', 2014);
    id.laxhjalp = await project(id.tensta, 'Läxhjälp i Tensta', 1, '1713-01', 2013);
    await db.insertInto('project_grants').values([
      { project_id: id.vardar, year: 2014, amount_ore: 10_000_000 },
      { project_id: id.vardar, year: 2013, amount_ore: 8_000_000 },
      { project_id: id.laxhjalp, year: 2014, amount_ore: 5_000_050 },
    ]).execute();
    const round = async (year: number, kind: 'T1' | 'T2' | 'VB', periodFrom: string, periodTo: string, deadline: string, state: 'open' | 'closed') =>
      (await db.insertInto('rounds').values({ year, kind, period_from: periodFrom, period_to: periodTo, deadline, state }).returning('id').executeTakeFirstOrThrow()).id;
    const t1 = await round(2014, 'T1', '2014-01-01', '2014-04-30', '2014-05-15', 'closed');
    const t2 = await round(2014, 'T2', '2014-01-01', '2014-08-31', '2014-09-15', 'closed');
    const vb = await round(2014, 'VB', '2014-01-01', '2014-12-31', '2015-01-20', 'open');
    const vb2013 = await round(2013, 'VB', '2013-01-01', '2013-12-31', '2014-01-20', 'closed');

    const indicator = async (projectId: number, position: number, name: string, unit: string, baseline: string | null, active = 1) =>
      (await db.insertInto('indicators').values({ project_id: projectId, position, name, unit, baseline, active }).returning('id').executeTakeFirstOrThrow()).id;
    id.walks = await indicator(id.vardar, 0, 'Trygghetsvandringar', 'st', '4');
    id.content = await indicator(id.vardar, 1, 'Nöjda boende', '%', null);
    id.retired = await indicator(id.vardar, 2, 'Indragen indikator', 'st', null, 0);
    id.pupils = await indicator(id.laxhjalp, 0, 'Elever i läxhjälpen', 'deltagare', null);
    await db.insertInto('indicator_targets').values([
      { indicator_id: id.walks, year: 2014, target: '10' },
      { indicator_id: id.walks, year: 2013, target: '9' },
      { indicator_id: id.content, year: 2014, target: '72.5' },
      { indicator_id: id.pupils, year: 2014, target: '40' },
    ]).execute();

    const store = (committeeId: number, roundId: number, state: 'draft' | 'submitted' | 'approved', submittedAt: string | null, entries: Entry[], outcomes: Outcome[] = []) =>
      storeReport(database(), { committeeId, roundId, state, submittedAt, entries, outcomes });
    // Kista, T1: sent 23:30 Swedish summer time on the deadline day (still 15 May): on time.
    id.kistaT1 = await store(id.kista, t1, 'approved', '2014-05-15T21:30:00.000Z', [[id.vardar, 1_234_567], [id.vardar, 100], [id.lokal, 50_000]],
      [[id.vardar, id.walks, '3']]);
    // Kista, T2: reverses T1 and accrues anew; sent 00:30 on 16 September in Stockholm: late.
    id.kistaT2 = await store(id.kista, t2, 'approved', '2014-09-15T22:30:00.000Z',
      [[id.vardar, -1_234_667], [id.vardar, 3_000_001], [id.lokal, -50_000], [id.lokal, 70_000]],
      [[id.vardar, id.walks, '8.5'], [id.vardar, id.content, '72.5']]);
    // Kista, VB: submitted, not approved: its amounts and outcomes count nowhere.
    await store(id.kista, vb, 'submitted', '2015-01-10T10:00:00.000Z', [[id.vardar, 9_999_999]], [[id.vardar, id.walks, '12']]);
    // Tensta: T1 approved in time, T2 still a draft after the deadline (overdue), no VB report yet (not due).
    id.tenstaT1 = await store(id.tensta, t1, 'approved', '2014-05-01T08:00:00.000Z', [[id.laxhjalp, 2_500_000]], [[id.laxhjalp, id.pupils, '41']]);
    await store(id.tensta, t2, 'draft', null, [[id.laxhjalp, 777]], [[id.laxhjalp, id.pupils, '60']]);
    // 2013's annual reports, for the comparison.
    // (The meeting place's project starts in 2014, but 2013's report accrued 1,23 kr on it: that counts too.)
    await store(id.kista, vb2013, 'approved', '2014-01-10T08:00:00.000Z', [[id.vardar, 4_000_000], [id.lokal, 123]], [[id.vardar, id.walks, '9.75']]);
    await store(id.tensta, vb2013, 'approved', '2014-01-12T08:00:00.000Z', [[id.laxhjalp, 1_000_001]]);

    app = await startTestServer(database(), { now: () => NOW });
    controller = await signedIn(app, database(), 'controller');
    reader = await signedIn(app, database(), 'reader');
    tenstaReporter = await signedIn(app, database(), 'reporter', id.tensta);
  });
  afterAll(async () => {
    await app?.close();
  });

  const dashboardOf = async (client: Client, query: string): Promise<YearDashboard> => {
    const res = await client.get(`/api/dashboard?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<YearDashboard>();
  };

  it('adds up every committee: approved year to date per round, grant and remaining, to the öre', async () => {
    const d = await dashboardOf(controller, 'year=2014');
    expect(d.rounds.map((r) => [r.code, r.exists, r.deadline])).toEqual([
      ['2014-T1', true, '2014-05-15'], ['2014-T2', true, '2014-09-15'], ['2014-VB', true, '2015-01-20'],
    ]);
    // The inactive committee without projects or reports is left out.
    expect(d.committees.map((c) => c.committeeName)).toEqual(['Rinkeby-Kista stadsdelsnämnd', 'Spånga-Tensta stadsdelsnämnd']);
    const [kista, tensta] = d.committees;
    expect(kista).toMatchObject({
      grantOre: 10_000_000, asOf: 'T2', accruedOre: 3_070_001, remainingOre: 6_999_999,
      byRound: [{ kind: 'T1', yearToDateOre: 1_284_667 }, { kind: 'T2', yearToDateOre: 3_070_001 }, { kind: 'VB', yearToDateOre: null }],
    });
    expect(kista!.projects).toEqual([
      {
        projectId: id.vardar, number: 1, name: 'Trygghetsvärdar', projectCode: '1704-01', grantOre: 10_000_000,
        byRound: [{ kind: 'T1', yearToDateOre: 1_234_667 }, { kind: 'T2', yearToDateOre: 3_000_001 }, { kind: 'VB', yearToDateOre: null }],
        accruedOre: 3_000_001, remainingOre: 6_999_999,
      },
      {
        projectId: id.lokal, number: 2, name: 'Mötesplats utan bidrag', projectCode: '1704-02', grantOre: null,
        byRound: [{ kind: 'T1', yearToDateOre: 50_000 }, { kind: 'T2', yearToDateOre: 70_000 }, { kind: 'VB', yearToDateOre: null }],
        accruedOre: 70_000, remainingOre: null,
      },
    ]);
    expect(tensta).toMatchObject({
      grantOre: 5_000_050, asOf: 'T1', accruedOre: 2_500_000, remainingOre: 2_500_050,
      byRound: [{ kind: 'T1', yearToDateOre: 2_500_000 }, { kind: 'T2', yearToDateOre: null }, { kind: 'VB', yearToDateOre: null }],
    });
    expect(d.totals).toEqual({
      grantOre: 15_000_050,
      byRound: [
        { kind: 'T1', yearToDateOre: 3_784_667, approvedCommittees: 2, notApprovedCommittees: 0 },
        { kind: 'T2', yearToDateOre: 3_070_001, approvedCommittees: 1, notApprovedCommittees: 1 },
        { kind: 'VB', yearToDateOre: 0, approvedCommittees: 0, notApprovedCommittees: 2 },
      ],
      accruedOre: 5_570_001,
      remainingOre: 9_500_049,
    });
  });

  it("says per round whether each report came in time, by the deadline day in Stockholm", async () => {
    const d = await dashboardOf(reader, 'year=2014');
    const states = d.committees.map((c) => c.reports.map((r) => `${r.kind} ${r.status} ${r.punctuality}`));
    expect(states).toEqual([
      ['T1 approved on_time', 'T2 approved late', 'VB submitted on_time'],
      ['T1 approved on_time', 'T2 draft overdue', 'VB not_started not_due'],
    ]);
  });

  it('puts last year\'s totals beside it, counting only rounds that existed and every approved amount', async () => {
    const d = await dashboardOf(controller, 'year=2014');
    expect(d.previous).toEqual({
      year: 2013,
      grantOre: 8_000_000,
      byRound: [
        { kind: 'T1', yearToDateOre: 0, approvedCommittees: 0, notApprovedCommittees: 0 },
        { kind: 'T2', yearToDateOre: 0, approvedCommittees: 0, notApprovedCommittees: 0 },
        { kind: 'VB', yearToDateOre: 5_000_124, approvedCommittees: 2, notApprovedCommittees: 0 },
      ],
    });
  });

  it("sets each indicator's target against its latest approved outcome, exactly; a draft's or a submitted report's outcome never counts", async () => {
    const d = await dashboardOf(controller, 'year=2014');
    expect(d.indicators).toEqual([
      {
        indicatorId: id.walks, committeeId: id.kista, committeeName: 'Rinkeby-Kista stadsdelsnämnd',
        projectId: id.vardar, projectNumber: 1, projectName: 'Trygghetsvärdar', name: 'Trygghetsvandringar', unit: 'st',
        // T2's approved 8.5, not T1's 3, not VB's submitted 12, not 2013's 9.75: 85 % of 10.
        baseline: '4', target: '10', outcome: '8.5', outcomeRound: 'T2', outcomeReportId: id.kistaT2, againstTarget: -1, sharePercent: 85,
      },
      {
        indicatorId: id.content, committeeId: id.kista, committeeName: 'Rinkeby-Kista stadsdelsnämnd',
        projectId: id.vardar, projectNumber: 1, projectName: 'Trygghetsvärdar', name: 'Nöjda boende', unit: '%',
        baseline: null, target: '72.5', outcome: '72.5', outcomeRound: 'T2', outcomeReportId: id.kistaT2, againstTarget: 0, sharePercent: 100,
      },
      {
        indicatorId: id.pupils, committeeId: id.tensta, committeeName: 'Spånga-Tensta stadsdelsnämnd',
        projectId: id.laxhjalp, projectNumber: 1, projectName: 'Läxhjälp i Tensta', name: 'Elever i läxhjälpen', unit: 'deltagare',
        // T1's approved 41 (T2's draft says 60): 41 / 40 = 102.5 %, rounded half up to 103.
        baseline: null, target: '40', outcome: '41', outcomeRound: 'T1', outcomeReportId: id.tenstaT1, againstTarget: 1, sharePercent: 103,
      },
    ]);
    // 2013: the target of that year and the outcome of its approved annual report (9.75 / 9 = 108.3 %);
    // the indicators without a target or an approved outcome in 2013 say nothing about it.
    const before = await dashboardOf(controller, 'year=2013');
    expect(before.indicators.map((i) => [i.name, i.target, i.outcome, i.againstTarget, i.sharePercent])).toEqual([
      ['Trygghetsvandringar', '9', '9.75', 1, 108],
    ]);
  });

  it('narrows to the committee asked for', async () => {
    const d = await dashboardOf(controller, `year=2014&committee=${id.tensta}`);
    expect(d.committeeId).toBe(id.tensta);
    expect(d.committees.map((c) => c.committeeName)).toEqual(['Spånga-Tensta stadsdelsnämnd']);
    expect(d.totals.grantOre).toBe(5_000_050);
    expect(d.indicators.map((i) => i.name)).toEqual(['Elever i läxhjälpen']);
    expect(d.previous.byRound[2]!.yearToDateOre).toBe(1_000_001);
  });

  it("gives a committee user its own committee's figures only, and refuses another's", async () => {
    const own = await tenstaReporter.get('/api/dashboard?year=2014');
    expect(own.statusCode).toBe(200);
    const d = own.json<YearDashboard>();
    expect(d.committeeId).toBe(id.tensta);
    expect(d.committees.map((c) => c.committeeId)).toEqual([id.tensta]);
    expect(d.totals).toMatchObject({ grantOre: 5_000_050, accruedOre: 2_500_000 });
    expect(d.previous.byRound[2]!.yearToDateOre).toBe(1_000_001);
    expect(d.indicators.map((i) => [i.name, i.outcome, i.sharePercent])).toEqual([['Elever i läxhjälpen', '41', 103]]);
    for (const secret of ['Rinkeby-Kista', 'Trygghetsvärdar', 'Trygghetsvandringar', 'Nöjda boende', '3070001', '1284667', '4000000']) {
      expect(own.body).not.toContain(secret);
    }
    const other = await tenstaReporter.get(`/api/dashboard?year=2014&committee=${id.kista}`);
    expect([other.statusCode, other.json()]).toEqual([403, { code: 'forbidden', message: 'Du får bara se din egen nämnds översikt.', requestId: expect.any(String) }]);
    expect(other.body).not.toContain('Rinkeby');
  });

  it('refuses a bad year or committee with a Swedish message naming the field', async () => {
    const text = await controller.get('/api/dashboard?year=i%20fjol');
    expect(text.statusCode).toBe(400);
    expect(text.json<{ message: string }>().message).toContain('year');
    const early = await controller.get('/api/dashboard?year=1999');
    expect([early.statusCode, early.json<{ message: string }>().message]).toEqual([400, 'Året ska vara mellan 2000 och 2100.']);
    expect((await controller.get('/api/dashboard')).statusCode).toBe(400);
    expect((await controller.get('/api/dashboard?year=2014&committee=999999')).statusCode).toBe(404);
  });

  it('answers an empty year with zeros, not errors', async () => {
    const d = await dashboardOf(controller, 'year=2030');
    expect(d.rounds.every((r) => !r.exists)).toBe(true);
    // Active committees stay in the list, with nothing to add up.
    expect(d.committees.map((c) => [c.committeeName, c.grantOre, c.accruedOre, c.asOf, c.reports])).toEqual([
      ['Rinkeby-Kista stadsdelsnämnd', 0, 0, null, []], ['Spånga-Tensta stadsdelsnämnd', 0, 0, null, []],
    ]);
  });
});
