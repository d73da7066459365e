// Closing a round freezes its reports: on both engines, through the API, saving, importing,
// submitting, returning and reopening a closed round's report are refused (409) and write nothing,
// while the controller still approves what was submitted; opening the round again lets changes in.
// Reports outside any round are not affected.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, comments, reports, rounds } from '../../src/db/index.js';
import { repoRoot, TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, startTestServer, type Client } from '../support/server.js';
import { aRoundReport, anEntry, type RoundReport } from './report-fixtures.js';

const NOW = new Date('2014-09-15T10:03:00.000Z');
const PROJECTS = [{ number: 1, name: 'Trygghetsskapande åtgärder' }, { number: 2, name: 'Lärandecenter' }];
const COMPLETE = PROJECTS.map(() => ({ entries: [anEntry(10_700_000)], narrative: { title: 'Rubrik', paragraphs: ['Ett stycke.'] } }));
const LEGACY_FILE = readFileSync(path.join(repoRoot, 'test/fixtures/legacy/rinkeby-kista-t1-2015.txt'));

const frozen = (year: number, verb: string, next: 'committee' | 'central') =>
  `Omgången Tertialrapport 1 ${year} är stängd; redovisningen kan inte ${verb}. ${
    next === 'committee' ? 'Be stadsledningskontoret öppna omgången igen.' : 'Öppna omgången igen först.'}`;

describe.each(TEST_DIALECTS)('a closed round on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let reporter: Client;
  let approver: Client;
  let controller: Client;
  let committeeId: number;

  beforeAll(async () => {
    app = await startTestServer(database(), { now: () => NOW });
    // The legacy file's committee: a file is read only into its own committee's report.
    committeeId = (await aRoundReport(database(), { committeeName: 'Rinkeby-Kista stadsdelsnämnd', year: 2013, kind: 'T1', projects: PROJECTS })).committeeId;
    reporter = await signedIn(app, database(), 'reporter', committeeId);
    approver = await signedIn(app, database(), 'approver', committeeId);
    controller = await signedIn(app, database(), 'controller');
  });
  afterAll(() => app.close());

  // One report per committee and round: each test takes the T1 round of a year of its own.
  let year = 2014;
  const aReport = async (): Promise<RoundReport & { year: number }> => {
    year += 1;
    return { ...(await aRoundReport(database(), { committeeId, year, kind: 'T1', projects: PROJECTS, content: COMPLETE })), year };
  };
  const setRound = async (report: RoundReport, action: 'close' | 'open') => {
    const res = await controller.post(`/api/rounds/${report.roundId}/${action}`);
    expect([res.statusCode, res.json().state]).toEqual([200, action === 'close' ? 'closed' : 'open']);
  };
  const save = (client: Client, report: RoundReport & { year: number }, version: number, amountOre: number) =>
    client.put(`/api/reports/${report.reportId}`, {
      version, accrualPeriod: { from: `${report.year}-01-01`, to: `${report.year}-04-30` },
      sections: [{ id: report.sectionIds[0], entries: [anEntry(amountOre)], narrative: null }],
    });
  const importFile = (client: Client, report: RoundReport, version: number) =>
    client.post(`/api/reports/${report.reportId}/import`, { version, fileName: 'rinkeby-kista-t1-2015.txt', contentBase64: LEGACY_FILE.toString('base64') });
  const act = (client: Client, report: RoundReport, action: string, body: object) => client.post(`/api/reports/${report.reportId}/${action}`, body);
  /** What a refused request must leave as it was: the version, the state, the audit trail and the comments. */
  const written = async (report: RoundReport) => {
    const meta = await reports.getMeta(database().db, report.reportId);
    return {
      version: meta.version, state: meta.state,
      events: (await auditEvents.listForReport(database().db, report.reportId)).length,
      comments: (await comments.listForReport(database().db, report.reportId)).length,
      entries: (await reports.readStoredSections(database().db, report.reportId)).map((s) => s.entries),
    };
  };
  const refusal = (res: LightMyRequestResponse) => [res.statusCode, res.json().code, res.json().message];
  const abilitiesOf = async (client: Client, report: RoundReport) => (await client.get(`/api/reports/${report.reportId}`)).json().abilities;

  it('refuses saving, importing and submitting a draft of a closed round, and writes nothing', async () => {
    const report = await aReport();
    expect(await abilitiesOf(approver, report)).toMatchObject({ edit: true, submit: true, importFile: true });
    await setRound(report, 'close');
    const before = await written(report);

    expect(refusal(await save(reporter, report, 1, 5_000_000))).toEqual([409, 'invalid_transition', frozen(report.year, 'ändras', 'committee')]);
    expect(refusal(await importFile(reporter, report, 1))).toEqual([409, 'invalid_transition', frozen(report.year, 'ändras', 'committee')]);
    expect(refusal(await importFile(controller, report, 1))).toEqual([409, 'invalid_transition', frozen(report.year, 'ändras', 'central')]);
    expect(refusal(await act(approver, report, 'submit', { version: 1 }))).toEqual(
      [409, 'invalid_transition', frozen(report.year, 'skickas in', 'committee')]);
    // The closed round comes before a stale version: the user is told what would still stop them.
    expect(refusal(await save(reporter, report, 99, 5_000_000))[1]).toBe('invalid_transition');
    expect(await written(report)).toEqual(before);

    // The report says which round it is in and that it is closed; nothing is offered but the history.
    const seen = (await approver.get(`/api/reports/${report.reportId}`)).json();
    expect(seen.round).toMatchObject({ id: report.roundId, state: 'closed' });
    const none = { edit: false, submit: false, return: false, approve: false, reopen: false, importFile: false, viewHistory: true, comment: true };
    expect(seen.abilities).toEqual(none);
    expect(await abilitiesOf(reporter, report)).toEqual(none);
    expect(await abilitiesOf(controller, report)).toEqual(none);
  });

  it('lets the controller approve what was submitted, but not return it or reopen it', async () => {
    const report = await aReport();
    expect((await act(approver, report, 'submit', { version: 1 })).statusCode).toBe(200);
    await setRound(report, 'close');
    expect(await abilitiesOf(controller, report)).toMatchObject({ return: false, approve: true, reopen: false });
    const before = await written(report);

    expect(refusal(await act(controller, report, 'return', { version: 2, reason: 'Komplettera.', sectionReasons: [{ sectionId: report.sectionIds[0], reason: 'Text saknas.' }] })))
      .toEqual([409, 'invalid_transition', frozen(report.year, 'återsändas', 'central')]);
    // A closed round is the report's situation (409) and comes before a missing reason (400).
    expect(refusal(await act(controller, report, 'return', { version: 2, reason: ' ' }))[0]).toBe(409);
    expect(await written(report)).toEqual(before);

    const approved = await act(controller, report, 'approve', { version: 2 });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', version: 3, round: { state: 'closed' }, abilities: { reopen: false } });
    const afterApproval = await written(report);
    expect(refusal(await act(controller, report, 'reopen', { version: 3, reason: 'Fel belopp.' })))
      .toEqual([409, 'invalid_transition', frozen(report.year, 'återöppnas', 'central')]);
    expect(await written(report)).toEqual(afterApproval);
  });

  it('lets changes in again when the controller opens the round again', async () => {
    const report = await aReport();
    expect((await act(approver, report, 'submit', { version: 1 })).statusCode).toBe(200);
    expect((await act(controller, report, 'approve', { version: 2 })).statusCode).toBe(200);
    await setRound(report, 'close');
    expect((await act(controller, report, 'reopen', { version: 3, reason: 'Fel belopp.' })).statusCode).toBe(409);

    await setRound(report, 'open');
    expect(await abilitiesOf(controller, report)).toMatchObject({ reopen: true });
    const reopened = await act(controller, report, 'reopen', { version: 3, reason: 'Fel belopp.' });
    expect([reopened.statusCode, reopened.json().state]).toEqual([200, 'reopened']);
    expect(await abilitiesOf(approver, report)).toMatchObject({ edit: true, submit: true, importFile: true });
    const saved = await save(reporter, report, 4, 5_000_000);
    expect([saved.statusCode, saved.json().version]).toEqual([200, 5]);
    expect((await act(approver, report, 'submit', { version: 5 })).statusCode).toBe(200);
    const returned = await act(controller, report, 'return', { version: 6, reason: 'Komplettera.' });
    expect([returned.statusCode, returned.json().state]).toEqual([200, 'returned']);
    const imported = await importFile(reporter, report, 7);
    expect([imported.statusCode, imported.json().report.version]).toEqual([200, 8]);
  });

  it('leaves a report outside any round as it was', async () => {
    const legacy = await reports.create(database().db, {
      committeeId, roundId: null, now: NOW,
      content: { title: 'Redovisning', reportType: 'Tertialrapport', accrualPeriod: { from: '2012-01-01', to: '2012-04-30' }, projects: [{ number: 1, name: 'Projekt', entries: [], narrative: null }] },
    });
    const [section] = await reports.readStoredSections(database().db, legacy.id);
    const seen = (await approver.get(`/api/reports/${legacy.id}`)).json();
    expect([seen.round, seen.abilities.edit, seen.abilities.submit]).toEqual([null, true, true]);
    const saved = await approver.put(`/api/reports/${legacy.id}`, {
      version: 1, accrualPeriod: { from: '2012-01-01', to: '2012-04-30' }, sections: [{ id: section!.id, entries: [anEntry(100)], narrative: null }],
    });
    expect([saved.statusCode, saved.json().version]).toEqual([200, 2]);
  });

  // A round closed after the use case has looked at it but before its write: the round is read
  // again in the write's transaction. PostgreSQL runs writers side by side, so the test holds the
  // report's row, waits until the request blocks at its version claim, closes the round and lets
  // go. (SQLite has one writer at a time: the claim takes the write lock before the round is read.)
  // Declared on PostgreSQL only (not skipped on SQLite, where the race cannot happen).
  if (dialect === 'postgres') it('refuses a change when the round closes between the check and the write', async () => {
    const db = database().db;
    const whileClosing = async (report: RoundReport, request: () => Promise<LightMyRequestResponse>) => {
      let pending: Promise<LightMyRequestResponse> | undefined;
      await db.transaction().execute(async (trx) => {
        await sql`select id from reports where id = ${report.reportId} for update`.execute(trx);
        pending = request();
        for (let waited = 0; ; waited += 20) {
          const blocked = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
          if ((blocked.rows[0]?.n ?? 0) > 0) break;
          if (waited > 10_000) throw new Error('Anropet kom aldrig fram till versionsanspråket.');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await rounds.close(trx, report.roundId);
      });
      return pending!;
    };

    const draft = await aReport();
    const before = await written(draft);
    expect(refusal(await whileClosing(draft, () => save(reporter, draft, 1, 5_000_000))))
      .toEqual([409, 'invalid_transition', frozen(draft.year, 'ändras', 'committee')]);
    expect(refusal(await act(approver, draft, 'submit', { version: 1 }))[0]).toBe(409);
    expect(await written(draft)).toEqual(before);

    const toSubmit = await aReport();
    const unsubmitted = await written(toSubmit);
    expect(refusal(await whileClosing(toSubmit, () => act(approver, toSubmit, 'submit', { version: 1 }))))
      .toEqual([409, 'invalid_transition', frozen(toSubmit.year, 'skickas in', 'committee')]);
    expect(await written(toSubmit)).toEqual(unsubmitted);
  });
});
