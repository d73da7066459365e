import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationNameState, setOrganisationName } from '../../app/organisation.js';
import { assertManagesOrganisationName } from '../../app/policies/organisation-name.js';
import { organisationNameInput, organisationNameSchema } from '../../contract/organisation-name.js';
import { authorizeFirst } from '../authorize.js';
import type { PublicCache } from '../public/public-cache.js';
import { contextOf } from '../session.js';

const TAGS = ['Användare'];

/** The organisation's name in every document's footer: everyone signed in reads it, the admin sets it. */
export function organisationNameRoutes(cache: PublicCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/organisation-name', {
      schema: { tags: TAGS, summary: 'Organisationens namn i dokumentens sidfot', response: { 200: organisationNameSchema } },
    }, async () => organisationNameState(app.redovisa.database.db));

    app.put('/api/organisation-name', {
      onRequest: authorizeFirst(assertManagesOrganisationName),
      schema: { tags: TAGS, summary: 'Ändra organisationens namn (administratör)', body: organisationNameInput, response: { 200: organisationNameSchema } },
    }, async (request) => {
      const state = await setOrganisationName(contextOf(request), request.body.name);
      // The public documents carry the name: this instance's cache lets go at once (others within a second).
      cache.forget();
      return state;
    });
  };
}
