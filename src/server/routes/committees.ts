import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createCommittee } from '../../app/setup/create-committee.js';
import { listCommittees } from '../../app/setup/list-committees.js';
import { assertManagesSetup } from '../../app/setup/forbidden.js';
import { updateCommittee } from '../../app/setup/update-committee.js';
import { committeeChanges, committeeInput, committeeListSchema, committeeSchema } from '../../contract/committees.js';
import { authorizeFirst } from '../authorize.js';
import { idParams } from '../params.js';
import { presentCommittee } from '../presenters/committee.js';
import { contextOf } from '../session.js';

const TAGS = ['Nämnder'];

/** Committees: everyone signed in reads them; controllers and admins create and change them. */
export const committeesRoutes: FastifyPluginAsyncZod = async (app) => {
  // Signed in before the body is checked: a visitor gets 401, not a 400 about a form they may not send.
  app.addHook('preValidation', async (request) => void contextOf(request));

  app.get('/api/committees', {
    schema: { tags: TAGS, summary: 'Alla nämnder, aktiva och inaktiva', response: { 200: committeeListSchema } },
  }, async (request) => ({ committees: (await listCommittees(contextOf(request))).map(presentCommittee) }));

  app.post('/api/committees', {
    onRequest: authorizeFirst(assertManagesSetup),
    schema: { tags: TAGS, summary: 'Lägg till en nämnd', body: committeeInput, response: { 201: committeeSchema } },
  }, async (request, reply) => {
    const committee = await createCommittee(contextOf(request), request.body);
    return reply.status(201).send(presentCommittee(committee));
  });

  app.patch('/api/committees/:id', {
    onRequest: authorizeFirst(assertManagesSetup),
    schema: {
      tags: TAGS,
      summary: 'Ändra en nämnds namn, motpartsnummer eller om den är aktiv',
      params: idParams,
      body: committeeChanges,
      response: { 200: committeeSchema },
    },
  }, async (request) => presentCommittee(await updateCommittee(contextOf(request), request.params.id, request.body)));
};
