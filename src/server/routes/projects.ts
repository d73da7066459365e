import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Routes for projects (filled in by the issue-3 work). */
export const projectsRoutes: FastifyPluginAsyncZod = async () => {};
