import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createIndicator } from '../../app/indicators/create-indicator.js';
import { listIndicators } from '../../app/indicators/list-indicators.js';
import { setIndicatorTarget } from '../../app/indicators/set-indicator-target.js';
import { updateIndicator } from '../../app/indicators/update-indicator.js';
import { assertManagesSetup } from '../../app/setup/forbidden.js';
import { indicatorChanges, indicatorInput, indicatorListSchema, indicatorSchema, targetChange } from '../../contract/indicators.js';
import { authorizeFirst } from '../authorize.js';
import { idParams, idSchema } from '../params.js';
import { presentIndicator } from '../presenters/indicator.js';
import { contextOf } from '../session.js';

const TAGS = ['Projekt'];
const yearText = z.string().regex(/^\d{4}$/, 'ska vara ett årtal, till exempel 2014.').transform(Number);
const indicatorParams = idParams.extend({ indicatorId: idSchema });

/** A project's indicators: read by those who see the project; controllers and admins manage them and their targets. */
export const indicatorsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preValidation', async (request) => void contextOf(request));

  app.get('/api/projects/:id/indicators', {
    schema: { tags: TAGS, summary: 'Projektets indikatorer med mål per år', params: idParams, response: { 200: indicatorListSchema } },
  }, async (request) => ({ indicators: (await listIndicators(contextOf(request), request.params.id)).map(presentIndicator) }));

  app.post('/api/projects/:id/indicators', {
    onRequest: authorizeFirst(assertManagesSetup),
    schema: { tags: TAGS, summary: 'Lägg till en indikator (namn, enhet, utgångsläge)', params: idParams, body: indicatorInput, response: { 201: indicatorSchema } },
  }, async (request, reply) => reply.status(201).send(presentIndicator(await createIndicator(contextOf(request), request.params.id, request.body))));

  app.patch('/api/projects/:id/indicators/:indicatorId', {
    onRequest: authorizeFirst(assertManagesSetup),
    schema: {
      tags: TAGS, summary: 'Ändra en indikators namn, enhet eller utgångsläge, eller avsluta den',
      params: indicatorParams, body: indicatorChanges, response: { 200: indicatorSchema },
    },
  }, async (request) => presentIndicator(await updateIndicator(contextOf(request), request.params.id, request.params.indicatorId, request.body)));

  app.put('/api/projects/:id/indicators/:indicatorId/targets/:year', {
    onRequest: authorizeFirst(assertManagesSetup),
    schema: {
      tags: TAGS, summary: 'Sätt (eller ta bort, med null) indikatorns mål för ett år',
      params: indicatorParams.extend({ year: yearText }), body: targetChange, response: { 200: indicatorSchema },
    },
  }, async (request) => {
    const { id, indicatorId, year } = request.params;
    return presentIndicator(await setIndicatorTarget(contextOf(request), { projectId: id, indicatorId, year, target: request.body.target }));
  });
};
