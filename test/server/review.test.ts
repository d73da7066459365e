// The review workflow through the API on both engines: draft → submit → return → edit → submit →
// approve → reopen, each refusal for the wrong role (403) or committee (404), audit events that
// commit with their transition or not at all, and the history that shows who did what when.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, comments, reports } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { createUser, signIn, signedIn, startTestServer, type Client } from '../support/server.js';
import { aRoundReport, anEntry, type RoundReport } from './report-fixtures.js';

const NOW = new Date('2014-09-15T10:03:00.000Z');
const PROJECTS = [{ number: 1, name: 'Trygghetsskapande åtgärder' }, { number: 2, name: 'Lärandecenter' }];
const COMPLETE = PROJECTS.map(() => ({ entries: [anEntry(10_700_000)], narrative: { title: 'Rubrik', paragraphs: ['Ett stycke.'] } }));

describe.each(TEST_DIALECTS)('review workflow on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let clients: Record<'reporter' | 'approver' | 'controller' | 'admin' | 'reader' | 'outsider', Client>;
  const names: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestServer(database(), { now: () => NOW });
    const committee = (await aRoundReport(database(), { year: 2013, kind: 'T1', projects: PROJECTS })).committeeId;
    const other = (await aRoundReport(database(), { year: 2013, kind: 'T1', projects: PROJECTS })).committeeId;
    const as = async (role: 'reporter' | 'approver' | 'controller' | 'admin' | 'reader', name: string, committeeId: number | null = null) => {
      const user = await createUser(database(), { role, committeeId, name });
      names[role] = name;
      return signIn(app, user.email);
    };
    clients = {
      reporter: await as('reporter', 'Rut Rapportör', committee),
      approver: await as('approver', 'Aino Attestant', committee),
      controller: await as('controller', 'Conny Controller'),
      admin: await as('admin', 'Ada Admin'),
      reader: await as('reader', 'Lisa Läsare'),
      outsider: await signedIn(app, database(), 'approver', other),
    };
    committeeId = committee;
  });
  afterAll(() => app.close());
  let committeeId: number;

  // One report per committee and round: each test takes the T1 round of a year of its own.
  let year = 2014;
  /** A fresh T1 report of the committee; complete unless told otherwise. */
  const aReport = async (complete = true): Promise<RoundReport & { year: number }> => {
    year += 1;
    const made = await aRoundReport(database(), { committeeId, year, kind: 'T1', projects: PROJECTS, ...(complete ? { content: COMPLETE } : {}) });
    return { ...made, year };
  };
  const act = (who: Client, id: number, action: string, body: object) => who.post(`/api/reports/${id}/${action}`, body);
  const stateOf = async (id: number) => (await reports.getMeta(database().db, id)).state;
  const eventCount = async (id: number) => (await auditEvents.listForReport(database().db, id)).length;

  it('takes a report from draft through return, edit, approval and reopening', async () => {
    const report = await aReport(false);
    const id = report.reportId;
    const { reporter, approver, controller } = clients;

    // A new draft has warnings only (no entries, no narratives): they do not block a submission.
    const fresh = (await reporter.get(`/api/reports/${id}/check`)).json();
    expect(fresh.submittable).toBe(true);
    expect(fresh.issues.map((i: { severity: string }) => i.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);

    const entry = { ...anEntry(5_000_000), account: '369' };
    let saved = await reporter.put(`/api/reports/${id}`, {
      version: 1, accrualPeriod: { from: `${report.year}-01-01`, to: `${report.year}-04-30` },
      sections: [{ id: report.sectionIds[0], entries: [entry], narrative: null }],
    });
    expect(saved.statusCode).toBe(200);
    // An error blocks it: the check's issues come back, and the move it began is undone.
    const blocked = await act(approver, id, 'submit', { version: 2 });
    expect([blocked.statusCode, blocked.json().code]).toEqual([409, 'invalid_transition']);
    expect(blocked.json().message).toBe(
      'Rapporten kan inte skickas in: ett fel behöver rättas först. Projekt 1 (Trygghetsskapande åtgärder), rad 1: Konto ska vara fyra siffror, inte ”369”.');
    expect(blocked.json().details.issues.map((i: { code: string; sectionId: number }) => [i.code, i.sectionId])).toContainEqual(
      ['account_format', report.sectionIds[0]]);
    expect([await stateOf(id), await eventCount(id)]).toEqual(['draft', 1]);

    saved = await reporter.put(`/api/reports/${id}`, {
      version: 2, accrualPeriod: { from: `${report.year}-01-01`, to: `${report.year}-04-30` },
      sections: [{ id: report.sectionIds[0], entries: [anEntry(5_000_000)], narrative: null }],
    });
    expect(saved.statusCode).toBe(200);

    const submitted = await act(approver, id, 'submit', { version: 3 });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({
      state: 'submitted', stateName: 'Inskickad', version: 4, submittedBy: names.approver, submittedAt: NOW.toISOString(),
      abilities: { edit: false, submit: false },
    });
    expect((await controller.get(`/api/reports/${id}`)).json().abilities).toMatchObject({ return: true, approve: true, reopen: false, edit: false });

    const noReason = await act(controller, id, 'return', { version: 4, reason: '  ' });
    expect([noReason.statusCode, noReason.json().details.field]).toEqual([400, 'reason']);
    const returned = await act(controller, id, 'return', {
      version: 4, reason: 'Komplettera delredovisningen.', sectionReasons: [{ sectionId: report.sectionIds[1], reason: 'Lärandecentret saknar text.' }],
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ state: 'returned', stateName: 'Återsänd', version: 5 });
    expect(returned.json().comments.map((c: object) => ({ ...c, id: 0 }))).toEqual([
      { id: 0, sectionId: null, parentId: null, kind: 'return_reason', body: 'Komplettera delredovisningen.', authorName: names.controller, createdAt: NOW.toISOString() },
      { id: 0, sectionId: report.sectionIds[1], parentId: null, kind: 'return_reason', body: 'Lärandecentret saknar text.', authorName: names.controller, createdAt: NOW.toISOString() },
    ]);

    const edited = await reporter.put(`/api/reports/${id}`, {
      version: 5, accrualPeriod: { from: `${report.year}-01-01`, to: `${report.year}-04-30` },
      sections: [{ id: report.sectionIds[1], entries: [], narrative: { title: 'Lärandecenter', paragraphs: ['Nu finns text.'] } }],
    });
    expect([edited.statusCode, edited.json().version]).toEqual([200, 6]);
    expect((await act(approver, id, 'submit', { version: 6 })).statusCode).toBe(200);

    const approved = await act(controller, id, 'approve', { version: 7 });
    expect(approved.json()).toMatchObject({ state: 'approved', version: 8, approvedBy: names.controller, approvedAt: NOW.toISOString() });
    const asReader = await clients.reader.get(`/api/reports/${id}`);
    // The reader reads the approved report, not the review dialogue that led to it.
    expect([asReader.statusCode, asReader.json().comments]).toEqual([200, []]);
    expect((await controller.get(`/api/reports/${id}`)).json().comments.length).toBeGreaterThan(0);

    const reopened = await act(controller, id, 'reopen', { version: 8, reason: 'Fel belopp i projekt 1.' });
    expect(reopened.json()).toMatchObject({ state: 'reopened', stateName: 'Återöppnad', version: 9, approvedBy: null, abilities: { reopen: false } });
    expect(reopened.json().comments.at(-1)).toMatchObject({ kind: 'reopen_reason', body: 'Fel belopp i projekt 1.', sectionId: null });
    expect((await reporter.get(`/api/reports/${id}`)).json().abilities).toMatchObject({ edit: true, submit: false });

    const history = await controller.get(`/api/reports/${id}/history`);
    expect(history.statusCode).toBe(200);
    // Newest first; the reporter's two saves in a row are one entry with their combined change.
    const entries = history.json().entries;
    expect(entries.map((e: { action: string; actionName: string; actorLabel: string; eventCount: number; kind: string }) =>
      [e.action, e.actionName, e.actorLabel, e.eventCount, e.kind])).toEqual([
      ['report.reopen', 'Återöppnade', names.controller, 1, 'workflow'],
      ['report.approve', 'Godkände', names.controller, 1, 'workflow'],
      ['report.submit', 'Skickade in', names.approver, 1, 'workflow'],
      ['report.saved', 'Sparade', names.reporter, 1, 'edit'],
      ['report.return', 'Återsände', names.controller, 1, 'workflow'],
      ['report.submit', 'Skickade in', names.approver, 1, 'workflow'],
      ['report.saved', 'Sparade', names.reporter, 2, 'edit'],
    ]);
    expect(history.json()).toMatchObject({ version: 9, mayRestore: false });
    expect(entries[4]).toMatchObject({
      occurredAt: NOW.toISOString(), reason: 'Komplettera delredovisningen.', ip: '127.0.0.1', version: null,
      changes: [{ path: 'state', label: 'Status', before: 'Inskickad', after: 'Återsänd' }],
    });
    // The row added with account 369 and corrected to 3699 in the next save: one added row (and the
    // narrative both saves sent as none).
    expect(entries[6]).toMatchObject({ version: 3, restorable: true, startedAt: NOW.toISOString() });
    expect(entries[6].changes).toEqual([
      { path: 'projects.0.entries.0', label: 'Projekt 1 Trygghetsskapande åtgärder, rad 1', before: null, after: anEntry(5_000_000) },
      { path: 'projects.0.narrative', label: 'Projekt 1 Trygghetsskapande åtgärder, delredovisning', before: { title: '', paragraphs: [] }, after: null },
    ]);
    expect(entries[3].changes).toContainEqual(
      { path: 'projects.1.narrative.paragraphs.0', label: 'Projekt 2 Lärandecenter, delredovisningens stycke 1', before: null, after: 'Nu finns text.' });
    expect(entries[3]).toMatchObject({ version: 6, restorable: false });
    // Committee users see their history, without the office's record of addresses; readers see none.
    const own = (await reporter.get(`/api/reports/${id}/history`)).json();
    const ownHistory = own.entries;
    expect(ownHistory).toHaveLength(7);
    // The reporter may restore an earlier version once the report is open for changes again.
    expect(own.mayRestore).toBe(true);
    expect(ownHistory.every((e: { ip: string | null }) => e.ip === null)).toBe(true);
  });

  it('refuses each transition to the wrong role (403) and hides other committees (404)', async () => {
    const report = await aReport();
    const id = report.reportId;
    const { reporter, approver, controller, admin, reader, outsider } = clients;
    const refusals: Array<[string, Client, string, object, number]> = [
      ['reporter submits', reporter, 'submit', { version: 1 }, 403],
      ['controller submits', controller, 'submit', { version: 1 }, 403],
      ['admin submits', admin, 'submit', { version: 1 }, 403],
      ['other committee submits', outsider, 'submit', { version: 1 }, 404],
      ['reader submits a draft', reader, 'submit', { version: 1 }, 404],
      ['controller approves a draft', controller, 'approve', { version: 1 }, 409],
      ['controller returns a draft', controller, 'return', { version: 1, reason: 'x' }, 409],
    ];
    for (const [what, client, action, body, status] of refusals) {
      const res = await act(client, id, action, body);
      expect([what, res.statusCode]).toEqual([what, status]);
    }
    expect((await act(approver, id, 'submit', { version: 1 })).statusCode).toBe(200);
    const afterSubmit: Array<[string, Client, string, object, number]> = [
      ['approver approves', approver, 'approve', { version: 2 }, 403],
      ['reporter returns', reporter, 'return', { version: 2, reason: 'x' }, 403],
      ['admin approves', admin, 'approve', { version: 2 }, 403],
      ['other committee approves', outsider, 'approve', { version: 2 }, 404],
      ['reader approves a submitted report', reader, 'approve', { version: 2 }, 404],
      ['approver submits again', approver, 'submit', { version: 2 }, 409],
      ['controller reopens a submitted report', controller, 'reopen', { version: 2, reason: 'x' }, 409],
      ['controller approves from an old version', controller, 'approve', { version: 1 }, 409],
    ];
    for (const [what, client, action, body, status] of afterSubmit) {
      const res = await act(client, id, action, body);
      expect([what, res.statusCode]).toEqual([what, status]);
    }
    expect((await act(controller, id, 'approve', { version: 2 })).statusCode).toBe(200);
    const reads: Array<[string, Client, string, number]> = [
      ['reader reads the approved report', reader, '', 200],
      ['reader reads its history', reader, '/history', 403],
      ['other committee reads its history', outsider, '/history', 404],
      ['other committee checks it', outsider, '/check', 404],
    ];
    for (const [what, client, suffix, status] of reads) {
      expect([what, (await client.get(`/api/reports/${id}${suffix}`)).statusCode]).toEqual([what, status]);
    }
    for (const [what, client, status] of [['reader', reader, 403], ['approver', approver, 403], ['admin', admin, 403]] as const) {
      expect([what, (await act(client, id, 'reopen', { version: 3, reason: 'x' })).statusCode]).toEqual([what, status]);
    }
    // Only the two transitions that were allowed left a trace.
    expect((await auditEvents.listForReport(database().db, id)).map((e) => e.action)).toEqual(['report.submit', 'report.approve']);
    expect(await stateOf(id)).toBe('approved');
  });

  it('says who moved the report first when a transition comes from an old version', async () => {
    const report = await aReport();
    expect((await act(clients.approver, report.reportId, 'submit', { version: 1 })).statusCode).toBe(200);
    const late = await act(clients.approver, report.reportId, 'submit', { version: 1 });
    // Submitting a submitted report is no longer possible at all: the state answers before the version.
    expect([late.statusCode, late.json().code]).toEqual([409, 'invalid_transition']);
    expect((await act(clients.controller, report.reportId, 'return', { version: 2, reason: 'Fel.' })).statusCode).toBe(200);
    const stale = await act(clients.approver, report.reportId, 'submit', { version: 2 });
    expect([stale.statusCode, stale.json().code, stale.json().message]).toEqual([
      409, 'conflict', `Någon annan (${names.controller}) återsände rapporten 12:03. Ladda om rapporten och försök igen.`,
    ]);
    expect(stale.json().details).toMatchObject({ field: 'version', currentVersion: 3, savedBy: names.controller });
  });

  it('writes nothing when a transition fails inside its transaction', async () => {
    const report = await aReport();
    const id = report.reportId;
    expect((await act(clients.approver, id, 'submit', { version: 1 })).statusCode).toBe(200);

    // The section id is checked after the move, inside the transaction: the move is undone with it.
    const bad = await act(clients.controller, id, 'return', { version: 2, reason: 'Fel.', sectionReasons: [{ sectionId: 999_999, reason: 'x' }] });

    expect([bad.statusCode, bad.json().details.field]).toEqual([400, 'sectionReasons.0.sectionId']);
    expect(await reports.getMeta(database().db, id)).toMatchObject({ state: 'submitted', version: 2 });
    expect(await comments.listForReport(database().db, id)).toEqual([]);
    expect((await auditEvents.listForReport(database().db, id)).map((e) => e.action)).toEqual(['report.submit']);
  });

  it('lists reports by round and state in the summary shape', async () => {
    const report = await aReport();
    const res = await clients.controller.get(`/api/reports?roundId=${report.roundId}&state=draft`);
    expect(res.statusCode).toBe(200);
    const listed = res.json().reports;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r: { roundId: number; state: string }) => r.roundId === report.roundId && r.state === 'draft')).toBe(true);
    expect(listed.find((r: { id: number }) => r.id === report.reportId)).toMatchObject({
      committeeId, stateName: 'Utkast', round: { year: report.year, kind: 'T1', kindName: 'Tertialrapport 1', deadline: `${report.year}-09-15` },
      projectCount: 2, totalOre: 21_400_000,
    });
    expect((await clients.reporter.get('/api/reports?state=bogus')).statusCode).toBe(400);
    expect((await clients.reader.get(`/api/reports?roundId=${report.roundId}&state=draft`)).json().reports).toEqual([]);
  });
});
