import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes for committees (filled in by the issue-3 work). */
export const committeesRoutes: FastifyPluginAsyncZod = async () => {};
