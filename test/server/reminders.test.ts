// "Påminn" on the round overview, through the API on both engines: the controller reminds one late
// committee or every one not handed in, in their own words; the committee's reporters and approvers
// are told in the app and by e-mail as each has chosen, with an audit event in the same transaction.
// A committee that has handed in, an empty message, another round's committee or a round that is not
// open are refused with a Swedish message and nothing written.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rounds, type Database } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { createUser, signIn, type Client, startTestServer } from '../support/server.js';
import { storedState } from '../support/stored-state.js';
import { aRoundReport } from './report-fixtures.js';

const PROJECTS = [{ number: 1, name: 'Lärandecenter' }];
const NOW = new Date('2014-09-20T08:00:00.000Z');
const MESSAGE = 'Påminnelse: redovisningen för omgången 2014-T2 skulle ha varit inskickad senast 2014-09-15. Skicka in den så snart som möjligt.';

interface OverviewJson { committees: { committeeName: string; status: string; late: boolean; remind: boolean }[] }

describe.each(TEST_DIALECTS)('reminding committees on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let roundId: number;
  const ids = {} as Record<'hasselby' | 'bromma' | 'kungsholmen', number>;
  const users = {} as Record<'reporterA' | 'approverA' | 'reporterB' | 'reporterC' | 'controller' | 'admin' | 'reader', { id: number; email: string; client: Client }>;

  const notificationsOf = (db: Database, who: keyof typeof users) => db.db.selectFrom('notifications')
    .select(['kind', 'title', 'body', 'link']).where('user_id', '=', users[who].id).orderBy('id').execute();
  const mailTo = async (db: Database, who: keyof typeof users) =>
    (await db.db.selectFrom('outbox').select(['subject', 'body']).where('recipient', '=', users[who].email).orderBy('id').execute());
  const remind = (who: keyof typeof users, body: object, round = roundId) => users[who].client.post(`/api/rounds/${round}/reminders`, body);

  beforeAll(async () => {
    const a = await aRoundReport(database(), { committeeName: 'Hässelby-Vällingby stadsdelsnämnd', year: 2014, kind: 'T2', projects: PROJECTS });
    const b = await aRoundReport(database(), { committeeName: 'Bromma stadsdelsnämnd', counterparty: '1701', year: 2014, kind: 'T2', projects: PROJECTS });
    const c = await aRoundReport(database(), { committeeName: 'Kungsholmens stadsdelsnämnd', counterparty: '1702', year: 2014, kind: 'T2', projects: PROJECTS, state: 'submitted' });
    roundId = a.roundId;
    Object.assign(ids, { hasselby: a.committeeId, bromma: b.committeeId, kungsholmen: c.committeeId });
    app = await startTestServer(database(), { now: () => NOW });
    const make = async (name: keyof typeof users, role: 'reporter' | 'approver' | 'controller' | 'admin' | 'reader', committeeId: number | null, fullName?: string) => {
      const user = await createUser(database(), { role, committeeId, email: `${name.toLowerCase()}@stad.example`, ...(fullName ? { name: fullName } : {}) });
      users[name] = { id: user.id, email: user.email, client: await signIn(app, user.email) };
    };
    await make('reporterA', 'reporter', a.committeeId);
    await make('approverA', 'approver', a.committeeId);
    await make('reporterB', 'reporter', b.committeeId);
    await make('reporterC', 'reporter', c.committeeId);
    await make('controller', 'controller', null, 'Karin Controller');
    await make('admin', 'admin', null);
    await make('reader', 'reader', null);
    // Hässelby's approver wants reminders in the app only.
    const chosen = await users.approverA.client.put('/api/session/notification-settings', { settings: [{ kind: 'report_reminder', email: false }] });
    expect(chosen.json().settings).toContainEqual({ kind: 'report_reminder', kindName: 'Controllern påminner om en redovisning', email: false });
  });
  afterAll(() => app?.close());

  it('offers "Påminn" on the overview for each committee not handed in, to the controller and the admin', async () => {
    for (const who of ['controller', 'admin'] as const) {
      const overview = (await users[who].client.get(`/api/rounds/${roundId}/overview`)).json<OverviewJson>();
      expect(overview.committees.map((c) => [c.committeeName, c.status, c.late, c.remind])).toEqual([
        ['Bromma stadsdelsnämnd', 'draft', true, true],
        ['Hässelby-Vällingby stadsdelsnämnd', 'draft', true, true],
        ['Kungsholmens stadsdelsnämnd', 'submitted', false, false],
      ]);
    }
  });

  it('reminds one late committee: its reporters and approvers in the app, by e-mail as each chose, with an audit event', async () => {
    const res = await remind('controller', { committeeId: ids.hasselby, message: `  ${MESSAGE}\n` });
    expect([res.statusCode, res.json()]).toEqual([200, { reminded: [{ committeeId: ids.hasselby, committeeName: 'Hässelby-Vällingby stadsdelsnämnd', notified: 2 }] }]);
    const reportA = (await database().db.selectFrom('reports').select('id').where('committee_id', '=', ids.hasselby).executeTakeFirstOrThrow()).id;
    const expected = {
      kind: 'report_reminder', title: 'Karin Controller påminner om redovisningen för Hässelby-Vällingby stadsdelsnämnd i 2014-T2', body: MESSAGE, link: `/rapporter/${reportA}`,
    };
    expect(await notificationsOf(database(), 'reporterA')).toEqual([expected]);
    expect(await notificationsOf(database(), 'approverA')).toEqual([expected]);
    expect(await mailTo(database(), 'reporterA')).toEqual([{ subject: expected.title, body: MESSAGE }]);
    expect(await mailTo(database(), 'approverA')).toEqual([]);
    for (const who of ['reporterB', 'reporterC', 'controller'] as const) expect(await notificationsOf(database(), who)).toEqual([]);
    // The reminded user sees it through the API too.
    const mine = (await users.reporterA.client.get('/api/notifications')).json<{ notifications: { kind: string; body: string }[]; unread: number }>();
    expect([mine.unread, mine.notifications[0]?.body]).toEqual([1, MESSAGE]);

    const [event] = await database().db.selectFrom('audit_events').select(['action', 'entity_type', 'entity_id', 'actor_id', 'report_id', 'after_json'])
      .where('action', '=', 'round.reminded').execute();
    expect({ ...event, after_json: JSON.parse(event?.after_json ?? 'null') }).toEqual({
      action: 'round.reminded', entity_type: 'round', entity_id: String(roundId), actor_id: users.controller.id, report_id: null,
      after_json: { round: '2014-T2', committees: [{ committeeId: ids.hasselby, committeeName: 'Hässelby-Vällingby stadsdelsnämnd', notified: 2 }], message: MESSAGE },
    });
  });

  it('"Påminn alla" reminds every committee not handed in, in one go', async () => {
    const res = await remind('admin', { message: 'Alla redovisningar behövs i dag.' });
    expect([res.statusCode, res.json().reminded.map((r: { committeeName: string; notified: number }) => [r.committeeName, r.notified])]).toEqual([200, [
      ['Bromma stadsdelsnämnd', 1], ['Hässelby-Vällingby stadsdelsnämnd', 2],
    ]]);
    expect((await notificationsOf(database(), 'reporterB')).map((n) => n.body)).toEqual(['Alla redovisningar behövs i dag.']);
    expect(await notificationsOf(database(), 'reporterA')).toHaveLength(2);
    expect(await notificationsOf(database(), 'reporterC')).toEqual([]);
  });

  it('refuses what cannot be reminded, in Swedish naming the field, and writes nothing', async () => {
    const before = await storedState(database());
    const error = async (body: object, round = roundId) => {
      const res = await remind('controller', body, round);
      return [res.statusCode, res.json()];
    };
    expect(await error({ committeeId: ids.kungsholmen, message: MESSAGE })).toEqual([409, {
      code: 'conflict', message: 'Kungsholmens stadsdelsnämnd har redan skickat in sin redovisning i Tertialrapport 2 2014.',
      details: { committeeId: ids.kungsholmen }, requestId: expect.any(String),
    }]);
    expect(await error({ committeeId: ids.hasselby, message: '  \n ' })).toEqual([400, {
      code: 'invalid_input', message: 'Skriv ett meddelande till nämnden.', details: { field: 'message' }, requestId: expect.any(String),
    }]);
    expect(await error({ committeeId: ids.hasselby, message: 'x'.repeat(5_001) })).toEqual([400, {
      code: 'invalid_input', message: 'message: Meddelandet får vara högst 5000 tecken.', details: { field: 'message' }, requestId: expect.any(String),
    }]);
    expect(await error({ committeeId: ids.hasselby })).toEqual([400, expect.objectContaining({ code: 'invalid_input', details: { field: 'message' } })]);
    expect(await error({ message: MESSAGE }, 2_147_483_647)).toEqual([404, expect.objectContaining({ code: 'not_found' })]);
    expect(await storedState(database())).toBe(before);

    const other = await aRoundReport(database(), { committeeName: 'Skarpnäcks stadsdelsnämnd', counterparty: '1710', year: 2014, kind: 'T1', projects: PROJECTS });
    await rounds.close(database().db, other.roundId);
    const closedState = await storedState(database());
    expect(await error({ committeeId: other.committeeId, message: MESSAGE })).toEqual([400, {
      code: 'invalid_input', message: `Nämnd ${other.committeeId} har ingen redovisning i omgången Tertialrapport 2 2014.`,
      details: { field: 'committeeId' }, requestId: expect.any(String),
    }]);
    expect(await error({ message: MESSAGE }, other.roundId)).toEqual([409, {
      code: 'invalid_transition', message: 'Omgången Tertialrapport 1 2014 är inte öppen: det finns inget att påminna om.',
      details: { state: 'closed' }, requestId: expect.any(String),
    }]);
    expect(await storedState(database())).toBe(closedState);
    // No "Påminn" for a closed round's committees.
    const closed = (await users.controller.client.get(`/api/rounds/${other.roundId}/overview`)).json<OverviewJson>();
    expect(closed.committees.every((c) => !c.remind)).toBe(true);
  });

  it('lets no committee user or reader remind anyone (403, before the body is read)', async () => {
    for (const who of ['reporterA', 'approverA', 'reporterC', 'reader'] as const) {
      const res = await remind(who, { committeeId: ids.hasselby, message: MESSAGE });
      expect([who, res.statusCode, res.json().message]).toEqual([who, 403, 'Bara controller och administratör får påminna nämnderna.']);
    }
  });
});
