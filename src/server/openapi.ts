import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { CSRF_HEADER, SESSION_COOKIE } from './session.js';

/**
 * Describes the API as OpenAPI 3 from the routes' own zod schemas, so the description cannot drift
 * from what the server validates. Served at /api/openapi.json; the web app renders it for people.
 */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Redovisa API',
        version: '1',
        description:
          'JSON över HTTP. Logga in med POST /api/session; svaret sätter sessionskakan och ger en CSRF-token ' +
          `som varje ändrande anrop skickar i huvudet ${CSRF_HEADER}. Belopp är heltal i öre. Fel svarar ` +
          '{ code, message } med ett svenskt meddelande och rätt 4xx-status.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
