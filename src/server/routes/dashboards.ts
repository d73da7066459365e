import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getYearDashboard } from '../../app/dashboards/year-dashboard.js';
import { dashboardQuery, yearDashboardSchema } from '../../contract/dashboards.js';
import { contextOf } from '../session.js';

const TAGS = ['Översikt'];

/** The year's dashboard: the central office and readers see every committee, a committee its own. */
export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preValidation', async (request) => void contextOf(request));

  app.get('/api/dashboard', {
    schema: {
      tags: TAGS,
      summary: 'Årets översikt: bidrag, godkända periodiseringar och kvar per nämnd, projekt och omgång; redovisningarnas status; fjolårets summor',
      querystring: dashboardQuery,
      response: { 200: yearDashboardSchema },
    },
  }, async (request) => getYearDashboard(contextOf(request), { year: request.query.year, committeeId: request.query.committee ?? null }));
};
