import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { signIn } from '../../app/accounts/sign-in.js';
import { endSession } from '../../app/accounts/sessions.js';
import { globalAbilities } from '../../app/policies/session.js';
import { noContent } from '../../contract/common.js';
import { sessionQuery, sessionSchema, signedOutSchema, signInInput, type Session } from '../../contract/session.js';
import { committees } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { ROLE_NAMES } from '../../domain/roles.js';
import { clearSessionCookie, contextOf, SESSION_COOKIE, setSessionCookie } from '../session.js';
import type { IdentityProvider } from '../sso/provider.js';
import type { SignInSettings } from '../sso/settings.js';
import type { FastifyRequest } from 'fastify';

/**
 * Signing in and out, and who is signed in: the session as the UI needs it, with abilities. With
 * LOCAL_ACCOUNTS=off, signing in with a password is refused; signing out of a session opened through
 * the organisation's provider also names the provider's sign-out to go to.
 */
export function sessionRoutes(settings: SignInSettings, provider: IdentityProvider | null): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/session', {
      // Anyone may call this: a large body would cost parsing time before any limit applies.
      bodyLimit: 16 * 1024,
      // Refused before the body is read, and before an attempt is counted: nothing is written.
      onRequest: async () => {
        if (!settings.localAccounts) {
          throw new AppError('forbidden', `Inloggning med lösenord är avstängd här; logga in med ${settings.sso?.name ?? 'organisationens inloggning'}.`);
        }
      },
      schema: {
        tags: ['Inloggning'], summary: 'Logga in med e-postadress och lösenord', body: signInInput, security: [], response: { 200: sessionSchema },
      },
    }, async (request, reply) => {
      const { database, now } = app.redovisa;
      const created = await signIn(database, { ...request.body, ip: request.ip, now: now() });
      // Signing in again ends the session the browser had, so no old token lives on beside the new one.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await endSession(database, previous);
      setSessionCookie(request, reply, created.token);
      request.session = { user: created.user, csrfToken: created.csrfToken, expiresAt: created.expiresAt.toISOString() };
      return presentSession(request);
    });

    app.get('/api/session', {
      schema: {
        tags: ['Inloggning'],
        summary: 'Den inloggade användaren, CSRF-token och behörigheter',
        description: 'Utan inloggning 401; med `?optional=1` i stället 204 utan innehåll.',
        querystring: sessionQuery,
        response: { 200: sessionSchema, 204: noContent },
      },
    }, async (request, reply) => {
      if (request.session === null && request.query.optional === '1') return reply.status(204).send();
      return presentSession(request);
    });

    app.delete('/api/session', {
      schema: {
        tags: ['Inloggning'],
        summary: 'Logga ut',
        description: 'Avslutar sessionen (204). En session från organisationens inloggning svarar 200 med adressen till dess utloggning, när den har en.',
        response: { 200: signedOutSchema, 204: noContent },
      },
    }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      const { idToken } = token ? await endSession(app.redovisa.database, token) : { idToken: null };
      clearSessionCookie(request, reply);
      const logoutUrl = idToken !== null && provider !== null ? await provider.signOutUrl(idToken) : null;
      if (logoutUrl !== null) return { logoutUrl: logoutUrl.href };
      return reply.status(204).send();
    });
  };
}

async function presentSession(request: FastifyRequest): Promise<Session> {
  const ctx = contextOf(request);
  const session = request.session!;
  const { user } = session;
  const committee = user.committeeId === null ? undefined : await committees.getById(ctx.database.db, user.committeeId).catch(() => undefined);
  return {
    user: {
      id: user.id, email: user.email, name: user.name, role: user.role, roleName: ROLE_NAMES[user.role],
      committeeId: user.committeeId, committeeName: committee?.name ?? null,
    },
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    abilities: globalAbilities(ctx.actor),
  };
}
