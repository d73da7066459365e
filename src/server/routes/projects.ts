import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createProject } from '../../app/setup/create-project.js';
import { assertManagesSetup } from '../../app/setup/forbidden.js';
import { listProjects } from '../../app/setup/list-projects.js';
import { setProjectGrant } from '../../app/setup/set-project-grant.js';
import { updateProject } from '../../app/setup/update-project.js';
import { grantChange, projectChanges, projectInput, projectListSchema, projectSchema } from '../../contract/projects.js';
import { authorizeFirst } from '../authorize.js';
import { idParams, idSchema } from '../params.js';
import { presentProject } from '../presenters/project.js';
import { contextOf } from '../session.js';

const TAGS = ['Projekt'];

// A year in an address or query string: four digits; the use case checks the range.
const yearText = z.string().regex(/^\d{4}$/, 'ska vara ett årtal, till exempel 2014.').transform(Number);

/** Projects with grants: committee users read their own committee's; controllers and admins change them. */
export const projectsRoutes: FastifyPluginAsyncZod = async (app) => {
  // Signed in before the body is checked: a visitor gets 401, not a 400 about a form they may not send.
  app.addHook('preValidation', async (request) => void contextOf(request));

  app.get('/api/projects', {
    schema: {
      tags: TAGS,
      summary: 'Projekten med bidrag per år, för en nämnd och/eller de som pågår ett visst år',
      querystring: z.object({ committeeId: idSchema.optional(), year: yearText.optional() }),
      response: { 200: projectListSchema },
    },
  }, async (request) => ({ projects: (await listProjects(contextOf(request), request.query)).map(presentProject) }));

  app.post('/api/projects', {
    onRequest: authorizeFirst(assertManagesSetup),
    schema: { tags: TAGS, summary: 'Lägg till ett projekt med bidrag per år', body: projectInput, response: { 201: projectSchema } },
  }, async (request, reply) => {
    const project = await createProject(contextOf(request), request.body);
    return reply.status(201).send(presentProject(project));
  });

  app.patch('/api/projects/:id', {
    onRequest: authorizeFirst(assertManagesSetup),
    schema: {
      tags: TAGS,
      summary: 'Ändra ett projekts namn, nummer, satsning eller år',
      params: idParams,
      body: projectChanges,
      response: { 200: projectSchema },
    },
  }, async (request) => presentProject(await updateProject(contextOf(request), request.params.id, request.body)));

  app.put('/api/projects/:id/grants/:year', {
    onRequest: authorizeFirst(assertManagesSetup),
    schema: {
      tags: TAGS,
      summary: 'Sätt projektets bidrag för ett år (i öre)',
      params: idParams.extend({ year: yearText }),
      body: grantChange,
      response: { 200: projectSchema },
    },
  }, async (request) => {
    const { id, year } = request.params;
    return presentProject(await setProjectGrant(contextOf(request), { projectId: id, year, grantOre: request.body.grantOre }));
  });
};
