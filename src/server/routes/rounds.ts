import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes for rounds (filled in by the issue-3 work). */
export const roundsRoutes: FastifyPluginAsyncZod = async () => {};
