import Fastify, { type FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.js';
import { installErrorHandler } from './errors.js';
import { pageRoutes } from './routes/pages.js';
import { reportRoutes } from './routes/reports.js';

/** What the server needs: the database, and how to build each request's context. */
export interface ServerOptions {
  /** The context of a request; the foundation server acts as the local operator. */
  contextFor: (ip: string) => AppContext;
  logger?: boolean;
}

/** Builds the Fastify application with its routes and error mapping (not yet listening). */
export function buildServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 10 * 1024 * 1024 });
  installErrorHandler(app);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('content-security-policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
  });
  app.get('/health', async () => ({ ok: true }));
  app.register(reportRoutes(options.contextFor));
  app.register(pageRoutes(options.contextFor));
  return app;
}
