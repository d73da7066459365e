// A real server on a real database for API tests, and signed-in clients that carry the session
// cookie and CSRF token exactly as the browser does.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../../src/app/accounts/passwords.js';
import { users, type Database } from '../../src/db/index.js';
import type { Role } from '../../src/domain/roles.js';
import { buildServer, type ServerOptions } from '../../src/server/app.js';

/** The password every test user gets. */
export const TEST_PASSWORD = 'korrekt häst batteri häftklammer';

let passwordHash: Promise<string> | undefined;

/** Builds an API-only server (no front end) on the database, ready for `inject`. */
export async function startTestServer(
  database: Database,
  options: { now?: () => Date; publicSite?: ServerOptions['publicSite']; signIn?: ServerOptions['signIn'] } = {},
): Promise<FastifyInstance> {
  const app = await buildServer({ database, webRoot: null, ...options });
  await app.ready();
  return app;
}

let userCount = 0;
/** Creates a user with the test password; committee roles need a committee id. */
export async function createUser(
  database: Database,
  input: { role: Role; committeeId?: number | null; email?: string; name?: string },
): Promise<users.User> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  userCount += 1;
  return users.create(database.db, {
    email: input.email ?? `${input.role}${userCount}.${Date.now()}@test.stockholm.se`,
    name: input.name ?? `Test ${input.role} ${userCount}`,
    role: input.role,
    committeeId: input.committeeId ?? null,
    passwordHash: await passwordHash,
    now: new Date(),
  });
}

/** A signed-in client: every request carries the session cookie, and changing ones the CSRF header. */
export interface Client {
  readonly cookie: string;
  readonly csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** Signs in through the API (as the browser does) and returns a client for that session. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`Inloggningen misslyckades (${res.statusCode}): ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'redovisa_session');
  if (!setCookie) throw new Error('Inloggningen satte ingen sessionskaka.');
  return clientFor(app, `redovisa_session=${setCookie.value}`, (res.json() as { csrfToken: string }).csrfToken);
}

/** A client for an existing cookie and CSRF token (e.g. to reuse a session on another server). */
export function clientFor(app: FastifyInstance, cookie: string, csrfToken: string): Client {
  const request = (options: InjectOptions) => {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { cookie, ...(options.headers as Record<string, string> | undefined) };
    if (method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = csrfToken;
    return app.inject({ ...options, headers });
  };
  return {
    cookie, csrfToken, request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as object }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/** Creates a user of the role and signs them in. */
export async function signedIn(app: FastifyInstance, database: Database, role: Role, committeeId: number | null = null): Promise<Client> {
  const user = await createUser(database, { role, committeeId });
  return signIn(app, user.email);
}
