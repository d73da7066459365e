import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, committees, users } from '../../src/db/index.js';
import type { Role } from '../../src/domain/roles.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { createUser, signIn, signedIn, startTestServer, TEST_PASSWORD, type Client } from '../support/server.js';

const PASSWORD = 'ett riktigt långt lösenord';
let emails = 0;
/** An address no other test has used, in the letter case a person might type it. */
const newEmail = (name = 'Eva.Ek') => `${name}.${++emails}.${Date.now()}@Stockholm.SE`;

describe.each(TEST_DIALECTS)('user routes on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let admin: Client;
  let adminId: number;
  let committee: committees.Committee;
  let closed: committees.Committee;

  beforeAll(async () => {
    app = await startTestServer(database());
    committee = await committees.create(database().db, { name: 'Hässelby-Vällingby stadsdelsnämnd', counterpartyNumber: '1704' });
    closed = await committees.create(database().db, { name: 'Nedlagd stadsdelsnämnd', counterpartyNumber: '1799', active: false });
    const user = await createUser(database(), { role: 'admin', name: 'Ada Admin' });
    adminId = user.id;
    admin = await signIn(app, user.email);
  });
  afterAll(() => app.close());

  const create = (body: Record<string, unknown>) =>
    admin.post('/api/users', { email: newEmail(), name: 'Eva Ek', role: 'reporter', committeeId: committee.id, password: PASSWORD, ...body });
  const sessionOf = async (client: Client) => (await client.get('/api/session')).statusCode;

  it('creates a user who can sign in, lists them, and never shows a password or its hash', async () => {
    const email = newEmail();
    const res = await create({ email: `  ${email} `, name: '  Eva Ek ' });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toEqual({
      id: expect.any(Number), email: email.toLowerCase(), name: 'Eva Ek', role: 'reporter', roleName: 'Rapportör',
      committeeId: committee.id, committeeName: 'Hässelby-Vällingby stadsdelsnämnd', active: true, createdAt: expect.any(String),
    });

    const eva = await signIn(app, email.toUpperCase(), PASSWORD);
    expect((await eva.get('/api/session')).json().user).toMatchObject({ id: created.id, committeeName: committee.name });

    const list = await admin.get('/api/users');
    expect(list.statusCode).toBe(200);
    expect(list.json().users.find((u: { id: number }) => u.id === created.id)).toEqual(created);
    expect(list.json().users.find((u: { id: number }) => u.id === adminId)).toMatchObject({ role: 'admin', committeeId: null, committeeName: null });
    for (const body of [res.body, list.body]) {
      expect(body).not.toMatch(/argon2|password|lösenord/i);
    }
    const [event] = await auditEvents.listForEntity(database().db, 'user', created.id);
    expect(event).toMatchObject({
      action: 'user.created', actorId: adminId, actorLabel: 'Ada Admin', ip: '127.0.0.1',
      after: { email: email.toLowerCase(), name: 'Eva Ek', role: 'reporter', committeeId: committee.id, active: true },
    });
  });

  it('accepts a password of exactly twelve characters and refuses eleven', async () => {
    expect((await create({ password: 'tolv tecken!' })).statusCode).toBe(201);
    const short = await create({ password: 'elva tecken' });
    expect([short.statusCode, short.json()]).toEqual([400, {
      code: 'invalid_input', message: 'Lösenordet ska vara minst 12 tecken långt.', details: { field: 'password' }, requestId: expect.any(String),
    }]);
  });

  it('refuses a password that is easy to guess, on creation and on change, saying why in Swedish and storing nothing', async () => {
    const advice = 'Välj en lösenfras av några ord som inte hör ihop, eller ett längre lösenord.';
    const email = newEmail('Eva.Ek');
    const local = email.split('@')[0]!.toLowerCase();
    const weak: Array<[string, string]> = [
      ['aaaaaaaaaaaa', `Lösenordet är för lätt att gissa. Upprepade tecken, som "aaa", är lätta att gissa. ${advice}`],
      ['password1234', `Lösenordet är för lätt att gissa. Det liknar ett vanligt lösenord. ${advice}`],
      ['sommarsommar12', `Lösenordet är för lätt att gissa. Upprepade mönster, som "abcabc", är lätta att gissa. ${advice}`],
      ['Lösenord2024!', `Lösenordet är för lätt att gissa. ${advice}`],
      [`${local}${local}`, `Lösenordet är för lätt att gissa. Det innehåller användarens namn eller e-postadress. ${advice}`],
    ];
    const before = (await users.list(database().db)).length;
    for (const [password, message] of weak) {
      const res = await create({ email, password });
      expect([password, res.statusCode, res.json()]).toEqual([password, 400, { code: 'invalid_input', message, details: { field: 'password' }, requestId: expect.any(String) }]);
    }
    expect((await users.list(database().db)).length).toBe(before);

    // A long passphrase of words that do not belong together is accepted, and so is a random one.
    const passphrase = 'tapet kanel ostbricka solfjäder';
    const created = await create({ email, password: passphrase });
    expect(created.statusCode).toBe(201);
    await signIn(app, email, passphrase);
    // A change is held to the same rule, with the user's own name and address as guesses.
    const hash = (await users.findForLogin(database().db, email))!.passwordHash;
    for (const [password, message] of weak) {
      const res = await admin.patch(`/api/users/${created.json().id}`, { password });
      expect([password, res.statusCode, res.json()]).toEqual([password, 400, { code: 'invalid_input', message, details: { field: 'password' }, requestId: expect.any(String) }]);
    }
    expect((await users.findForLogin(database().db, email))!.passwordHash).toBe(hash);
    expect((await admin.patch(`/api/users/${created.json().id}`, { password: 'kZ7pQ2vX9mW4rT8n' })).statusCode).toBe(200);
    // The password every test user gets, and the demo's random ones, pass the same rule.
    expect((await create({ password: TEST_PASSWORD })).statusCode).toBe(201);
    expect((await create({ password: randomBytes(18).toString('base64url') })).statusCode).toBe(201);
  });

  it('changes name, role, committee, password and active, ending sessions when access or password changes', async () => {
    const email = newEmail();
    const { id } = (await create({ email })).json();
    let eva = await signIn(app, email, PASSWORD);
    const patch = (body: Record<string, unknown>) => admin.patch(`/api/users/${id}`, body);

    const renamed = await patch({ name: 'Eva Ek-Lund' });
    expect([renamed.statusCode, renamed.json().name]).toEqual([200, 'Eva Ek-Lund']);
    expect(await sessionOf(eva)).toBe(200);

    expect((await patch({ role: 'approver' })).json()).toMatchObject({ role: 'approver', roleName: 'Attestant i nämnden', committeeId: committee.id });
    expect(await sessionOf(eva)).toBe(401);
    eva = await signIn(app, email, PASSWORD);

    // A central role has no committee: the committee goes with the old role.
    expect((await patch({ role: 'controller' })).json()).toMatchObject({ role: 'controller', committeeId: null, committeeName: null });
    expect(await sessionOf(eva)).toBe(401);
    expect((await patch({ role: 'reporter', committeeId: committee.id })).json()).toMatchObject({ role: 'reporter', committeeId: committee.id });
    eva = await signIn(app, email, PASSWORD);

    const newPassword = 'ett helt nytt lösenord';
    expect((await patch({ password: newPassword })).statusCode).toBe(200);
    expect(await sessionOf(eva)).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/session', payload: { email, password: PASSWORD } })).statusCode).toBe(401);
    eva = await signIn(app, email, newPassword);

    expect((await patch({ active: false })).json()).toMatchObject({ active: false });
    expect(await sessionOf(eva)).toBe(401);
    const refused = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password: newPassword } });
    expect([refused.statusCode, refused.json().message]).toEqual([401, 'Fel e-postadress eller lösenord.']);
    expect((await patch({ active: true })).json()).toMatchObject({ active: true });
    await signIn(app, email, newPassword);

    const events = (await auditEvents.listForEntity(database().db, 'user', id)).filter((e) => e.action !== 'user.signed_in');
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ['user.created', undefined, expect.objectContaining({ role: 'reporter' })],
      ['user.updated', { name: 'Eva Ek' }, { name: 'Eva Ek-Lund' }],
      ['user.updated', { role: 'reporter' }, { role: 'approver' }],
      ['user.updated', { role: 'approver', committeeId: committee.id }, { role: 'controller', committeeId: null }],
      ['user.updated', { role: 'controller', committeeId: null }, { role: 'reporter', committeeId: committee.id }],
      ['user.updated', {}, { passwordChanged: true }],
      ['user.updated', { active: true }, { active: false }],
      ['user.updated', { active: false }, { active: true }],
    ]);
    // Whatever else the trail holds, it never holds a password or its hash.
    const stored = await database().db.selectFrom('audit_events').select(['before_json', 'after_json']).execute();
    const hash = (await users.findForLogin(database().db, email))!.passwordHash;
    for (const secret of [PASSWORD, newPassword, hash, '$argon2']) expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('refuses bad input with 400 naming the field, and stores nothing', async () => {
    const before = (await users.list(database().db)).length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ email: undefined }, 'email'],
      [{ email: 'inte-en-adress' }, 'email'],
      [{ email: 'två ord@stockholm.se' }, 'email'],
      [{ email: 'eva@stockholm' }, 'email'],
      [{ email: `${'a'.repeat(250)}@stockholm.se` }, 'email'],
      [{ email: 42 }, 'email'],
      [{ name: '   ' }, 'name'],
      [{ name: 'Eva\nEk' }, 'name'],
      [{ name: undefined }, 'name'],
      [{ role: 'boss' }, 'role'],
      [{ role: 'reporter', committeeId: null }, 'committeeId'],
      [{ role: 'approver', committeeId: undefined }, 'committeeId'],
      [{ committeeId: 999_999 }, 'committeeId'],
      [{ committeeId: closed.id }, 'committeeId'],
      [{ committeeId: 'ett' }, 'committeeId'],
      [{ committeeId: 1.5 }, 'committeeId'],
      [{ role: 'controller', committeeId: committee.id }, 'committeeId'],
      [{ role: 'reader' }, 'committeeId'],
      [{ password: 'kort' }, 'password'],
      [{ password: undefined }, 'password'],
      [{ password: 'x'.repeat(1001) }, 'password'],
    ];
    for (const [body, field] of cases) {
      const res = await create(body);
      const json = res.json();
      expect([body, res.statusCode, json.code, json.details?.field]).toEqual([body, 400, 'invalid_input', field]);
      expect(json.message).toMatch(/[a-zåäö]/i);
    }
    expect((await users.list(database().db)).length).toBe(before);
  });

  it('refuses an address already in use, in any letter case, as a conflict', async () => {
    const email = newEmail();
    expect((await create({ email })).statusCode).toBe(201);
    const again = await create({ email: email.toUpperCase(), role: 'reader', committeeId: null });
    expect([again.statusCode, again.json()]).toEqual([409, {
      code: 'conflict', message: `Det finns redan en användare med e-postadressen ${email.toLowerCase()}.`, details: { field: 'email' }, requestId: expect.any(String),
    }]);
  });

  it('refuses bad changes with 400 naming the field, and an unknown user with 404', async () => {
    const { id } = (await create({ role: 'controller', committeeId: null })).json();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: '' }, 'name'],
      [{ role: 'chef' }, 'role'],
      [{ role: 'reporter' }, 'committeeId'],
      [{ committeeId: committee.id }, 'committeeId'],
      [{ role: 'approver', committeeId: 999_999 }, 'committeeId'],
      [{ active: 'ja' }, 'active'],
      [{ password: 'för kort' }, 'password'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.patch(`/api/users/${id}`, body);
      expect([body, res.statusCode, res.json().details?.field]).toEqual([body, 400, field]);
    }
    expect(await users.getById(database().db, id)).toMatchObject({ role: 'controller', committeeId: null, active: true });
    expect((await admin.patch('/api/users/abc', { name: 'X' })).json()).toMatchObject({ code: 'invalid_input', details: { field: 'id' } });
    const missing = await admin.patch('/api/users/999999', { name: 'X' });
    expect([missing.statusCode, missing.json().message]).toEqual([404, 'Användaren 999999 finns inte.']);
  });

  it('does not let an admin deactivate or demote themself, but another admin may', async () => {
    const self = await admin.patch(`/api/users/${adminId}`, { active: false });
    expect([self.statusCode, self.json().details]).toEqual([403, { field: 'active' }]);
    const demote = await admin.patch(`/api/users/${adminId}`, { role: 'controller' });
    expect([demote.statusCode, demote.json().details]).toEqual([403, { field: 'role' }]);
    expect(await users.getById(database().db, adminId)).toMatchObject({ role: 'admin', active: true });
    expect(await sessionOf(admin)).toBe(200);
    expect((await admin.patch(`/api/users/${adminId}`, { name: 'Ada Admin' })).statusCode).toBe(200);

    const other = await create({ role: 'admin', committeeId: null });
    expect((await admin.patch(`/api/users/${other.json().id}`, { role: 'reader' })).json()).toMatchObject({ role: 'reader' });
  });

  it('refuses every other role with 403 and a visitor with 401, changing nothing', async () => {
    const target = (await create({})).json();
    const admins = async () => (await users.list(database().db)).filter((u) => u.role === 'admin').length;
    const adminsBefore = await admins();
    const others: Array<[Role, number | null]> = [['reporter', committee.id], ['approver', committee.id], ['controller', null], ['reader', null]];
    for (const [role, committeeId] of others) {
      const client = await signedIn(app, database(), role, committeeId);
      const me = (await client.get('/api/session')).json().user.id;
      const attempts = [
        await client.get('/api/users'),
        await client.post('/api/users', { email: newEmail(role), name: 'Ny', role: 'admin', committeeId: null, password: PASSWORD }),
        await client.patch(`/api/users/${target.id}`, { role: 'admin', committeeId: null }),
        await client.patch(`/api/users/${me}`, { role: 'admin', committeeId: null }),
      ];
      expect([role, attempts.map((r) => [r.statusCode, r.json().code])]).toEqual([role, Array(4).fill([403, 'forbidden'])]);
      expect(await users.getById(database().db, me)).toMatchObject({ role });
    }
    for (const [method, url] of [['GET', '/api/users'], ['POST', '/api/users'], ['PATCH', `/api/users/${target.id}`]] as const) {
      const payload = method === 'GET' ? undefined : { email: newEmail(), name: 'X', role: 'admin', password: PASSWORD };
      const res = await app.inject({ method, url, ...(payload ? { payload } : {}) });
      expect([method, res.statusCode]).toEqual([method, 401]);
    }
    expect(await users.getById(database().db, target.id)).toMatchObject({ role: 'reporter' });
    expect(await admins()).toBe(adminsBefore);
  });

  it('describes the user routes in OpenAPI, with their roles', async () => {
    const { paths } = (await app.inject('/api/openapi.json')).json();
    expect(paths['/api/users'].get.tags).toEqual(['Användare']);
    const body = paths['/api/users'].post.requestBody.content['application/json'].schema;
    // The password, or an invitation to choose it (`invite`): neither is required alone.
    expect(body.required).toEqual(['email', 'name', 'role']);
    expect(body.properties.invite.type).toBe('boolean');
    expect(body.properties.role.enum).toEqual(['reporter', 'approver', 'controller', 'admin', 'reader']);
    expect(paths['/api/users/{id}'].patch.requestBody.content['application/json'].schema.required).toBeUndefined();
    expect(paths['/api/users/{id}/invitation'].post.tags).toEqual(['Användare']);
  });
});
