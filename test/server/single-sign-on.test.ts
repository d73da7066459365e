// Single sign-on against a real OpenID Connect provider running in this process (oidc-provider):
// the whole authorization code flow with PKCE, state and nonce, through the provider's own login
// page, on both engines. Users are matched by e-mail or by the subject recorded on them, provisioned
// by group, or refused with a Swedish page that creates nothing; a callback that is not the one this
// browser started is refused; password sign-in can be turned off; signing out names the provider's
// sign-out.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, committees, users } from '../../src/db/index.js';
import { AppError } from '../../src/domain/errors.js';
import { signInSettingsFromEnv } from '../../src/server/sso/settings.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signInThroughProvider, ssoSettings, startTestProvider, TEST_APP_URL, type TestProvider } from '../support/oidc-provider.js';
import { createUser, signIn, startTestServer, TEST_PASSWORD } from '../support/server.js';
import { storedState } from '../support/stored-state.js';

const COMMITTEE = 'Hässelby-Vällingby stadsdelsnämnd';
const ROLE_MAP = `redovisa-controllers=controller, hv-rapportorer=reporter:${COMMITTEE}, spanga=approver:Spånga-Tensta stadsdelsnämnd`;

/** The text of a page's alert: what the person is told. */
function alertOf(res: LightMyRequestResponse): string | undefined {
  return /<div role="alert" class="alert alert--error"><p>([^<]*)<\/p>/u.exec(res.body)?.[1]?.replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

/** A Swedish page with the status and the message: never JSON, never a 500. */
function expectPage(res: LightMyRequestResponse, status: number, message: string | RegExp) {
  expect([res.statusCode, res.headers['content-type'], alertOf(res)]).toEqual([status, 'text/html; charset=utf-8', message instanceof RegExp ? expect.stringMatching(message) : message]);
  expect(res.body).toContain('<html lang="sv">');
  // No session is opened.
  expect([res.headers['set-cookie']].flat().filter((c) => c !== undefined && /^redovisa_session=[^;]/u.test(c))).toEqual([]);
}

const sessionOf = (app: FastifyInstance, cookie: string) => app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });

describe.each(TEST_DIALECTS)('single sign-on on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let provider: TestProvider;
  let app: FastifyInstance;
  // The server's clock runs with the real one (the provider's tokens are dated by it) plus what a test adds.
  let offsetMs = 0;
  let committeeId: number;

  beforeAll(async () => {
    provider = await startTestProvider(TEST_APP_URL);
    app = await startTestServer(database(), { now: () => new Date(Date.now() + offsetMs), signIn: ssoSettings(provider, { roleMap: ROLE_MAP }) });
    committeeId = (await committees.create(database().db, { name: COMMITTEE, counterpartyNumber: '1704' })).id;
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  it('tells the sign-in page both ways of signing in', async () => {
    const res = await app.inject('/api/auth/methods');
    expect([res.statusCode, res.json()]).toEqual([200, { password: true, organisation: { name: 'Testkommunens inloggning', startUrl: '/api/auth/oidc/start' } }]);
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, kept in an HttpOnly cookie for the callback only', async () => {
    const res = await app.inject('/api/auth/oidc/start?till=/rapporter/7');
    expect(res.statusCode).toBe(303);
    const location = new URL(String(res.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe(`${provider.issuer}/auth`);
    const params = Object.fromEntries(location.searchParams);
    expect(params).toEqual({
      client_id: 'redovisa', response_type: 'code', redirect_uri: `${TEST_APP_URL}/api/auth/oidc/callback`, scope: 'openid email profile groups',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/u), code_challenge_method: 'S256', state: expect.stringMatching(/^[\w-]{43}$/u), nonce: expect.stringMatching(/^[\w-]{43}$/u),
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^redovisa_oidc=[\w-]+; Max-Age=600; Path=\/api\/auth\/oidc\/; HttpOnly; SameSite=Lax$/u);
    // The verifier stays in the cookie; only its challenge went to the provider.
    const flow = JSON.parse(Buffer.from(cookie.split(';')[0]!.split('=')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(flow).toEqual({ state: params.state, nonce: params.nonce, verifier: expect.stringMatching(/^[\w-]{43}$/u), startedAt: expect.any(Number), returnTo: '/rapporter/7' });
    expect(location.searchParams.toString()).not.toContain(String(flow.verifier));
  });

  it('signs in an existing user by e-mail in any letter case, records the subject, and the session is a password sign-in’s', async () => {
    const user = await createUser(database(), { role: 'approver', committeeId, email: 'anna.andersson@stad.test', name: 'Anna Andersson' });
    provider.accounts.set('anna-1', { email: 'Anna.Andersson@STAD.test', email_verified: true, name: 'Anna A', groups: [] });
    const { callback, sessionCookie } = await signInThroughProvider(app, 'anna-1', { till: '/rapporter/7' });
    expect([callback.statusCode, callback.headers.location]).toEqual([303, '/rapporter/7']);
    const header = [callback.headers['set-cookie']].flat().find((c) => c?.startsWith('redovisa_session='));
    expect(header).toMatch(/^redovisa_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/u);
    const session = await sessionOf(app, sessionCookie!);
    expect([session.statusCode, session.json().user]).toEqual([200, {
      id: user.id, email: 'anna.andersson@stad.test', name: 'Anna Andersson', role: 'approver', roleName: 'Attestant i nämnden', committeeId, committeeName: COMMITTEE,
    }]);
    const stored = await database().db.selectFrom('users').select(['oidc_subject', 'name']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ oidc_subject: 'anna-1', name: 'Anna Andersson' });
    const events = await auditEvents.listForEntity(database().db, 'user', user.id);
    expect(events.filter((e) => e.action !== 'user.created').map((e) => [e.action, e.actorId, e.ip, e.after])).toEqual([
      ['user.sso_linked', user.id, '127.0.0.1', { subject: 'anna-1' }],
      ['user.signed_in', user.id, '127.0.0.1', { via: 'sso' }],
    ]);

    // At the provider her address changes: the subject still finds her, and her account takes the new
    // address (e-mail from Redovisa goes there), with an audit event.
    provider.accounts.set('anna-1', { email: 'Anna.Gift@stad.test', email_verified: true, groups: [] });
    const again = await signInThroughProvider(app, 'anna-1');
    expect([again.callback.statusCode, again.callback.headers.location]).toEqual([303, '/']);
    expect((await sessionOf(app, again.sessionCookie!)).json().user).toMatchObject({ id: user.id, email: 'anna.gift@stad.test' });
    const after = await auditEvents.listForEntity(database().db, 'user', user.id);
    expect(after.slice(-2).map((e) => [e.action, e.before, e.after])).toEqual([
      ['user.updated', { email: 'anna.andersson@stad.test' }, { email: 'anna.gift@stad.test', via: 'sso' }],
      ['user.signed_in', undefined, { via: 'sso' }],
    ]);
    // Her password still works, under her new address: local accounts are on.
    expect((await signIn(app, 'anna.gift@stad.test')).cookie).toMatch(/^redovisa_session=/u);
    // An address another user has is not taken: the account keeps its own, and she still signs in.
    await createUser(database(), { role: 'reader', committeeId: null, email: 'upptagen@stad.test', name: 'Upptagen' });
    provider.accounts.set('anna-1', { email: 'upptagen@stad.test', email_verified: true, groups: [] });
    const third = await signInThroughProvider(app, 'anna-1');
    expect((await sessionOf(app, third.sessionCookie!)).json().user).toMatchObject({ id: user.id, email: 'anna.gift@stad.test' });
    // And back: her first address is free again, so it is hers (the tests below count on it).
    provider.accounts.set('anna-1', { email: 'anna.andersson@stad.test', email_verified: true, groups: [] });
    const fourth = await signInThroughProvider(app, 'anna-1');
    expect((await sessionOf(app, fourth.sessionCookie!)).json().user).toMatchObject({ id: user.id, email: 'anna.andersson@stad.test' });
  });

  it('provisions a person without an account with the role of the first group of the map they are in', async () => {
    provider.accounts.set('bo-2', { email: 'bo.berg@stad.test', name: 'Bo Berg', groups: ['alla-anstallda', 'hv-rapportorer', 'spanga'] });
    const { callback, sessionCookie } = await signInThroughProvider(app, 'bo-2');
    expect([callback.statusCode, callback.headers.location]).toEqual([303, '/']);
    const me = (await sessionOf(app, sessionCookie!)).json().user;
    expect(me).toEqual({ id: expect.any(Number), email: 'bo.berg@stad.test', name: 'Bo Berg', role: 'reporter', roleName: 'Rapportör', committeeId, committeeName: COMMITTEE });
    const events = await auditEvents.listForEntity(database().db, 'user', me.id);
    expect(events.map((e) => [e.action, e.actorId, e.actorLabel, e.after])).toEqual([
      ['user.provisioned', me.id, 'Bo Berg', { email: 'bo.berg@stad.test', name: 'Bo Berg', role: 'reporter', committeeId, active: true, group: 'hv-rapportorer', subject: 'bo-2' }],
      ['user.signed_in', me.id, 'Bo Berg', { via: 'sso' }],
    ]);
    // No password matches a provisioned account.
    const password = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'bo.berg@stad.test', password: TEST_PASSWORD } });
    expect([password.statusCode, password.json().message]).toEqual([401, 'Fel e-postadress eller lösenord.']);
    // A central role from the provider's only group, named by the address when the provider gives no name.
    provider.accounts.set('cilla-3', { email: 'cilla@stad.test', groups: ['redovisa-controllers'] });
    const central = await signInThroughProvider(app, 'cilla-3');
    expect((await sessionOf(app, central.sessionCookie!)).json().user).toMatchObject({ name: 'cilla@stad.test', role: 'controller', committeeId: null });
  });

  it('refuses a person whom no group gives a role, in Swedish, and creates nothing', async () => {
    await createUser(database(), { role: 'reader', email: 'frida@stad.test' });
    const inactive = await createUser(database(), { role: 'reader', email: 'gun@stad.test' });
    await users.update(database().db, inactive.id, { active: false });
    const before = await storedState(database());

    provider.accounts.set('dan-4', { email: 'dan@stad.test', name: 'Dan Dahl', groups: ['alla-anstallda'] });
    const { callback, sessionCookie } = await signInThroughProvider(app, 'dan-4');
    expectPage(callback, 403, 'Du är inloggad hos organisationen som dan@stad.test, men du har inget konto i Redovisa och ingen av dina grupper ger någon roll här. Kontakta Redovisas administratör om du ska ha tillgång.');
    expect(callback.body).toContain('<h1>Du kan inte logga in i Redovisa</h1>');
    expect(sessionCookie).toBeUndefined();
    expect(await users.findByEmail(database().db, 'dan@stad.test')).toBeUndefined();

    // A group whose committee Redovisa does not have: refused, naming it.
    provider.accounts.set('eva-5', { email: 'eva@stad.test', groups: ['spanga'] });
    expectPage((await signInThroughProvider(app, 'eva-5')).callback, 403,
      'Din grupp spanga ger rollen Attestant i nämnden i nämnden ”Spånga-Tensta stadsdelsnämnd”, men den nämnden finns inte i Redovisa. Kontakta Redovisas administratör om du ska ha tillgång.');
    // An address the provider says it has not verified, an inactive account, no address at all.
    provider.accounts.set('frida-6', { email: 'frida@stad.test', email_verified: false, groups: ['redovisa-controllers'] });
    expectPage((await signInThroughProvider(app, 'frida-6')).callback, 403, /^Organisationens inloggning har inte bekräftat din e-postadress frida@stad.test/u);
    provider.accounts.set('gun-7', { email: 'gun@stad.test' });
    expectPage((await signInThroughProvider(app, 'gun-7')).callback, 403, 'Ditt konto i Redovisa (gun@stad.test) är avstängt. Kontakta Redovisas administratör om du ska ha tillgång.');
    provider.accounts.set('hans-8', { name: 'Hans Utan Adress', groups: ['redovisa-controllers'] });
    expectPage((await signInThroughProvider(app, 'hans-8')).callback, 403, /^Organisationens inloggning skickade ingen e-postadress \(anspråket email\)/u);
    // An address already linked to another subject is not taken over by a new one.
    provider.accounts.set('anna-falsk', { email: 'anna.andersson@stad.test', email_verified: true });
    expectPage((await signInThroughProvider(app, 'anna-falsk')).callback, 403, /^E-postadressen anna.andersson@stad.test hör till en användare i Redovisa som loggar in med en annan identitet/u);
    expect(await storedState(database())).toBe(before);
    const subjects = await database().db.selectFrom('users').select('oidc_subject').where('email', 'in', ['frida@stad.test', 'gun@stad.test']).execute();
    expect(subjects).toEqual([{ oidc_subject: null }, { oidc_subject: null }]);
  });

  it('refuses a callback that is not the one this browser started: no state, another state, no flow, too late, a code used twice, the provider’s refusal', async () => {
    provider.accounts.set('ivar-9', { email: 'ivar@stad.test', groups: ['redovisa-controllers'] });
    const before = await storedState(database());
    const start = async () => {
      const res = await app.inject('/api/auth/oidc/start');
      const cookie = `redovisa_oidc=${res.cookies.find((c) => c.name === 'redovisa_oidc')!.value}`;
      return { cookie, state: new URL(String(res.headers.location)).searchParams.get('state')! };
    };
    const callback = (query: string, cookie?: string) => app.inject({ method: 'GET', url: `/api/auth/oidc/callback${query}`, ...(cookie ? { headers: { cookie } } : {}) });
    const AGAIN = 'Gå tillbaka till inloggningen och försök igen.';

    expectPage(await callback(''), 400, `Svaret från inloggningen saknar sin kontrollkod (state), så det kan inte godtas. ${AGAIN}`);
    const flow = await start();
    expectPage(await callback('?code=abc', flow.cookie), 400, `Svaret från inloggningen saknar sin kontrollkod (state), så det kan inte godtas. ${AGAIN}`);
    expectPage(await callback(`?code=abc&state=${flow.state}`), 400, `Inloggningen startades inte i den här webbläsaren, eller så har den gått ut. ${AGAIN}`);
    expectPage(await callback('?code=abc&state=en-annan', flow.cookie), 400, `Svaret från inloggningen hör inte till inloggningen som startades här (fel kontrollkod, state). ${AGAIN}`);
    expectPage(await callback(`?code=abc&state=${flow.state}`, 'redovisa_oidc=inte-vår-kaka'), 400, `Inloggningen startades inte i den här webbläsaren, eller så har den gått ut. ${AGAIN}`);
    // The person said no at the provider (or it refused them): its error comes back with the state.
    const denied = await callback(`?error=access_denied&state=${flow.state}&iss=${encodeURIComponent(provider.issuer)}`, flow.cookie);
    expectPage(denied, 403, `Inloggningen avbröts eller nekades hos Testkommunens inloggning. ${AGAIN}`);
    // The callback clears the flow: it is used once.
    expect(String(denied.headers['set-cookie'])).toMatch(/^redovisa_oidc=; Max-Age=0; Path=\/api\/auth\/oidc\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/u);
    const other = await callback(`?error=temporarily_unavailable&state=${flow.state}&iss=${encodeURIComponent(provider.issuer)}`, flow.cookie);
    expectPage(other, 400, `Testkommunens inloggning kunde inte logga in dig (temporarily_unavailable). ${AGAIN}`);
    // A made-up code is refused by the provider's token endpoint.
    expectPage(await callback(`?code=påhittad&state=${flow.state}&iss=${encodeURIComponent(provider.issuer)}`, flow.cookie), 400, `Inloggningen har gått ut eller redan använts (invalid_grant). ${AGAIN}`);

    // A real sign-in's callback, asked a second time with its flow: the code is spent.
    const done = await signInThroughProvider(app, 'ivar-9');
    expect(done.callback.statusCode).toBe(303);
    const replay = await app.inject({ method: 'GET', url: done.callbackUrl, headers: { cookie: done.flowCookie } });
    expectPage(replay, 400, `Inloggningen har gått ut eller redan använts (invalid_grant). ${AGAIN}`);

    // Eleven minutes at the provider is too long.
    const late = await start();
    offsetMs = 11 * 60 * 1000;
    try {
      expectPage(await callback(`?code=abc&state=${late.state}`, late.cookie), 400, `Inloggningen tog för lång tid och har gått ut. ${AGAIN}`);
    } finally {
      offsetMs = 0;
    }
    // Nothing but Ivar's one sign-in was written.
    const ivar = (await users.findByEmail(database().db, 'ivar@stad.test'))!;
    expect((await auditEvents.listForEntity(database().db, 'user', ivar.id)).map((e) => e.action)).toEqual(['user.provisioned', 'user.signed_in']);
    expect(JSON.parse(await storedState(database())).counts).toEqual(JSON.parse(before).counts.map((c: string) => c.replace(/^(users|audit_events)=(\d+)$/u, (_, t: string, n: string) => `${t}=${Number(n) + (t === 'users' ? 1 : 2)}`)));
  });

  it('signs out of a session from the provider by naming the provider’s sign-out (id_token_hint, post_logout_redirect_uri); a password session just ends', async () => {
    provider.accounts.set('jon-10', { email: 'jon@stad.test', groups: ['redovisa-controllers'] });
    const { sessionCookie } = await signInThroughProvider(app, 'jon-10');
    const { csrfToken } = (await sessionOf(app, sessionCookie!)).json();
    const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: sessionCookie!, 'x-csrf-token': csrfToken } });
    expect(out.statusCode).toBe(200);
    const logout = new URL(out.json().logoutUrl);
    expect(`${logout.origin}${logout.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(Object.fromEntries(logout.searchParams)).toEqual({
      client_id: 'redovisa', id_token_hint: expect.stringMatching(/^ey[\w-]+\.[\w-]+\.[\w-]+$/u), post_logout_redirect_uri: `${TEST_APP_URL}/logga-in`,
    });
    expect((await sessionOf(app, sessionCookie!)).statusCode).toBe(401);

    const local = await signIn(app, (await createUser(database(), { role: 'reader' })).email);
    expect((await local.delete('/api/session')).statusCode).toBe(204);
  });

  it('with LOCAL_ACCOUNTS=off refuses every password sign-in (403, nothing counted) and signs in through the provider', async () => {
    const off = await startTestServer(database(), { signIn: ssoSettings(provider, { roleMap: ROLE_MAP, localAccounts: false }) });
    try {
      const user = await createUser(database(), { role: 'controller', email: 'kim@stad.test' });
      const before = await storedState(database());
      for (const payload of [{ email: user.email, password: TEST_PASSWORD }, { email: 'ingen@stad.test', password: 'fel' }, {}]) {
        const res = await off.inject({ method: 'POST', url: '/api/session', payload });
        expect([res.statusCode, res.json()]).toEqual([403, {
          code: 'forbidden', message: 'Inloggning med lösenord är avstängd här; logga in med Testkommunens inloggning.', requestId: expect.any(String),
        }]);
      }
      expect(await storedState(database())).toBe(before);
      expect(await database().db.selectFrom('sign_in_attempts').selectAll().where('email', '=', user.email).execute()).toEqual([]);
      expect((await off.inject('/api/auth/methods')).json()).toEqual({ password: false, organisation: { name: 'Testkommunens inloggning', startUrl: '/api/auth/oidc/start' } });
      provider.accounts.set('kim-11', { email: 'KIM@stad.test' });
      const { callback, sessionCookie } = await signInThroughProvider(off, 'kim-11');
      expect(callback.statusCode).toBe(303);
      expect((await sessionOf(off, sessionCookie!)).json().user.id).toBe(user.id);
    } finally {
      await off.close();
    }
  });

  it('answers a Swedish page when single sign-on is not set up (404) or the provider does not answer (503)', async () => {
    const none = await startTestServer(database(), { signIn: { localAccounts: true, sso: null } });
    const away = await startTestServer(database(), { signIn: ssoSettings({ ...provider, issuer: 'http://127.0.0.1:9' }) });
    try {
      expect((await none.inject('/api/auth/methods')).json()).toEqual({ password: true, organisation: null });
      expectPage(await none.inject('/api/auth/oidc/start'), 404, 'Inloggning via organisationen är inte inställd i Redovisa.');
      expectPage(await none.inject('/api/auth/oidc/callback?code=a&state=b'), 404, 'Inloggning via organisationen är inte inställd i Redovisa.');
      expectPage(await away.inject('/api/auth/oidc/start'), 503, 'Testkommunens inloggning svarar inte just nu. Försök igen om en stund, eller kontakta Redovisas administratör om felet kvarstår.');
    } finally {
      await none.close();
      await away.close();
    }
  });
});

describe('the sign-in settings from the environment', () => {
  const refusal = (env: NodeJS.ProcessEnv) => {
    try {
      signInSettingsFromEnv(env);
      return 'accepted';
    } catch (error) {
      return error instanceof AppError ? [error.code, error.message] : error;
    }
  };
  const OIDC = { OIDC_ISSUER: 'https://login.stad.test/realms/stad', OIDC_CLIENT_ID: 'redovisa', OIDC_CLIENT_SECRET: 'hemlig' };

  it('is password sign-in alone without OIDC_ISSUER, and both with it, with the defaults', () => {
    expect(signInSettingsFromEnv({})).toEqual({ localAccounts: true, sso: null });
    expect(signInSettingsFromEnv({ ...OIDC, PUBLIC_URL: 'https://redovisa.stad.test', LOCAL_ACCOUNTS: 'OFF', OIDC_ROLE_MAP: 'ekonomi=controller' })).toEqual({
      localAccounts: false,
      sso: {
        issuer: new URL(OIDC.OIDC_ISSUER), clientId: 'redovisa', clientSecret: 'hemlig', emailClaim: 'email', groupClaim: 'groups',
        roleMap: [{ group: 'ekonomi', role: 'controller', committee: null }], name: 'organisationens inloggning', scopes: 'openid email profile',
        redirectUri: new URL('https://redovisa.stad.test/api/auth/oidc/callback'), postLogoutRedirectUri: new URL('https://redovisa.stad.test/logga-in'),
      },
    });
    const custom = signInSettingsFromEnv({ ...OIDC, PORT: '8080', OIDC_EMAIL_CLAIM: 'upn', OIDC_GROUP_CLAIM: 'roles', OIDC_NAME: 'Stockholms konto', OIDC_SCOPES: 'openid  email groups' }).sso;
    expect([custom?.emailClaim, custom?.groupClaim, custom?.name, custom?.scopes, custom?.redirectUri.href]).toEqual(['upn', 'roles', 'Stockholms konto', 'openid email groups', 'http://localhost:8080/api/auth/oidc/callback']);
  });

  it('refuses what cannot be used, naming the variable', () => {
    expect(refusal({ LOCAL_ACCOUNTS: 'off' })).toEqual(['invalid_input', 'LOCAL_ACCOUNTS: off stänger av inloggning med lösenord, men ingen annan inloggning är inställd: sätt OIDC_ISSUER, OIDC_CLIENT_ID och OIDC_CLIENT_SECRET.']);
    expect(refusal({ LOCAL_ACCOUNTS: 'nej' })).toEqual(['invalid_input', 'LOCAL_ACCOUNTS: ”nej” ska vara on eller off.']);
    expect(refusal({ ...OIDC, OIDC_ISSUER: 'http://login.stad.test' })).toEqual(['invalid_input', 'OIDC_ISSUER: http://login.stad.test ska vara en https-adress.']);
    expect(refusal({ ...OIDC, OIDC_ISSUER: 'login.stad.test' })).toEqual(['invalid_input', 'OIDC_ISSUER: ”login.stad.test” är ingen adress (till exempel https://login.stad.se/realms/stad).']);
    expect(refusal({ ...OIDC, OIDC_CLIENT_ID: ' ' })).toEqual(['invalid_input', 'OIDC_CLIENT_ID: ange klient-id:t som Redovisa har hos organisationens inloggning.']);
    expect(refusal({ ...OIDC, OIDC_CLIENT_SECRET: undefined })).toEqual(['invalid_input', 'OIDC_CLIENT_SECRET: ange klienthemligheten som Redovisa har hos organisationens inloggning.']);
    expect(refusal({ ...OIDC, OIDC_SCOPES: 'email profile' })).toEqual(['invalid_input', 'OIDC_SCOPES: ska innehålla openid (till exempel ”openid email profile”).']);
    expect(refusal({ ...OIDC, OIDC_ROLE_MAP: 'hv=reporter' })).toEqual(['invalid_input', 'OIDC_ROLE_MAP: rollen Rapportör hör till en nämnd: skriv hv=reporter:nämndens namn.']);
    // A provider on this machine may speak plain HTTP (a developer's, the tests').
    expect(refusal({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:8080' })).toBe('accepted');
  });
});
