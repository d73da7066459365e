import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readPasswordLink, setPasswordWithLink } from '../../app/accounts/password-links.js';
import { requestPasswordReset, RESET_ANSWER } from '../../app/accounts/request-password-reset.js';
import { noContent } from '../../contract/common.js';
import {
  passwordLinkInput, passwordLinkSchema, passwordResetAnswerSchema, passwordResetInput, usePasswordLinkInput,
} from '../../contract/password-links.js';

// Anyone may call these, signed in or not (src/server/session.ts lists them as public): the token,
// which only the address's mailbox received, is the authority. Small bodies, as for signing in.
const SMALL_BODY = 16 * 1024;
/** How long every forgotten-password answer takes at least: well above the work for a known address. */
export const RESET_ANSWER_AFTER_MS = 250;

/** A forgotten password, and choosing a password with a one-time link (an invitation's or a reset's). */
export const passwordLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/password-resets', {
    bodyLimit: SMALL_BODY,
    schema: {
      tags: ['Inloggning'],
      summary: 'Glömt lösenordet: skicka en engångslänk till adressen om den hör till en användare',
      description: 'Svarar alltid 202 med samma meddelande, vare sig adressen finns eller inte; högst tre länkar per adress och timme skickas.',
      body: passwordResetInput, security: [], response: { 202: passwordResetAnswerSchema },
    },
  }, async (request, reply) => {
    const { database, now } = app.redovisa;
    const started = performance.now();
    await requestPasswordReset(database, { email: request.body.email, ip: request.ip, now: now() });
    // A known address does more work (its link and e-mail) than an unknown one: every answer waits
    // until the same moment, so its time does not tell whether the address exists.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, RESET_ANSWER_AFTER_MS - (performance.now() - started))));
    return reply.status(202).send({ message: RESET_ANSWER });
  });

  app.post('/api/password-link', {
    bodyLimit: SMALL_BODY,
    schema: {
      tags: ['Inloggning'],
      summary: 'Vad en engångslänk gäller: vems lösenord, inbjudan eller glömt lösenord, och till när',
      description: '404 för en okänd länk; 409 för en använd, ersatt eller utgången länk (`details.reason`).',
      body: passwordLinkInput, security: [], response: { 200: passwordLinkSchema },
    },
  }, async (request) => {
    const { database, now } = app.redovisa;
    return readPasswordLink(database, { token: request.body.token, now: now() });
  });

  app.post('/api/password-link/use', {
    bodyLimit: SMALL_BODY,
    schema: {
      tags: ['Inloggning'],
      summary: 'Välj lösenord med en engångslänk; länken förbrukas och användarens sessioner avslutas',
      body: usePasswordLinkInput, security: [], response: { 204: noContent },
    },
  }, async (request, reply) => {
    const { database, now } = app.redovisa;
    await setPasswordWithLink(database, { ...request.body, ip: request.ip, now: now() });
    return reply.status(204).send();
  });
};
