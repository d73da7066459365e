import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchReports } from '../../app/search/search-reports.js';
import { searchQuery, searchResultSchema } from '../../contract/search.js';
import { presentSearchHit } from '../presenters/search.js';
import { contextOf } from '../session.js';

const TAGS = ['Sök'];

/** Full-text search over the narratives, project names and entry texts of the reports the user may read. */
export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  // A visitor is told to sign in (401) before being told what is wrong with the query (400).
  app.addHook('preValidation', async (request) => void contextOf(request));

  app.get('/api/search', {
    schema: {
      tags: TAGS,
      summary: 'Sök i delredovisningar, projektnamn och radtexter (svensk stamning), bästa träff först',
      querystring: searchQuery,
      response: { 200: searchResultSchema },
    },
  }, async (request) => {
    const { q, committee, round, year, programme, limit } = request.query;
    const hits = await searchReports(contextOf(request), { q, committeeId: committee, round, year, programmeId: programme, limit });
    return { hits: hits.map(presentSearchHit) };
  });
};
