// A report's history as people read it, and an earlier version restored, through the API on both
// engines: autosaves gathered into one entry per sitting with the combined change in full texts,
// newest first; what a restore would change; the restore itself as a save (exact content, the next
// version, one 'report.restored' event, "Återställde version N"), and who and what is refused.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { createUser, signIn, signedIn, type Client } from '../support/server.js';
import { startTestServer } from '../support/server.js';
import { storedState } from '../support/stored-state.js';
import { aRoundReport, anEntry } from './report-fixtures.js';

const START = Date.parse('2014-09-15T08:00:00.000Z');
const MINUTE = 60_000;
const SENTENCE = 'Fältassistenterna mötte unga i Hässelby gård och Vällingby centrum under kvällarna. ';
const PARAGRAPH = SENTENCE.repeat(8).trim();

interface Content { accrualPeriod: { from: string; to: string }; projects: { entries: object[]; narrative: { title: string; paragraphs: string[] } | null }[] }
interface ReportAnswer { version: number; state: string; content: Content; sections: { id: number }[] }
interface Entry {
  action: string; actionName: string; kind: string; eventCount: number; version: number | null; restorable: boolean;
  startedAt: string; occurredAt: string; ip: string | null; comment: { body: string; about: string | null } | null;
  changes: { path: string; label: string; before: unknown; after: unknown }[];
}

describe.each(TEST_DIALECTS)('history and restore on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let clock = START;
  let app: FastifyInstance;
  let reporter: Client;
  let approver: Client;
  let controller: Client;
  let admin: Client;
  let reader: Client;
  let outsider: Client;
  let reportId: number;
  /** The report's content at each version, as the API answered right after the change. */
  const versions = new Map<number, Content>();

  const read = async (who: Client = reporter) => (await who.get(`/api/reports/${reportId}`)).json<ReportAnswer>();
  const edit = async (change: (c: Content) => Content, minutes = 1) => {
    clock += minutes * MINUTE;
    const report = await read();
    const next = change(report.content);
    const res = await reporter.put(`/api/reports/${reportId}`, {
      version: report.version, accrualPeriod: next.accrualPeriod,
      sections: report.sections.map((s, p) => ({ id: s.id, entries: next.projects[p]!.entries, narrative: next.projects[p]!.narrative })),
    });
    expect(res.statusCode).toBe(200);
    const saved = res.json<ReportAnswer>();
    versions.set(saved.version, saved.content);
    return saved.version;
  };
  const paragraph = (c: Content, text: string): Content => ({
    ...c, projects: c.projects.map((p, i) => (i === 0 ? { ...p, narrative: { title: p.narrative?.title ?? '', paragraphs: [text] } } : p)),
  });
  const amount = (c: Content, amountOre: number): Content => ({
    ...c, projects: c.projects.map((p, i) => (i === 1 ? { ...p, entries: [anEntry(amountOre)] } : p)),
  });
  const history = async (who: Client = reporter) => {
    const res = await who.get(`/api/reports/${reportId}/history`);
    expect(res.statusCode).toBe(200);
    return res.json<{ entries: Entry[]; version: number; mayRestore: boolean }>();
  };
  const restore = (who: Client, body: object) => who.post(`/api/reports/${reportId}/restore`, body);

  beforeAll(async () => {
    app = await startTestServer(database(), { now: () => new Date(clock) });
    const made = await aRoundReport(database(), {
      year: 2014, kind: 'T2', projects: [{ number: 1, name: 'Fältassistenter' }, { number: 2, name: 'Lärandecenter' }],
      content: [
        { entries: [anEntry(10_700_000)], narrative: { title: 'Fältarbete', paragraphs: [PARAGRAPH] } },
        { entries: [anEntry(2_000_000)], narrative: { title: 'Lärande', paragraphs: ['Läxhjälp två kvällar i veckan.'] } },
      ],
    });
    reportId = made.reportId;
    const user = async (role: 'reporter' | 'approver', name: string) => signIn(app, (await createUser(database(), { role, committeeId: made.committeeId, name })).email);
    reporter = await user('reporter', 'Rut Rapportör');
    approver = await user('approver', 'Arne Attestant');
    controller = await signedIn(app, database(), 'controller');
    admin = await signedIn(app, database(), 'admin');
    reader = await signedIn(app, database(), 'reader');
    outsider = await signedIn(app, database(), 'reporter', (await aRoundReport(database(), { year: 2014, kind: 'T2', projects: [{ number: 1, name: 'Annat' }] })).committeeId);
    versions.set(1, (await read()).content);
  });
  afterAll(() => app?.close());

  it('gathers a sitting of autosaves into one entry with the combined change, newest first, comments apart', async () => {
    // First sitting: three autosaves a minute apart; a word changed and changed again, an amount
    // changed and changed back.
    await edit((c) => paragraph(c, PARAGRAPH.replace('Vällingby centrum', 'Vällingby torg')));
    await edit((c) => amount(c, 2_100_000));
    await edit((c) => amount(paragraph(c, PARAGRAPH.replace('Vällingby centrum', 'Råcksta torg')), 2_000_000));
    clock += MINUTE;
    expect((await approver.post(`/api/reports/${reportId}/comments`, { body: 'Stämmer beloppet för Lärandecenter?', sectionId: (await read()).sections[1]!.id })).statusCode).toBe(201);
    // Second sitting, 20 minutes later.
    await edit((c) => amount(c, 1_950_000), 20);
    await edit((c) => ({ ...c, accrualPeriod: { ...c.accrualPeriod, to: '2014-08-30' } }), 14);

    const { entries, version, mayRestore } = await history();
    expect([version, mayRestore]).toEqual([6, true]);
    expect(entries.map((e) => [e.action, e.kind, e.eventCount, e.version, e.restorable])).toEqual([
      ['report.saved', 'edit', 2, 6, false],
      ['report.commented', 'comment', 1, null, false],
      ['report.saved', 'edit', 3, 4, true],
    ]);
    const [second, comment, first] = entries as [Entry, Entry, Entry];
    expect([second.startedAt, second.occurredAt]).toEqual([new Date(START + 24 * MINUTE).toISOString(), new Date(START + 38 * MINUTE).toISOString()]);
    expect(comment).toMatchObject({ actionName: 'Kommenterade', actorLabel: 'Arne Attestant', comment: { body: 'Stämmer beloppet för Lärandecenter?', about: 'Projekt 2 Lärandecenter' } });
    // The paragraph's first before and last after, whole (the trail keeps only the changed words);
    // the amount changed back is not a change.
    expect(first.changes).toEqual([{
      path: 'projects.0.narrative.paragraphs.0', label: 'Projekt 1 Fältassistenter, delredovisningens stycke 1',
      before: PARAGRAPH, after: PARAGRAPH.replace('Vällingby centrum', 'Råcksta torg'),
    }]);
    expect(second.changes.map((c) => [c.path, c.before, c.after])).toEqual([
      ['accrualPeriod.to', '2014-08-31', '2014-08-30'],
      ['projects.1.entries.0.amountOre', 2_000_000, 1_950_000],
    ]);
    // The central office sees addresses, the committee does not; only the committee may restore.
    const office = await history(controller);
    expect([office.mayRestore, office.entries.map((e) => e.ip)]).toEqual([false, ['127.0.0.1', '127.0.0.1', '127.0.0.1']]);
    expect(entries.map((e) => e.ip)).toEqual([null, null, null]);
  });

  it('says what restoring a version would change: each field now, and then', async () => {
    const res = await reporter.get(`/api/reports/${reportId}/versions/2`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      version: 2, currentVersion: 6, changes: [
        { path: 'accrualPeriod.to', label: 'Periodisering tom', before: '2014-08-30', after: '2014-08-31' },
        {
          path: 'projects.0.narrative.paragraphs.0', label: 'Projekt 1 Fältassistenter, delredovisningens stycke 1',
          before: PARAGRAPH.replace('Vällingby centrum', 'Råcksta torg'), after: PARAGRAPH.replace('Vällingby centrum', 'Vällingby torg'),
        },
        { path: 'projects.1.entries.0.amountOre', label: 'Projekt 2 Lärandecenter, rad 1, belopp', before: 1_950_000, after: 2_000_000 },
      ],
    });
    expect((await controller.get(`/api/reports/${reportId}/versions/1`)).json().changes).toHaveLength(3);
    const missing = await reporter.get(`/api/reports/${reportId}/versions/7`);
    expect([missing.statusCode, missing.json().code, missing.json().details.field]).toEqual([400, 'invalid_input', 'restoreVersion']);
  });

  it('refuses a restore to whoever may not edit the report, from an old version, of a version not there or the same as now — writing nothing', async () => {
    const before = await storedState(database());
    const refusals: [string, Client, object, number, string][] = [
      ['controller', controller, { version: 6, restoreVersion: 2 }, 403, 'forbidden'],
      ['admin', admin, { version: 6, restoreVersion: 2 }, 403, 'forbidden'],
      ['reader (a draft does not exist for a reader)', reader, { version: 6, restoreVersion: 2 }, 404, 'not_found'],
      ['other committee', outsider, { version: 6, restoreVersion: 2 }, 404, 'not_found'],
      ['from an old version', reporter, { version: 5, restoreVersion: 2 }, 409, 'conflict'],
      ['a version the report never had', reporter, { version: 6, restoreVersion: 9 }, 400, 'invalid_input'],
      ['the version it is now', reporter, { version: 6, restoreVersion: 6 }, 409, 'conflict'],
      ['no version named', reporter, { version: 6 }, 400, 'invalid_input'],
    ];
    for (const [who, client, body, status, code] of refusals) {
      const res = await restore(client, body);
      expect([who, res.statusCode, res.json().code]).toEqual([who, status, code]);
    }
    const same = await restore(reporter, { version: 6, restoreVersion: 6 });
    expect(same.json()).toMatchObject({ message: 'Version 6 har samma innehåll som redovisningen har nu: det finns inget att återställa.', requestId: expect.any(String) });
    const stale = await restore(reporter, { version: 5, restoreVersion: 2 });
    expect(stale.json().message).toMatch(/^Du sparade rapporten .* i ett annat fönster\. Ladda om rapporten och försök igen\.$/u);
    expect(await storedState(database())).toBe(before);
  });

  it('restores an earlier version as a new save: the exact content, the next version, one audit event', async () => {
    clock += 2 * MINUTE;
    const res = await restore(approver, { version: 6, restoreVersion: 2 });
    expect(res.statusCode).toBe(200);
    const restored = res.json<ReportAnswer>();
    expect(restored.version).toBe(7);
    expect(restored.content).toEqual(versions.get(2));
    expect((await read()).content).toEqual(versions.get(2));

    const event = (await auditEvents.listForReport(database().db, reportId)).at(-1);
    expect(event).toMatchObject({
      action: 'report.restored', actorLabel: 'Arne Attestant', occurredAt: new Date(clock).toISOString(),
      after: expect.objectContaining({ restoredVersion: 2, 'accrualPeriod.to': '2014-08-31', 'projects.1.entries.0.amountOre': 2_000_000 }),
    });
    const { entries } = await history();
    expect(entries[0]).toMatchObject({ action: 'report.restored', actionName: 'Återställde version 2', kind: 'edit', version: 7, restorable: false, eventCount: 1 });
    expect(entries[0]!.changes.map((c) => c.path)).toEqual(['accrualPeriod.to', 'projects.0.narrative.paragraphs.0', 'projects.1.entries.0.amountOre']);
    // The version restored from is now the report's, and the one before the restore can be restored in its turn.
    expect(entries.map((e) => [e.version, e.restorable])).toEqual([[7, false], [6, true], [null, false], [4, true]]);
  });

  it('refuses to restore into a submitted or approved report, and lets a returned one be restored', async () => {
    clock += MINUTE;
    const submitted = await approver.post(`/api/reports/${reportId}/submit`, { version: 7 });
    expect(submitted.statusCode).toBe(200);
    const before = await storedState(database());
    const refused = await restore(reporter, { version: 8, restoreVersion: 6 });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'invalid_transition']);
    expect((await history()).mayRestore).toBe(false);
    expect((await controller.post(`/api/reports/${reportId}/approve`, { version: 8 })).statusCode).toBe(200);
    for (const [who, client, status] of [['reporter', reporter, 409], ['reader', reader, 403], ['other committee', outsider, 404]] as const) {
      expect([who, (await restore(client, { version: 9, restoreVersion: 6 })).statusCode]).toEqual([who, status]);
    }
    expect((await controller.post(`/api/reports/${reportId}/reopen`, { version: 9, reason: 'Beloppet ska vara 19 500 kr.' })).statusCode).toBe(200);
    expect(await storedState(database())).not.toBe(before);

    // Reopened: the committee may restore again, here the second sitting's version.
    const back = await restore(reporter, { version: 10, restoreVersion: 6 });
    expect(back.statusCode).toBe(200);
    expect(back.json<ReportAnswer>().content).toEqual(versions.get(6));
  });
});
