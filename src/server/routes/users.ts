import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes for users (filled in by the issue-3 work). */
export const usersRoutes: FastifyPluginAsyncZod = async () => {};
