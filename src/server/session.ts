import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resumeSession, type ActiveSession } from '../app/accounts/sessions.js';
import type { AppContext } from '../app/context.js';
import type { Database } from '../db/index.js';
import { hasMetricsToken } from './metrics-token.js';
import { AppError } from '../domain/errors.js';

/** The cookie that carries the session token; HttpOnly, so page scripts never see it. */
export const SESSION_COOKIE = 'redovisa_session';
/** The header every changing API request carries, with the session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyInstance {
    redovisa: { database: Database; now: () => Date };
  }
  interface FastifyRequest {
    /** The signed-in session, or null; set for every request before its handler runs. */
    session: ActiveSession | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Signing in needs no CSRF token: the visitor has none yet, and a new session replaces any old one.
const SIGN_IN_ROUTE = '/api/session';
// The only API routes a visitor without a session may call: signing in, signing out (which clears a
// stale cookie), the API's own description, and the password links. Signing in through the organisation's provider is a
// pair of the browser's navigations (start, callback) that carry no CSRF token: the callback is held
// to the flow it belongs to by its state, checked against the HttpOnly cookie the start set.
const PUBLIC_ROUTES = new Set([
  'POST /api/session', 'DELETE /api/session', 'GET /api/openapi.json', 'HEAD /api/openapi.json',
  'GET /api/auth/methods', 'HEAD /api/auth/methods', 'GET /api/auth/oidc/start', 'HEAD /api/auth/oidc/start',
  'GET /api/auth/oidc/callback', 'HEAD /api/auth/oidc/callback',
  // Whether the public record is on: the sign-in page asks it to link there.
  'GET /api/public-site', 'HEAD /api/public-site',
  // A forgotten password and choosing one with a one-time link: the token in the body is the authority.
  'POST /api/password-resets', 'POST /api/password-link', 'POST /api/password-link/use',
]);

/**
 * Finds each request's session from its cookie, and refuses a changing request whose CSRF header
 * does not match the session's token. The cookie is SameSite=Lax as a second line of defence.
 */
export function installSessions(app: FastifyInstance): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    // Only API routes act for a user; the front end's files and the health check are the same for
    // everyone, and looking the session up for them would cost a query per asset.
    if (!route?.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? ((await resumeSession(app.redovisa.database, token, app.redovisa.now())) ?? null) : null;
    // Refused before the request is validated, so a visitor learns nothing from 400s about what exists.
    if (request.session === null && !PUBLIC_ROUTES.has(`${request.method} ${route}`) && !optionalSessionQuestion(request) && !scraperWithToken(request)) {
      throw new AppError('unauthenticated', NOT_SIGNED_IN);
    }
    if (SAFE_METHODS.has(request.method) || request.session === null) return;
    // Decided by the matched route, not the raw URL: the router decodes the path, so "/%61pi/users"
    // reaches /api/users, and a check on the URL's text would let it through without a token.
    if (request.method === 'POST' && route === SIGN_IN_ROUTE) return;
    if (!sameToken(request.headers[CSRF_HEADER], request.session.csrfToken)) {
      throw new AppError('forbidden', 'Sidan är för gammal för att spara från (CSRF-kontrollen misslyckades). Ladda om sidan och försök igen.', { field: CSRF_HEADER });
    }
  });
}

// A metrics scraper has no account: GET /api/metrics with METRICS_TOKEN as its bearer token.
function scraperWithToken(request: FastifyRequest): boolean {
  return request.method === 'GET' && request.routeOptions.url === '/api/metrics' && hasMetricsToken(request);
}

// GET /api/session?optional=1 asks whether anyone is signed in: "nobody" is an answer (204), not a refusal.
function optionalSessionQuestion(request: FastifyRequest): boolean {
  const query: unknown = request.query;
  return request.method === 'GET' && request.routeOptions.url === SIGN_IN_ROUTE
    && typeof query === 'object' && query !== null && 'optional' in query && query.optional === '1';
}

function sameToken(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// The cookie has no expiry of its own (it ends when the browser closes): the server slides the
// session's idle limit on every request, and a cookie expiry fixed at sign-in would sign an active
// user out after eight hours however busy they were.
const COOKIE_OPTIONS = { path: '/', httpOnly: true, sameSite: 'lax' } as const;

/** Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, and Secure whenever the request came over HTTPS. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { ...COOKIE_OPTIONS, secure: request.protocol === 'https' });
}

/** Clears the session cookie in the browser. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { ...COOKIE_OPTIONS, secure: request.protocol === 'https' });
}

const NOT_SIGNED_IN = 'Du är inte inloggad. Logga in och försök igen.';

/** The use-case context of a signed-in request; 401 when nobody is signed in. */
export function contextOf(request: FastifyRequest): AppContext {
  const session = request.session;
  if (session === null) throw new AppError('unauthenticated', NOT_SIGNED_IN);
  const { database, now } = request.server.redovisa;
  const { id, name, role, committeeId } = session.user;
  return { database, now, ip: request.ip, actor: { kind: 'user', id, name, role, committeeId } };
}
