// A real OpenID Connect provider in the test's own process (oidc-provider, in-memory storage), with
// one client — Redovisa — and accounts whose claims the test sets and may change between sign-ins.
// Its login page is oidc-provider's development page: any login with any password signs in as the
// account of that name (an account it does not know cannot finish signing in). Consent is given by
// itself. And a browser without a browser for the API tests: a cookie jar that follows the provider's
// redirects until it is sent back to Redovisa.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Provider, type KoaContextWithOIDC } from 'oidc-provider';
import { parseRoleMap } from '../../src/domain/role-map.js';
import { CALLBACK_PATH, SIGNED_OUT_PATH, START_PATH, type SignInSettings } from '../../src/server/sso/settings.js';

/** The claims of an account at the provider, beside its `sub` (the account's name). */
export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

/** A running provider: its issuer, its accounts (change them at will), and how to stop it. */
export interface TestProvider {
  issuer: string;
  accounts: Map<string, TestAccount>;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

const CLIENT_ID = 'redovisa';
const CLIENT_SECRET = 'testhemlighet-som-bara-finns-i-testerna';

/** Starts the provider on a free port of 127.0.0.1, knowing Redovisa's public address. */
export async function startTestProvider(appUrl: string): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccount>();
  const provider = new Provider(issuer, {
    clients: [{
      client_id: CLIENT_ID, client_secret: CLIENT_SECRET, token_endpoint_auth_method: 'client_secret_post',
      redirect_uris: [new URL(CALLBACK_PATH, appUrl).href], post_logout_redirect_uris: [new URL(SIGNED_OUT_PATH, appUrl).href],
      response_types: ['code'], grant_types: ['authorization_code'],
    }],
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      return account && { accountId: id, claims: async () => ({ sub: id, ...accounts.get(id) }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    // Consent is given for whatever Redovisa asks: the test is about Redovisa, not the consent page.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { Grant } = ctx.oidc.provider;
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      const grant = (grantId ? await Grant.find(grantId) : undefined) ?? new Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
      await grant.save();
      return grant;
    },
    cookies: { keys: ['redovisa-testleverantorens-nyckel'] },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Grant: 3600, Session: 3600 },
  });
  server.on('request', provider.callback());
  return {
    issuer, accounts, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

/** The address the API tests give Redovisa: nothing listens there, requests go in by inject. */
export const TEST_APP_URL = 'http://redovisa.test';

/** Sign-in settings for a server that uses the provider (groups asked for as a scope of their own). */
export function ssoSettings(provider: TestProvider, options: { roleMap?: string; localAccounts?: boolean; appUrl?: string } = {}): SignInSettings {
  const appUrl = options.appUrl ?? TEST_APP_URL;
  return {
    localAccounts: options.localAccounts ?? true,
    sso: {
      issuer: new URL(provider.issuer), clientId: provider.clientId, clientSecret: provider.clientSecret,
      emailClaim: 'email', groupClaim: 'groups', roleMap: parseRoleMap(options.roleMap), name: 'Testkommunens inloggning',
      scopes: 'openid email profile groups',
      redirectUri: new URL(CALLBACK_PATH, appUrl), postLogoutRedirectUri: new URL(SIGNED_OUT_PATH, appUrl),
    },
  };
}

/** Cookies by name, as a browser keeps them for one host (paths and expiry aside). */
class CookieJar {
  readonly #cookies = new Map<string, string>();

  take(headers: string[]): void {
    for (const header of headers) {
      const [pair = ''] = header.split(';');
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      // An expired cookie, or one cleared to nothing, is gone.
      if (value === '' || /expires=Thu, 01 Jan 1970/iu.test(header)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

function setCookies(res: LightMyRequestResponse): string[] {
  const header = res.headers['set-cookie'];
  return Array.isArray(header) ? header : header === undefined ? [] : [header];
}

/** What signing in through the provider came to: Redovisa's answer to the callback, and the cookies it set. */
export interface ProviderSignIn {
  /** The callback's answer: 303 to the app when signed in, a Swedish page otherwise. */
  callback: LightMyRequestResponse;
  /** The session cookie (`redovisa_session=…`) when one was set. */
  sessionCookie: string | undefined;
  /** The callback's URL as the provider sent the browser to it (path and query). */
  callbackUrl: string;
  /** The flow cookie the start set, for asking the callback again. */
  flowCookie: string;
}

/**
 * Signs in through the provider as a browser does: Redovisa's start (by inject), the provider's login
 * page with the account's name (over HTTP), its redirects, and Redovisa's callback (by inject).
 */
export async function signInThroughProvider(app: FastifyInstance, login: string, options: { till?: string; cookie?: string } = {}): Promise<ProviderSignIn> {
  const start = await app.inject({ method: 'GET', url: `${START_PATH}${options.till ? `?till=${encodeURIComponent(options.till)}` : ''}`, ...(options.cookie ? { headers: { cookie: options.cookie } } : {}) });
  if (start.statusCode !== 303) throw new Error(`Starten svarade ${start.statusCode}: ${start.body.slice(0, 300)}`);
  const flow = start.cookies.find((c) => c.name === 'redovisa_oidc');
  if (!flow) throw new Error('Starten satte ingen kaka för inloggningen.');
  const flowCookie = `redovisa_oidc=${flow.value}`;
  const jar = new CookieJar();
  let url = String(start.headers.location);
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop += 1) {
    if (url.startsWith(TEST_APP_URL)) {
      const callbackUrl = url.slice(TEST_APP_URL.length);
      const cookie = [flowCookie, options.cookie].filter(Boolean).join('; ');
      const callback = await app.inject({ method: 'GET', url: callbackUrl, headers: { cookie } });
      const session = setCookies(callback).find((c) => c.startsWith('redovisa_session=') && !c.startsWith('redovisa_session=;'));
      return { callback, sessionCookie: session?.split(';')[0], callbackUrl, flowCookie };
    }
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET', redirect: 'manual',
      headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(body ? { body: body.toString() } : {}),
    });
    jar.take(res.headers.getSetCookie());
    body = undefined;
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    // The login page: its form is sent with the account's name and any password.
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/u.exec(page)?.[1];
    if (!action || !page.includes('name="login"')) throw new Error(`Leverantören svarade ${res.status} utan inloggningsformulär: ${page.slice(0, 500)}`);
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
    body = new URLSearchParams({ prompt: 'login', login, password: 'vilket-som-helst' });
  }
  throw new Error('Inloggningen hos leverantören tog aldrig slut (för många omdirigeringar).');
}
