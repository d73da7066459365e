import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { endSession } from '../../app/accounts/sessions.js';
import { signInThroughProvider } from '../../app/accounts/single-sign-on.js';
import { signInMethodsSchema } from '../../contract/session.js';
import { AppError } from '../../domain/errors.js';
import { safeReturnPath } from '../../domain/return-path.js';
import { statusOf } from '../errors.js';
import { SESSION_COOKIE, setSessionCookie } from '../session.js';
import { signInProblemPage } from '../sso/page.js';
import { FLOW_MAX_AGE_MS, providerFailureOf, type IdentityProvider, type SignInFlow } from '../sso/provider.js';
import { CALLBACK_PATH, START_PATH, type SignInSettings } from '../sso/settings.js';

/** The cookie that carries a sign-in under way from start to callback (state, nonce, PKCE verifier). */
export const FLOW_COOKIE = 'redovisa_oidc';
const FLOW_COOKIE_PATH = '/api/auth/oidc/';

function flowCookieOptions(request: FastifyRequest) {
  // Lax: the provider sends the browser back with a top-level GET, which carries it.
  return { path: FLOW_COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' } as const;
}

function encodeFlow(flow: SignInFlow): string {
  return Buffer.from(JSON.stringify(flow)).toString('base64url');
}

/** The flow in the cookie, or undefined when there is none or it is not one of ours. */
function decodeFlow(text: string | undefined): SignInFlow | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const flow = value as Record<string, unknown>;
    const strings = ['state', 'nonce', 'verifier', 'returnTo'].every((key) => typeof flow[key] === 'string');
    return strings && typeof flow.startedAt === 'number' ? (value as SignInFlow) : undefined;
  } catch {
    return undefined;
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const START_AGAIN = 'Gå tillbaka till inloggningen och försök igen.';
const FAILED = 'Inloggningen misslyckades';
const NOT_SET_UP = 'Inloggning via organisationen är inte inställd i Redovisa.';

function problem(reply: FastifyReply, status: number, message: string, title = FAILED) {
  return reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8')
    .send(signInProblemPage({ title, message, requestId: reply.request.id }));
}

/**
 * Signing in through the organisation's OpenID Connect provider: which ways of signing in there are
 * (for the sign-in page), the start (to the provider, with PKCE, state and nonce kept in an HttpOnly
 * cookie), and the callback (back from it: checked, the person found or provisioned, the session
 * opened as a password sign-in opens it). Start and callback are the browser's navigations, not JSON:
 * whatever goes wrong is a Swedish page with a 4xx or 5xx status, never a 500.
 */
export function ssoRoutes(settings: SignInSettings, provider: IdentityProvider | null): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/auth/methods', {
      schema: { tags: ['Inloggning'], summary: 'Hur man kan logga in här', security: [], response: { 200: signInMethodsSchema } },
    }, async () => ({
      password: settings.localAccounts,
      organisation: settings.sso === null ? null : { name: settings.sso.name, startUrl: START_PATH },
    }));

    app.get(START_PATH, { schema: { hide: true } }, async (request, reply) => {
      if (provider === null) return problem(reply, 404, NOT_SET_UP);
      const query = request.query as Record<string, unknown>;
      const returnTo = safeReturnPath(typeof query.till === 'string' ? query.till : null);
      let begun: Awaited<ReturnType<IdentityProvider['begin']>>;
      try {
        begun = await provider.begin(returnTo, app.redovisa.now());
      } catch (error) {
        request.log.warn({ err: error }, 'organisationens inloggning kunde inte nås');
        return problem(reply, 503, `${settings.sso?.name ?? 'Organisationens inloggning'} svarar inte just nu. Försök igen om en stund, eller kontakta Redovisas administratör om felet kvarstår.`);
      }
      reply.setCookie(FLOW_COOKIE, encodeFlow(begun.flow), { ...flowCookieOptions(request), maxAge: FLOW_MAX_AGE_MS / 1000 });
      return reply.header('cache-control', 'no-store').redirect(begun.url.href, 303);
    });

    app.get(CALLBACK_PATH, { schema: { hide: true } }, async (request, reply) => {
      // A flow is used once, whatever comes of it.
      reply.clearCookie(FLOW_COOKIE, flowCookieOptions(request));
      if (provider === null || settings.sso === null) return problem(reply, 404, NOT_SET_UP);
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      const state = new URLSearchParams(search).get('state');
      if (!state) return problem(reply, 400, `Svaret från inloggningen saknar sin kontrollkod (state), så det kan inte godtas. ${START_AGAIN}`);
      const flow = decodeFlow(request.cookies[FLOW_COOKIE]);
      if (!flow) return problem(reply, 400, `Inloggningen startades inte i den här webbläsaren, eller så har den gått ut. ${START_AGAIN}`);
      if (!sameText(state, flow.state)) return problem(reply, 400, `Svaret från inloggningen hör inte till inloggningen som startades här (fel kontrollkod, state). ${START_AGAIN}`);
      const now = app.redovisa.now();
      if (now.getTime() - flow.startedAt > FLOW_MAX_AGE_MS) return problem(reply, 400, `Inloggningen tog för lång tid och har gått ut. ${START_AGAIN}`);

      let answer: Awaited<ReturnType<IdentityProvider['finish']>>;
      try {
        answer = await provider.finish(search, flow);
      } catch (error) {
        const failure = providerFailureOf(error);
        request.log.warn({ err: error, failure }, 'inloggningen via organisationen misslyckades');
        const name = settings.sso.name;
        switch (failure.kind) {
          case 'error_response':
            return failure.error === 'access_denied'
              ? problem(reply, 403, `Inloggningen avbröts eller nekades hos ${name}. ${START_AGAIN}`)
              : problem(reply, 400, `${name} kunde inte logga in dig (${failure.error}). ${START_AGAIN}`);
          case 'code_refused':
            return problem(reply, 400, `Inloggningen har gått ut eller redan använts (${failure.error}). ${START_AGAIN}`);
          case 'unreachable':
            return problem(reply, 503, `${name} svarar inte just nu. Försök igen om en stund.`);
          case 'invalid_answer':
            return problem(reply, 502, `Svaret från ${name} kunde inte godtas, så du loggades inte in. ${START_AGAIN} Kvarstår felet, kontakta Redovisas administratör.`);
        }
      }

      const { database } = app.redovisa;
      let signedIn: Awaited<ReturnType<typeof signInThroughProvider>>;
      try {
        const { emailClaim, groupClaim, roleMap } = settings.sso;
        signedIn = await signInThroughProvider(database, {
          claims: answer.claims, rules: { emailClaim, groupClaim, roleMap }, idToken: answer.idToken, ip: request.ip, now,
        });
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'internal' || error.code === 'unavailable') throw error;
        return problem(reply, statusOf(error.code), error.message, 'Du kan inte logga in i Redovisa');
      }
      // As with a password: a new session replaces the one the browser had.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await endSession(database, previous);
      setSessionCookie(request, reply, signedIn.token);
      return reply.header('cache-control', 'no-store').redirect(flow.returnTo, 303);
    });
  };
}
