// Accounts without passwords passed around: an admin invites by e-mail, a user who forgot the password
// asks for a link, and the one-time link (its token made as the e-mail leaves, stored only as a
// SHA-256) sets the password once, for 72 hours. Through the API on both engines, with the e-mail sent
// through a real SMTP server started here and the link followed from what arrived.
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue, smtpMailer } from '../../src/app/notifications/deliver.js';
import { auditEvents, committees, users } from '../../src/db/index.js';
import { buildServer } from '../../src/server/app.js';
import { RESET_ANSWER_AFTER_MS } from '../../src/server/routes/password-links.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { createUser, signIn, TEST_PASSWORD } from '../support/server.js';
import { bodyOf, headerOf, startSmtp, type TestSmtp } from '../support/smtp.js';

const PUBLIC_URL = 'https://redovisa.stad.example';
const LINK = /^https:\/\/redovisa\.stad\.example\/konto\/losenord#([A-Za-z0-9_-]{43})$/mu;
const NEW_PASSWORD = 'blåbär cykelställ regnrock tofflor';
const HOUR = 60 * 60 * 1000;
const ASK_AGAIN = 'Be om en ny länk under ”Glömt lösenordet?” på inloggningssidan.';
const SAME_ANSWER = { message: 'Om adressen finns hos oss har vi skickat en länk till den. Med länken väljer du ett nytt lösenord; den gäller i 72 timmar.' };

describe.each(TEST_DIALECTS)('password links on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let smtp: TestSmtp;
  /** The admin, signed in anew: the clock jumps by days, past any session's end. */
  const admin = {
    post: async (url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
      (await signIn(app, 'ada.admin@stad.example')).post(url, payload),
    patch: async (url: string, payload: unknown): Promise<LightMyRequestResponse> =>
      (await signIn(app, 'ada.admin@stad.example')).patch(url, payload),
  };
  let committeeId: number;
  let clock = new Date('2015-01-12T08:00:00.000Z');
  let log = '';
  let emails = 0;
  const tokens: string[] = [];

  const deliver = () => {
    const mailer = smtpMailer(smtp.url, 'Redovisa <redovisa@stad.example>');
    return deliverDue(database(), { send: mailer.send, publicUrl: PUBLIC_URL, now: () => clock }).finally(() => mailer.close());
  };
  /** The newest e-mail that reached the address, and the token of its link. */
  const mailTo = (email: string) => {
    const mail = smtp.received.filter((m) => m.to.includes(email)).at(-1);
    if (!mail) throw new Error(`Inget e-postmeddelande till ${email}.`);
    const text = bodyOf(mail.raw).trimEnd();
    const token = LINK.exec(text)?.[1];
    if (!token) throw new Error(`Ingen länk i meddelandet:\n${text}`);
    tokens.push(token);
    return { subject: headerOf(mail.raw, 'subject'), text, token };
  };
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
  const lookUp = (token: string) => post('/api/password-link', { token });
  const use = (token: string, password = NEW_PASSWORD) => post('/api/password-link/use', { token, password });
  const askReset = (email: string) => post('/api/password-resets', { email });
  const newUser = async (name = 'Eva Ek') => createUser(database(), { role: 'reporter', committeeId, name, email: `eva.ek.${++emails}@stad.example` });
  const refusal = (status: number, reason: string, message: string) => [status, {
    code: status === 404 ? 'not_found' : 'conflict', message, details: { field: 'token', reason }, requestId: expect.any(String),
  }];
  const answer = (res: { statusCode: number; json: () => unknown }) => [res.statusCode, res.json()];
  const outboxTo = (email: string) => database().db.selectFrom('outbox').selectAll().where('recipient', '=', email).orderBy('id').execute();

  beforeAll(async () => {
    const stream = new Writable({ write(chunk: Buffer, _encoding, done) { log += chunk.toString('utf8'); done(); } });
    app = await buildServer({ database: database(), webRoot: null, now: () => clock, logger: { level: 'info', stream } });
    await app.ready();
    committeeId = (await committees.create(database().db, { name: 'Rinkeby-Kista stadsdelsnämnd', counterpartyNumber: '1718' })).id;
    await createUser(database(), { role: 'admin', name: 'Ada Admin', email: 'ada.admin@stad.example' });
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('invites a user by e-mail: the link from the e-mail sent over SMTP sets the password once, and the user signs in with it', async () => {
    const email = 'nora.nilsson@stad.example';
    const created = await admin.post('/api/users', { email, name: 'Nora Nilsson', role: 'reporter', committeeId, invite: true });
    expect(created.statusCode).toBe(201);
    const userId = created.json<{ id: number }>().id;

    // Waiting in the outbox: the e-mail, and a link with no token yet.
    const [queued] = await outboxTo(email);
    expect(queued).toMatchObject({ subject: 'Välkommen till Redovisa: välj ditt lösenord', link: '/konto/losenord', state: 'pending' });
    const [waiting] = await database().db.selectFrom('password_links').selectAll().where('user_id', '=', userId).execute();
    expect(waiting).toMatchObject({ purpose: 'invitation', token_hash: null, expires_at: null, used_at: null });

    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
    const mail = mailTo(email);
    expect(mail.subject).toBe('Välkommen till Redovisa: välj ditt lösenord');
    expect(mail.text).toBe([
      'Hej Nora Nilsson!',
      '',
      'Ada Admin har lagt upp ett konto åt dig i Redovisa. Du loggar in med din e-postadress, nora.nilsson@stad.example, och ett lösenord som du väljer själv med länken nedan.',
      'Länken gäller i 72 timmar och kan bara användas en gång. Har den gått ut kan du be om en ny på inloggningssidan under ”Glömt lösenordet?”.',
      '',
      `${PUBLIC_URL}/konto/losenord#${mail.token}`,
      '',
      'Du får det här meddelandet från Redovisa.',
    ].join('\n'));

    // Stored only as its SHA-256; nothing else in the database holds it.
    const [issued] = await database().db.selectFrom('password_links').selectAll().where('user_id', '=', userId).execute();
    expect(issued?.token_hash).toBe(createHash('sha256').update(mail.token).digest('hex'));
    for (const table of ['outbox', 'audit_events', 'password_links', 'users'] as const) {
      const rows = await database().db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows), table).not.toContain(mail.token);
    }

    expect(answer(await lookUp(mail.token))).toEqual([200, {
      email, name: 'Nora Nilsson', purpose: 'invitation', expiresAt: new Date(clock.getTime() + 72 * HOUR).toISOString(),
    }]);
    // Nobody knows the password an invited account has until then.
    expect((await post('/api/session', { email, password: TEST_PASSWORD })).statusCode).toBe(401);

    // A weak password is refused at its field, and the link still opens.
    const weak = await use(mail.token, 'nora.nilsson@stad.example');
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'invalid_input', details: { field: 'password' } });
    expect((await lookUp(mail.token)).statusCode).toBe(200);

    expect((await use(mail.token)).statusCode).toBe(204);
    const nora = await signIn(app, email, NEW_PASSWORD);
    expect((await nora.get('/api/session')).json()).toMatchObject({ user: { id: userId, name: 'Nora Nilsson', role: 'reporter' } });

    // Used up: a second use is refused, whatever the password, and the password stays.
    expect(answer(await use(mail.token, 'en helt annan lösenfras här'))).toEqual(refusal(409, 'used', `Länken har redan använts: varje länk fungerar en gång. ${ASK_AGAIN}`));
    expect(answer(await lookUp(mail.token))).toEqual(refusal(409, 'used', `Länken har redan använts: varje länk fungerar en gång. ${ASK_AGAIN}`));
    expect((await post('/api/session', { email, password: NEW_PASSWORD })).statusCode).toBe(200);

    const events = await auditEvents.listForEntity(database().db, 'user', userId);
    expect(events.map((e) => [e.action, e.actorLabel])).toEqual([
      ['user.created', 'Ada Admin'], ['user.invitation_sent', 'Ada Admin'], ['user.password_set_by_link', 'Nora Nilsson'],
      ['user.signed_in', 'Nora Nilsson'], ['user.signed_in', 'Nora Nilsson'],
    ]);
    expect(events[2]).toMatchObject({ actorId: userId, ip: '127.0.0.1', after: { passwordChanged: true, purpose: 'invitation' } });
  });

  it('creates a user with a password or an invitation, never neither nor both', async () => {
    const base = { name: 'Pia Persson', role: 'reader' };
    const neither = await admin.post('/api/users', { ...base, email: 'pia.1@stad.example' });
    expect(answer(neither)).toEqual([400, {
      code: 'invalid_input', message: 'Ange ett lösenord, eller skicka en inbjudan så att användaren väljer sitt lösenord själv.',
      details: { field: 'password' }, requestId: expect.any(String),
    }]);
    const both = await admin.post('/api/users', { ...base, email: 'pia.2@stad.example', invite: true, password: NEW_PASSWORD });
    expect(answer(both)).toEqual([400, {
      code: 'invalid_input', message: 'Skicka en inbjudan eller ange ett lösenord, inte båda.', details: { field: 'password' }, requestId: expect.any(String),
    }]);
    expect(await database().db.selectFrom('users').select('id').where('email', 'like', 'pia.%').execute()).toEqual([]);
  });

  it('answers a forgotten password alike for a known, an unknown and an inactive address, and sends only to the known', async () => {
    const known = await newUser();
    const inactive = await newUser('Ivar Inaktiv');
    await users.update(database().db, inactive.id, { active: false });
    const before = (await database().db.selectFrom('outbox').select('id').execute()).length;

    const answers = [];
    const took: number[] = [];
    for (const email of [known.email, 'ingen.alls@stad.example', inactive.email, ` ${known.email.toUpperCase()} `]) {
      const started = performance.now();
      const res = await askReset(email);
      took.push(performance.now() - started);
      answers.push([res.statusCode, { ...res.json<object>(), requestId: undefined }]);
    }
    expect(answers).toEqual(Array(4).fill([202, { ...SAME_ANSWER, requestId: undefined }]));
    // Nor does the time: every answer waits until the same moment after the request, known address or not.
    expect(took.filter((ms) => ms < RESET_ANSWER_AFTER_MS - 1)).toEqual([]);
    const sent = await database().db.selectFrom('outbox').select(['recipient', 'subject']).where('id', '>', before).execute();
    expect(sent).toEqual([
      { recipient: known.email, subject: 'Välj ett nytt lösenord i Redovisa' }, { recipient: known.email, subject: 'Välj ett nytt lösenord i Redovisa' },
    ]);
    const events = await auditEvents.listForEntity(database().db, 'user', known.id);
    expect(events.map((e) => [e.action, e.actorId, e.ip])).toEqual([['user.password_reset_requested', null, '127.0.0.1'], ['user.password_reset_requested', null, '127.0.0.1']]);

    // Only what is not an address at all is refused, naming the field.
    const malformed = await askReset('inte en adress');
    expect([malformed.statusCode, malformed.json()]).toMatchObject([400, { code: 'invalid_input', details: { field: 'email' } }]);
    // The second request replaced the first's link: one e-mail goes.
    expect(await deliver()).toEqual({ sent: 1, failed: 1 });
  });

  it('expires a link 72 hours after its e-mail was sent, to the millisecond', async () => {
    const user = await newUser();
    expect((await askReset(user.email)).statusCode).toBe(202);
    const sentAt = new Date(clock.getTime() + 5 * 60 * 1000);
    clock = sentAt;
    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
    const { token, text } = mailTo(user.email);
    expect(text).toContain('Någon har bett om en länk för att välja ett nytt lösenord till ditt konto i Redovisa');

    clock = new Date(sentAt.getTime() + 72 * HOUR - 1);
    expect(answer(await lookUp(token))).toEqual([200, { email: user.email, name: 'Eva Ek', purpose: 'reset', expiresAt: new Date(sentAt.getTime() + 72 * HOUR).toISOString() }]);
    clock = new Date(sentAt.getTime() + 72 * HOUR);
    const expired = refusal(409, 'expired', `Länken har gått ut: den gällde i 72 timmar. ${ASK_AGAIN}`);
    expect(answer(await lookUp(token))).toEqual(expired);
    expect(answer(await use(token))).toEqual(expired);
    // Nothing changed: the old password still signs in, the new one does not.
    expect((await post('/api/session', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(401);
    expect((await post('/api/session', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('lets only the newest link open: an earlier one is replaced, and an e-mail not yet sent for it is not sent', async () => {
    const user = await newUser();
    expect((await askReset(user.email)).statusCode).toBe(202);
    expect((await askReset(user.email)).statusCode).toBe(202);
    // The first e-mail never goes: the second replaced its link before it was sent.
    expect(await deliver()).toEqual({ sent: 1, failed: 1 });
    const [first, second] = await outboxTo(user.email);
    expect(first).toMatchObject({ state: 'failed', next_attempt_at: null, last_error: 'Skickades inte: en nyare länk till samma användare har ersatt den här, eller så har den redan använts.' });
    expect(second).toMatchObject({ state: 'sent' });
    const older = mailTo(user.email).token;

    // An admin's invitation replaces the reset link too.
    expect(answer(await admin.post(`/api/users/${user.id}/invitation`))).toEqual([202, expect.objectContaining({ id: user.id, email: user.email })]);
    expect(await deliver()).toEqual({ sent: 1, failed: 0 });
    const newer = mailTo(user.email);
    expect(newer.subject).toBe('Välkommen till Redovisa: välj ditt lösenord');

    expect(answer(await use(older))).toEqual(refusal(409, 'replaced', `Länken har ersatts av en nyare: använd länken i det senaste e-postmeddelandet. ${ASK_AGAIN}`));
    expect(answer(await lookUp('x'.repeat(43)))).toEqual(refusal(404, 'unknown', `Länken finns inte. Kontrollera att hela länken från e-postmeddelandet kom med. ${ASK_AGAIN}`));
    expect((await use(newer.token)).statusCode).toBe(204);
    expect((await auditEvents.listForEntity(database().db, 'user', user.id)).map((e) => e.action)).toEqual([
      'user.password_reset_requested', 'user.password_reset_requested', 'user.invitation_sent', 'user.password_set_by_link',
    ]);
  });

  it('lets no earlier link open once an admin sets the password', async () => {
    const user = await newUser();
    await askReset(user.email);
    await deliver();
    const { token } = mailTo(user.email);
    expect((await admin.patch(`/api/users/${user.id}`, { password: NEW_PASSWORD })).statusCode).toBe(200);
    expect(answer(await use(token, 'en annan lång lösenfras med ord'))).toEqual(
      refusal(409, 'replaced', `Länken har ersatts av en nyare: använd länken i det senaste e-postmeddelandet. ${ASK_AGAIN}`),
    );
    expect((await post('/api/session', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('ends every session of the user and forgets their failed sign-ins when the password is set', async () => {
    const user = await newUser();
    const session = await signIn(app, user.email);
    for (let i = 0; i < 6; i++) await post('/api/session', { email: user.email, password: 'fel lösenord igen' });
    expect((await post('/api/session', { email: user.email, password: TEST_PASSWORD })).statusCode).toBe(429);

    await askReset(user.email);
    await deliver();
    expect((await use(mailTo(user.email).token)).statusCode).toBe(204);
    expect((await session.get('/api/session')).statusCode).toBe(401);
    expect((await post('/api/session', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('sends at most three reset e-mails an hour to one address, answering every request the same', async () => {
    const user = await newUser();
    const start = clock;
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await askReset(user.email)).json<object>());
    expect(statuses.map((s) => ({ ...s, requestId: undefined }))).toEqual(Array(5).fill({ ...SAME_ANSWER, requestId: undefined }));
    expect(await outboxTo(user.email)).toHaveLength(3);
    clock = new Date(start.getTime() + HOUR + 1);
    await askReset(user.email);
    expect(await outboxTo(user.email)).toHaveLength(4);
  });

  it('lets one of two uses of a link at once set the password, and refuses the other', async () => {
    const user = await newUser();
    await askReset(user.email);
    await deliver();
    const { token } = mailTo(user.email);
    const results = await Promise.all([use(token, NEW_PASSWORD), use(token, 'en annan lång lösenfras med ord')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([204, 409]);
    expect((await auditEvents.listForEntity(database().db, 'user', user.id)).filter((e) => e.action === 'user.password_set_by_link')).toHaveLength(1);
  });

  it('invites again only an active user, and only as an admin', async () => {
    const user = await newUser('Vera Vilande');
    await users.update(database().db, user.id, { active: false });
    expect(answer(await admin.post(`/api/users/${user.id}/invitation`))).toEqual([409, {
      code: 'conflict', message: 'Vera Vilande är inaktiv och kan inte bjudas in; gör kontot aktivt först.', details: { field: 'active' }, requestId: expect.any(String),
    }]);
    for (const role of ['reporter', 'controller'] as const) {
      const someone = await createUser(database(), { role, committeeId: role === 'reporter' ? committeeId : null });
      const res = await (await signIn(app, someone.email)).post(`/api/users/${user.id}/invitation`);
      expect([role, res.statusCode, res.json<{ code: string }>().code]).toEqual([role, 403, 'forbidden']);
    }
    expect(await outboxTo(user.email)).toEqual([]);
  });

  it('never writes a token in the log', () => {
    expect(tokens.length).toBeGreaterThan(5);
    expect(log).toContain('"path":"/api/password-link/use"');
    for (const token of tokens) expect(log).not.toContain(token);
  });
});
