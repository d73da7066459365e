import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes for programmes (filled in by the issue-3 work). */
export const programmesRoutes: FastifyPluginAsyncZod = async () => {};
