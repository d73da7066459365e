// Notifications and e-mail through the whole path: a change through the API, the notification in
// the same transaction, the outbox, and the sender over a real SMTP server started here.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorContext } from '../../src/app/context.js';
import { deliverDue, smtpMailer } from '../../src/app/notifications/deliver.js';
import { createCommittee } from '../../src/app/setup/create-committee.js';
import { createProgramme } from '../../src/app/setup/create-programme.js';
import { createProject } from '../../src/app/setup/create-project.js';
import type { Database } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { createUser, signIn, startTestServer, type Client } from '../support/server.js';
import { bodyOf, headerOf, startSmtp, type TestSmtp } from '../support/smtp.js';

const PUBLIC_URL = 'https://redovisa.stad.example';

interface NotificationJson { id: number; kind: string; reportId: number | null; title: string; body: string; link: string; readAt: string | null }
interface OutboxJson { messages: { id: number; recipient: string; subject: string; state: string; attempts: number; lastError: string | null; nextAttemptAt: string | null }[]; counts: Record<string, number> }

async function outboxRows(database: Database) {
  return database.db.selectFrom('outbox').select(['id', 'recipient', 'subject', 'state', 'attempts']).orderBy('id').execute();
}

describe.each(TEST_DIALECTS)('notifications and e-mail on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let smtp: TestSmtp;
  let clock = new Date('2014-04-01T08:00:00.000Z');
  const now = () => clock;
  const users = {} as Record<'reporter' | 'approver' | 'otherReporter' | 'controller' | 'admin', { id: number; email: string; client: Client }>;
  let committeeA: number;

  const deliver = (url: string) => {
    const mailer = smtpMailer(url, 'Redovisa <redovisa@stad.example>');
    return deliverDue(database(), { send: mailer.send, publicUrl: PUBLIC_URL, now }).finally(() => mailer.close());
  };
  const notificationsOf = async (who: keyof typeof users) =>
    (await users[who].client.get('/api/notifications')).json<{ notifications: NotificationJson[]; unread: number }>();

  beforeAll(async () => {
    const ctx = operatorContext(database(), 'test');
    committeeA = (await createCommittee(ctx, { name: 'Hässelby-Vällingby stadsdelsnämnd', counterpartyNumber: '1704' })).id;
    const committeeB = (await createCommittee(ctx, { name: 'Bromma stadsdelsnämnd', counterpartyNumber: '1701' })).id;
    const programmeId = (await createProgramme(ctx, { name: 'Ytterstadssatsningen', ikb: '1771', defaultAccount: '3699' })).id;
    await createProject(ctx, { committeeId: committeeA, programmeId, name: 'Lärandecenter', number: 1, activeFromYear: 2014, activeToYear: null });
    app = await startTestServer(database(), { now });
    const make = async (name: keyof typeof users, role: 'reporter' | 'approver' | 'controller' | 'admin', committeeId: number | null) => {
      const user = await createUser(database(), { role, committeeId, email: `${name.toLowerCase()}@stad.example` });
      users[name] = { id: user.id, email: user.email, client: await signIn(app, user.email) };
    };
    await make('reporter', 'reporter', committeeA);
    await make('approver', 'approver', committeeA);
    await make('otherReporter', 'reporter', committeeB);
    await make('controller', 'controller', null);
    await make('admin', 'admin', null);
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('opens a round: the committees\' users are notified in the app and by e-mail, in Swedish, with a link to their report', async () => {
    // The other committee's reporter wants round openings in the app only.
    const chosen = await users.otherReporter.client.put('/api/session/notification-settings', { settings: [{ kind: 'round_opened', email: false }] });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().settings).toContainEqual({ kind: 'round_opened', kindName: 'En omgång öppnas', email: false });

    const round = (await users.controller.client.post('/api/rounds', { year: 2014, kind: 'T1', deadline: '2014-05-15' })).json<{ id: number }>();
    expect((await users.controller.client.post(`/api/rounds/${round.id}/open`)).statusCode).toBe(200);
    const reportA = (await database().db.selectFrom('reports').select('id').where('committee_id', '=', committeeA).executeTakeFirstOrThrow()).id;

    const mine = await notificationsOf('reporter');
    expect(mine.unread).toBe(1);
    expect(mine.notifications).toEqual([expect.objectContaining({
      kind: 'round_opened', reportId: reportA, title: 'Omgången 2014-T1 är öppen', link: `/rapporter/${reportA}`, readAt: null,
      body: 'Hässelby-Vällingby stadsdelsnämnd kan nu redovisa i omgången 2014-T1. Redovisningen ska vara inskickad senast 2014-05-15.',
    })]);
    expect((await notificationsOf('approver')).unread).toBe(1);
    expect((await notificationsOf('otherReporter')).notifications[0]?.body).toContain('Bromma stadsdelsnämnd');
    // The controller opened it, and the admin has no committee: neither is told.
    expect((await notificationsOf('controller')).notifications).toEqual([]);
    expect((await notificationsOf('admin')).notifications).toEqual([]);

    // Without a sender the e-mails wait in the outbox, which the admin reads.
    const waiting = (await users.admin.client.get('/api/outbox')).json<OutboxJson>();
    expect(waiting.counts).toEqual({ pending: 2, sent: 0, failed: 0 });
    expect(waiting.messages.map((m) => m.recipient).sort()).toEqual([users.approver.email, users.reporter.email].sort());

    expect(await deliver(smtp.url)).toEqual({ sent: 2, failed: 0 });
    expect(smtp.received.map((m) => m.to).flat().sort()).toEqual([users.approver.email, users.reporter.email].sort());
    const mail = smtp.received.find((m) => m.to.includes(users.reporter.email))!;
    expect(headerOf(mail.raw, 'subject')).toBe('Omgången 2014-T1 är öppen');
    expect(mail.from).toBe('redovisa@stad.example');
    const text = bodyOf(mail.raw);
    expect(text).toContain('Redovisningen ska vara inskickad senast 2014-05-15.');
    expect(text).toContain(`Öppna i Redovisa: ${PUBLIC_URL}/rapporter/${reportA}`);
    expect((await outboxRows(database())).map((r) => [r.state, r.attempts])).toEqual([['sent', 1], ['sent', 1]]);
    // Sent once: another run finds nothing due.
    expect(await deliver(smtp.url)).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('marks one’s own notifications read, and another’s is as missing as none', async () => {
    const [first] = (await notificationsOf('reporter')).notifications;
    const read = await users.reporter.client.post(`/api/notifications/${first!.id}/read`);
    expect([read.statusCode, read.json()]).toEqual([200, { unread: 0 }]);
    expect((await notificationsOf('reporter')).notifications[0]?.readAt).toBe(clock.toISOString());
    const stranger = await users.approver.client.post(`/api/notifications/${first!.id}/read`);
    const missing = await users.approver.client.post('/api/notifications/2147483647/read');
    expect([stranger.statusCode, stranger.json().code]).toEqual([404, 'not_found']);
    expect(stranger.json().message).toBe(`Aviseringen ${first!.id} finns inte.`);
    expect(missing.statusCode).toBe(404);
    expect((await notificationsOf('approver')).unread).toBe(1);
    expect((await users.approver.client.post('/api/notifications/read-all')).json()).toEqual({ unread: 0 });
    expect((await notificationsOf('approver')).unread).toBe(0);
  });

  it('tells the controllers of a submission and the committee of a return, never the one who acted', async () => {
    const report = (await database().db.selectFrom('reports').select(['id', 'version']).where('committee_id', '=', committeeA).executeTakeFirstOrThrow());
    const submitted = await users.approver.client.post(`/api/reports/${report.id}/submit`, { version: report.version });
    expect(submitted.statusCode).toBe(200);
    const toController = (await notificationsOf('controller')).notifications;
    expect(toController.map((n) => [n.kind, n.title])).toEqual([['report_submitted', 'Redovisningen för Hässelby-Vällingby stadsdelsnämnd i 2014-T1 är inskickad']]);
    expect((await notificationsOf('approver')).unread).toBe(0);

    const returned = await users.controller.client.post(`/api/reports/${report.id}/return`, { version: submitted.json<{ version: number }>().version, reason: 'Komplettera med underlag.' });
    expect(returned.statusCode).toBe(200);
    for (const who of ['reporter', 'approver'] as const) {
      const [newest] = (await notificationsOf(who)).notifications;
      expect([newest?.kind, newest?.body]).toEqual(['report_returned',
        'Redovisningen för Hässelby-Vällingby stadsdelsnämnd i 2014-T1 har skickats tillbaka för komplettering. Skäl: Komplettera med underlag.']);
    }
    expect((await notificationsOf('controller')).notifications).toHaveLength(1);
    expect((await notificationsOf('otherReporter')).notifications).toHaveLength(1);
  });

  it('keeps a message a mail server refuses as failed, visible to the admin, and sends it on a later try', async () => {
    const before = (await outboxRows(database())).filter((r) => r.state === 'pending');
    expect(before.length).toBe(3); // the submission to the controller, the return to the committee's two users
    const refusing = await startSmtp({ refuse: true });
    try {
      expect(await deliver(refusing.url)).toEqual({ sent: 0, failed: 3 });
    } finally {
      await refusing.close();
    }
    const outbox = (await users.admin.client.get('/api/outbox')).json<OutboxJson>();
    expect(outbox.counts).toEqual({ pending: 0, sent: 2, failed: 3 });
    const failed = outbox.messages.filter((m) => m.state === 'failed');
    expect(failed.map((m) => m.attempts)).toEqual([1, 1, 1]);
    for (const m of failed) {
      expect(m.lastError).toContain('Mottagaren finns inte här');
      expect(m.nextAttemptAt).toBe(new Date(clock.getTime() + 60_000).toISOString());
    }
    // Not due yet: nothing is tried.
    expect(await deliver(smtp.url)).toEqual({ sent: 0, failed: 0 });
    clock = new Date(clock.getTime() + 61_000);
    expect(await deliver(smtp.url)).toEqual({ sent: 3, failed: 0 });
    expect((await outboxRows(database())).map((r) => r.state)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
    expect(smtp.received.map((m) => headerOf(m.raw, 'subject'))).toContain('Redovisningen för Hässelby-Vällingby stadsdelsnämnd i 2014-T1 har skickats tillbaka');
  });

  it('refuses settings that are not a choice, naming the field', async () => {
    const res = await users.reporter.client.put('/api/session/notification-settings', { settings: [{ kind: 'round_opened', email: 'ja' }] });
    expect([res.statusCode, res.json().code]).toEqual([400, 'invalid_input']);
    expect(res.json().message).toContain('email ska vara true (även e-post) eller false (bara i appen).');
  });
});
