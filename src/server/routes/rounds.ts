import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { closeRound } from '../../app/rounds/close-round.js';
import { createRound } from '../../app/rounds/create-round.js';
import { getRoundOverview } from '../../app/rounds/get-round-overview.js';
import { listRounds } from '../../app/rounds/list-rounds.js';
import { openRound } from '../../app/rounds/open-round.js';
import { assertMayRemind, remindCommittees } from '../../app/rounds/remind-committees.js';
import { assertManagesRounds } from '../../app/setup/forbidden.js';
import { reminderInput, reminderResultSchema, roundInput, roundListSchema, roundOverviewSchema, roundSchema } from '../../contract/rounds.js';
import { authorizeFirst } from '../authorize.js';
import { idParams } from '../params.js';
import { presentRound, presentRoundOverview } from '../presenters/round.js';
import { contextOf } from '../session.js';

const TAGS = ['Omgångar'];

/** Reporting rounds: everyone signed in sees them; controllers and admins plan, open, close and follow them up. */
export const roundsRoutes: FastifyPluginAsyncZod = async (app) => {
  // Signed in before the body is checked: a visitor gets 401, not a 400 about a form they may not send.
  app.addHook('preValidation', async (request) => void contextOf(request));

  app.get('/api/rounds', {
    schema: { tags: TAGS, summary: 'Alla omgångar, senaste året först', response: { 200: roundListSchema } },
  }, async (request) => ({ rounds: (await listRounds(contextOf(request))).map(presentRound) }));

  app.post('/api/rounds', {
    onRequest: authorizeFirst(assertManagesRounds),
    schema: { tags: TAGS, summary: 'Planera en omgång (T1, T2 eller VB) för ett år', body: roundInput, response: { 201: roundSchema } },
  }, async (request, reply) => {
    const round = await createRound(contextOf(request), request.body);
    return reply.status(201).send(presentRound(round));
  });

  app.post('/api/rounds/:id/open', {
    onRequest: authorizeFirst(assertManagesRounds),
    schema: { tags: TAGS, summary: 'Öppna omgången och skapa utkast för de aktiva nämnderna', params: idParams, response: { 200: roundSchema } },
  }, async (request) => presentRound((await openRound(contextOf(request), request.params.id)).round));

  app.post('/api/rounds/:id/close', {
    onRequest: authorizeFirst(assertManagesRounds),
    schema: { tags: TAGS, summary: 'Stäng omgången', params: idParams, response: { 200: roundSchema } },
  }, async (request) => presentRound(await closeRound(contextOf(request), request.params.id)));

  app.get('/api/rounds/:id/overview', {
    schema: {
      tags: TAGS, summary: 'Översikt: varje nämnds redovisning, status och försening', params: idParams, response: { 200: roundOverviewSchema },
    },
  }, async (request) => presentRoundOverview(await getRoundOverview(contextOf(request), request.params.id)));

  app.post('/api/rounds/:id/reminders', {
    onRequest: authorizeFirst(assertMayRemind),
    schema: {
      tags: TAGS, summary: 'Påminn en nämnd (eller alla som inte skickat in) om redovisningen, med controllerns meddelande',
      params: idParams, body: reminderInput, response: { 200: reminderResultSchema },
    },
  }, async (request) => {
    const { reminded } = await remindCommittees(contextOf(request), { roundId: request.params.id, committeeId: request.body.committeeId ?? null, message: request.body.message });
    return { reminded: [...reminded] };
  });
};
