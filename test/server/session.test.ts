import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_IP } from '../../src/app/accounts/sign-in.js';
import { trustProxySetting } from '../../src/cli/commands/serve.js';
import { auditEvents, committees, signInAttempts, users } from '../../src/db/index.js';
import { buildServer } from '../../src/server/app.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { clientFor, createUser, signIn, startTestServer, TEST_PASSWORD } from '../support/server.js';

const HOUR = 60 * 60 * 1000;
const WRONG = 'Fel e-postadress eller lösenord.';

/** The Set-Cookie header for the session cookie, as the browser receives it. */
function sessionCookieHeader(res: LightMyRequestResponse): string | undefined {
  const header = res.headers['set-cookie'];
  return (Array.isArray(header) ? header : header === undefined ? [] : [header]).find((c) => c.startsWith('redovisa_session='));
}

/** The cookie's attributes, lowercased names: `{ httponly: true, samesite: 'Lax', path: '/' }`. */
function attributes(header: string): Record<string, string | true> {
  const [, ...parts] = header.split(';').map((p) => p.trim());
  return Object.fromEntries(parts.map((p) => {
    const [name = '', value] = p.split('=');
    return [name.toLowerCase(), value ?? true];
  }));
}

describe.each(TEST_DIALECTS)('sign-in and sessions on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  // The server's clock; each test starts a day after the last, so no rate-limit window or idle
  // limit carries over from one test to the next.
  let clock = new Date('2024-03-01T08:00:00.000Z');
  const later = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };
  let app: FastifyInstance;
  let committee: committees.Committee;

  beforeAll(async () => {
    app = await startTestServer(database(), { now: () => clock });
    committee = await committees.create(database().db, { name: 'Hässelby-Vällingby stadsdelsnämnd', counterpartyNumber: '1704' });
  });
  afterAll(() => app.close());

  const attempt = (email: string, password: string, remoteAddress?: string) =>
    app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, ...(remoteAddress ? { remoteAddress } : {}) });

  it('signs in with a cookie that is HttpOnly, SameSite=Lax and Path=/, and GET /api/session says who', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'approver', committeeId: committee.id, name: 'Anna Andersson' });
    const res = await attempt(user.email.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const header = sessionCookieHeader(res)!;
    expect(attributes(header)).toEqual({ httponly: true, samesite: 'Lax', path: '/' });
    const body = res.json();
    expect(body).toEqual({
      user: {
        id: user.id, email: user.email, name: 'Anna Andersson', role: 'approver', roleName: 'Attestant i nämnden',
        committeeId: committee.id, committeeName: 'Hässelby-Vällingby stadsdelsnämnd',
      },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
      expiresAt: new Date(clock.getTime() + 8 * HOUR).toISOString(),
      abilities: {
        readReports: true, manageSetup: false, viewRoundOverview: false, reviewReports: false, manageUsers: false,
        exportLedger: false, reconcile: false, readReconciliation: true, readCityReport: false, readOutbox: false,
      },
    });
    const client = clientFor(app, header.split(';')[0]!, body.csrfToken);
    const again = await client.get('/api/session');
    expect([again.statusCode, again.json()]).toEqual([200, body]);
  });

  it('answers a wrong password and an unknown address alike: 401, the same Swedish message, no cookie', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'reader' });
    for (const res of [await attempt(user.email, 'fel lösenord helt och hållet'), await attempt('ingen.alls@stockholm.se', TEST_PASSWORD)]) {
      expect([res.statusCode, res.json()]).toEqual([401, { code: 'unauthenticated', message: WRONG, details: { field: 'email' }, requestId: expect.any(String) }]);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const visitor = await app.inject('/api/session');
    expect([visitor.statusCode, visitor.json().code]).toEqual([401, 'unauthenticated']);
  });

  it('answers "is anyone signed in?" (?optional=1) with 204 for a visitor and the session for a user; other queries stay 401', async () => {
    later(24 * HOUR);
    const visitor = await app.inject('/api/session?optional=1');
    expect([visitor.statusCode, visitor.body]).toEqual([204, '']);
    const expired = await app.inject({ url: '/api/session?optional=1', headers: { cookie: 'redovisa_session=inte-en-session' } });
    expect(expired.statusCode).toBe(204);
    for (const url of ['/api/session?optional=2', '/api/session?optional=']) {
      const refused = await app.inject(url);
      expect([url, refused.statusCode, refused.json().code]).toEqual([url, 401, 'unauthenticated']);
    }
    const user = await createUser(database(), { role: 'reader' });
    const client = await signIn(app, user.email);
    const res = await client.get('/api/session?optional=1');
    expect([res.statusCode, res.json().user.id]).toEqual([200, user.id]);
    expect((await client.get('/api/session?optional=2')).statusCode).toBe(400);
  });

  it('refuses the sixth attempt within 15 minutes with 429, even with the right password, and lets it in later', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'reader' });
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt(user.email, `fel lösenord nummer ${i}`)).statusCode).toBe(401);
      later(60 * 1000);
    }
    const locked = await attempt(user.email, TEST_PASSWORD);
    expect([locked.statusCode, locked.json().message]).toEqual([429, 'För många misslyckade inloggningar. Vänta en kvart och försök igen.']);
    expect(locked.headers['set-cookie']).toBeUndefined();
    // The first failure (five minutes ago) leaves the window 15 minutes after it was made, which lets
    // one attempt in again; the refused attempts in between tried no password and do not count.
    later(9 * 60 * 1000);
    expect((await attempt(user.email, TEST_PASSWORD)).statusCode).toBe(429);
    later(61 * 1000);
    expect((await attempt(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('lets no burst of simultaneous guesses past the limit', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'reader' });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(user.email, `gissning nummer ${i}`, '10.0.0.7')));
    // Each attempt is recorded before it is counted, so at most five passwords are tried; which
    // of the twelve get to try depends on how the requests interleave.
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(7);
    expect(codes.filter((c) => c !== 401 && c !== 429)).toEqual([]);
    // The failures that were made count as usual: five of them lock the account.
    const failures = codes.filter((c) => c === 401).length;
    expect((await attempt(user.email, TEST_PASSWORD, '10.0.0.7')).statusCode).toBe(failures === 5 ? 429 : 200);
  });

  it('limits failures from one address across many accounts', async () => {
    later(24 * HOUR);
    const origin = '10.0.0.8';
    // All but the last failure stored directly: each real attempt costs an argon2 hash.
    for (let i = 1; i < MAX_FAILURES_PER_IP; i += 1) {
      await signInAttempts.record(database().db, { email: `gissning${i}@stockholm.se`, ip: origin, now: clock });
    }
    expect((await attempt('gissning0@stockholm.se', 'fel lösenord helt', origin)).statusCode).toBe(401);
    const user = await createUser(database(), { role: 'reader' });
    expect((await attempt(user.email, TEST_PASSWORD, origin)).statusCode).toBe(429);
    expect((await attempt(user.email, TEST_PASSWORD, '10.0.0.9')).statusCode).toBe(200);
  });

  it("ends a deactivated user's session at once", async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'controller' });
    const client = await signIn(app, user.email);
    expect((await client.get('/api/session')).statusCode).toBe(200);
    await users.update(database().db, user.id, { active: false });
    expect((await client.get('/api/session')).statusCode).toBe(401);
    expect((await client.get('/api/reports')).statusCode).toBe(401);
  });

  it('ends a session after eight idle hours, while activity keeps it alive', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'reader' });
    const client = await signIn(app, user.email);
    later(4 * HOUR);
    const active = await client.get('/api/session');
    expect(active.statusCode).toBe(200);
    expect(active.json().expiresAt).toBe(new Date(clock.getTime() + 8 * HOUR).toISOString());
    later(8 * HOUR - 60 * 1000);
    expect((await client.get('/api/session')).statusCode).toBe(200);

    const idle = await signIn(app, (await createUser(database(), { role: 'reader' })).email);
    later(8 * HOUR + 1000);
    const expired = await idle.get('/api/session');
    expect([expired.statusCode, expired.json().code]).toEqual([401, 'unauthenticated']);
  });

  it('ends even a busy session twelve hours after sign-in', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'reader' });
    const client = await signIn(app, user.email);
    const signedInAt = clock.getTime();
    for (let hour = 1; hour <= 11; hour += 1) {
      later(HOUR);
      expect((await client.get('/api/session')).statusCode).toBe(200);
    }
    expect((await client.get('/api/session')).json().expiresAt).toBe(new Date(signedInAt + 12 * HOUR).toISOString());
    later(HOUR + 1000);
    const expired = await client.get('/api/session');
    expect([expired.statusCode, expired.json().code]).toEqual([401, 'unauthenticated']);
  });

  it('signs out with DELETE /api/session: the cookie is cleared and the old token no longer works', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'reader' });
    const client = await signIn(app, user.email);
    const res = await client.delete('/api/session');
    expect(res.statusCode).toBe(204);
    expect(attributes(sessionCookieHeader(res)!)).toMatchObject({ httponly: true, samesite: 'Lax', path: '/', expires: expect.stringContaining('1970') });
    expect((await client.get('/api/session')).statusCode).toBe(401);
    expect((await client.delete('/api/session')).statusCode).toBe(204);
  });

  it('ends the previous session when the same browser signs in again', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'reader' });
    const first = await signIn(app, user.email);
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email: user.email, password: TEST_PASSWORD }, headers: { cookie: first.cookie } });
    expect(res.statusCode).toBe(200);
    expect((await first.get('/api/session')).statusCode).toBe(401);
    expect((await clientFor(app, sessionCookieHeader(res)!.split(';')[0]!, res.json().csrfToken).get('/api/session')).statusCode).toBe(200);
  });

  it('refuses a changing request without the right CSRF token with 403, and writes nothing', async () => {
    later(24 * HOUR);
    const adminUser = await createUser(database(), { role: 'admin' });
    const admin = await signIn(app, adminUser.email);
    const other = await signIn(app, (await createUser(database(), { role: 'admin' })).email);
    const target = await createUser(database(), { role: 'reader', name: 'Orörd Användare' });
    const change = { name: 'Ändrad', active: false };
    const refusals = [
      await app.inject({ method: 'PATCH', url: `/api/users/${target.id}`, payload: change, headers: { cookie: admin.cookie } }),
      await app.inject({ method: 'PATCH', url: `/api/users/${target.id}`, payload: change, headers: { cookie: admin.cookie, 'x-csrf-token': 'fel' } }),
      await app.inject({ method: 'PATCH', url: `/api/users/${target.id}`, payload: change, headers: { cookie: admin.cookie, 'x-csrf-token': other.csrfToken } }),
      // The router decodes the path: an encoded "/api/" must not slip past the check.
      await app.inject({ method: 'PATCH', url: `/%61pi/users/${target.id}`, payload: change, headers: { cookie: admin.cookie } }),
      await app.inject({ method: 'POST', url: '/api/users', headers: { cookie: admin.cookie },
        payload: { email: 'smygare@stockholm.se', name: 'Smygare', role: 'admin', password: 'ett långt lösenord' } }),
      await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: admin.cookie } }),
    ];
    for (const res of refusals) expect([res.statusCode, res.json().code, res.json().details]).toEqual([403, 'forbidden', { field: 'x-csrf-token' }]);
    expect(await users.getById(database().db, target.id)).toMatchObject({ name: 'Orörd Användare', active: true });
    expect(await users.findByEmail(database().db, 'smygare@stockholm.se')).toBeUndefined();
    expect((await admin.get('/api/session')).statusCode).toBe(200);
    expect((await admin.patch(`/api/users/${target.id}`, { name: 'Ändrad' })).statusCode).toBe(200);
  });

  it('marks the cookie Secure and sends HSTS when a trusted proxy says the request came over HTTPS', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'reader' });
    const behindProxy = await buildServer({ database: database(), webRoot: null, trustProxy: true, now: () => clock });
    try {
      const viaHttps = (server: FastifyInstance, headers: Record<string, string>) =>
        server.inject({ method: 'POST', url: '/api/session', payload: { email: user.email, password: TEST_PASSWORD }, headers });
      const secure = await viaHttps(behindProxy, { 'x-forwarded-proto': 'https' });
      expect(attributes(sessionCookieHeader(secure)!)).toEqual({ httponly: true, samesite: 'Lax', path: '/', secure: true });
      // Over HTTPS the browser is told to keep to HTTPS; over plain HTTP, or an untrusted header, it is not.
      expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect((await behindProxy.inject({ method: 'GET', url: '/health', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security'])
        .toBe('max-age=31536000; includeSubDomains');
      expect((await behindProxy.inject({ method: 'GET', url: '/health' })).headers).not.toHaveProperty('strict-transport-security');
      expect((await app.inject({ method: 'GET', url: '/health', headers: { 'x-forwarded-proto': 'https' } })).headers).not.toHaveProperty('strict-transport-security');
      const signOut = await behindProxy.inject({
        method: 'DELETE', url: '/api/session',
        headers: { 'x-forwarded-proto': 'https', cookie: sessionCookieHeader(secure)!.split(';')[0]!, 'x-csrf-token': secure.json().csrfToken },
      });
      expect(attributes(sessionCookieHeader(signOut)!)).toMatchObject({ secure: true });
      expect(attributes(sessionCookieHeader(await viaHttps(behindProxy, {}))!)).not.toHaveProperty('secure');
      // Without a proxy to trust, anyone could send the header: it changes nothing.
      expect(attributes(sessionCookieHeader(await viaHttps(app, { 'x-forwarded-proto': 'https' }))!)).not.toHaveProperty('secure');
    } finally {
      await behindProxy.close();
    }
  });

  it('clears expired sessions and attempts older than the window when someone signs in', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'reader' });
    await signIn(app, user.email);
    await signInAttempts.record(database().db, { email: 'gammal@stockholm.se', ip: '10.0.0.1', now: clock });
    later(9 * HOUR);
    const count = async (table: 'sessions' | 'sign_in_attempts') =>
      Number((await database().db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    expect(await count('sessions')).toBeGreaterThan(0);
    await signIn(app, (await createUser(database(), { role: 'reader' })).email);
    expect(await count('sessions')).toBe(1);
    expect(await count('sign_in_attempts')).toBe(0);
  });

  it('believes only as many proxies as it is told: the client cannot write its own address', async () => {
    later(24 * HOUR);
    const user = await createUser(database(), { role: 'reader' });
    const oneProxy = await buildServer({ database: database(), webRoot: null, trustProxy: trustProxySetting('1'), now: () => clock });
    try {
      const res = await oneProxy.inject({
        method: 'POST', url: '/api/session', payload: { email: user.email, password: TEST_PASSWORD },
        // The client wrote 6.6.6.6; the proxy in front appended the address it really came from.
        headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' },
      });
      expect(res.statusCode).toBe(200);
      const [event] = (await auditEvents.listForEntity(database().db, 'user', user.id)).filter((e) => e.action === 'user.signed_in');
      expect(event?.ip).toBe('198.51.100.7');
    } finally {
      await oneProxy.close();
    }
    expect([trustProxySetting(undefined), trustProxySetting('0'), trustProxySetting('2'), trustProxySetting('10.0.0.0/8')]).toEqual([false, false, 2, '10.0.0.0/8']);
  });
});
