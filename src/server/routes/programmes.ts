import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createProgramme } from '../../app/setup/create-programme.js';
import { assertManagesSetup } from '../../app/setup/forbidden.js';
import { listProgrammes } from '../../app/setup/list-programmes.js';
import { updateProgramme } from '../../app/setup/update-programme.js';
import { programmeChanges, programmeInput, programmeListSchema, programmeSchema } from '../../contract/programmes.js';
import { authorizeFirst } from '../authorize.js';
import { idParams } from '../params.js';
import { presentProgramme } from '../presenters/programme.js';
import { contextOf } from '../session.js';

const TAGS = ['Satsningar'];

/** Programmes: everyone signed in reads them; controllers and admins create and change them. */
export const programmesRoutes: FastifyPluginAsyncZod = async (app) => {
  // Signed in before the body is checked: a visitor gets 401, not a 400 about a form they may not send.
  app.addHook('preValidation', async (request) => void contextOf(request));

  app.get('/api/programmes', {
    schema: { tags: TAGS, summary: 'Alla satsningar', response: { 200: programmeListSchema } },
  }, async (request) => ({ programmes: (await listProgrammes(contextOf(request))).map(presentProgramme) }));

  app.post('/api/programmes', {
    onRequest: authorizeFirst(assertManagesSetup),
    schema: { tags: TAGS, summary: 'Lägg till en satsning', body: programmeInput, response: { 201: programmeSchema } },
  }, async (request, reply) => {
    const programme = await createProgramme(contextOf(request), request.body);
    return reply.status(201).send(presentProgramme(programme));
  });

  app.patch('/api/programmes/:id', {
    onRequest: authorizeFirst(assertManagesSetup),
    schema: {
      tags: TAGS,
      summary: 'Ändra en satsnings namn, IKB eller standardkonto',
      params: idParams,
      body: programmeChanges,
      response: { 200: programmeSchema },
    },
  }, async (request) => presentProgramme(await updateProgramme(contextOf(request), request.params.id, request.body)));
};
