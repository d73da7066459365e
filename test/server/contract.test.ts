// The contract (src/contract) holds the server to its word: every route describes its answers, the
// description is what OpenAPI publishes, and an answer that strays from it fails instead of passing.
import Fastify, { type FastifyInstance, type FastifySchema } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { committeeSchema } from '../../src/contract/committees.js';
import { installContract } from '../../src/server/contract.js';
import { installErrorHandler } from '../../src/server/errors.js';
import { useTestDatabase } from '../support/db.js';
import { registeredRoutes, splitRoute } from '../support/routes.js';
import { startTestServer } from '../support/server.js';

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

describe('the OpenAPI description', () => {
  const database = useTestDatabase('sqlite');
  let app: FastifyInstance;
  let paths: Json;

  beforeAll(async () => {
    app = await startTestServer(database());
    const res = await app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    paths = res.json().paths;
  });
  afterAll(() => app.close());

  it("has a schema for every route's success answer: JSON, the document's media types, or no content", async () => {
    // Signing in through the organisation's provider is two browser navigations answered with a
    // redirect or an HTML page, not JSON: they are left out of the description.
    const navigations = new Set(['GET /api/openapi.json', 'GET /api/auth/oidc/start', 'GET /api/auth/oidc/callback']);
    const routes = registeredRoutes(app).filter((key) => key.includes(' /api/') && !navigations.has(key));
    expect(routes.length).toBeGreaterThan(30);
    for (const key of routes) {
      const [method, url] = splitRoute(key);
      const operation = (paths[url.replace(/:(\w+)/g, '{$1}')] as Json | undefined)?.[method.toLowerCase()];
      expect([key, isJson(operation)]).toEqual([key, true]);
      const responses = (operation as Json).responses as Json;
      // One success answer per route; GET /api/session also answers 204 (?optional=1 for a visitor),
      // and DELETE /api/session 200 with the provider's sign-out for a session from single sign-on.
      const success = Object.keys(responses).filter((status) => status.startsWith('2'));
      expect([key, success]).toEqual([key, key === 'GET /api/session' || key === 'DELETE /api/session' ? ['200', '204'] : [expect.any(String)]]);
      for (const status of success) {
        const answer = responses[status] as Json;
        if (status === '204') {
          expect([key, answer.content]).toEqual([key, undefined]);
          continue;
        }
        const content = answer.content as Record<string, { schema: Json }>;
        const json = content['application/json']?.schema;
        if (json) {
          expect([key, json.type, isJson(json.properties)]).toEqual([key, 'object', true]);
        } else {
          // A download (a document, an SIE file, a list) names each media type it can answer with, as
          // bytes; plain text (the metrics) as a string.
          const media = Object.entries(content);
          const described = ([type, { schema }]: [string, { schema: Json }]) =>
            schema.type === 'string' && (schema.format === 'binary' || type.startsWith('text/plain'));
          expect([key, media.length > 0, media.every(described)]).toEqual([key, true, true]);
        }
      }
      const error = (responses['4XX'] as Json | undefined)?.content as Record<string, { schema: Json }> | undefined;
      expect([key, error?.['application/json']?.schema.required]).toEqual([key, ['code', 'message']]);
    }
  });

  it('documents the optional question of GET /api/session: ?optional=1, answered 204 without a session', () => {
    const operation = (paths['/api/session'] as Json).get as Json;
    const parameters = (operation.parameters as Json[]).map((p) => [p.in, p.name, p.required ?? false]);
    expect(parameters).toEqual([['query', 'optional', false]]);
    expect(Object.keys(operation.responses as Json).filter((status) => status.startsWith('2'))).toEqual(['200', '204']);
  });

  it('describes a report field by field, and the document route by its media types', () => {
    const report = ((paths['/api/reports/{id}'] as Json).get as Json).responses as Json;
    const schema = (((report['200'] as Json).content as Json)['application/json'] as Json).schema as Json;
    expect(Object.keys(schema.properties as Json)).toEqual([
      'id', 'state', 'stateName', 'version', 'committeeId', 'committee', 'round', 'createdAt', 'updatedAt', 'submittedAt',
      'submittedBy', 'approvedAt', 'approvedBy', 'content', 'sections', 'comments', 'abilities',
    ]);
    expect(schema.additionalProperties).toBe(false);
    const document = ((paths['/api/reports/{id}/document.{format}'] as Json).get as Json).responses as Json;
    expect(Object.keys((document['200'] as Json).content as Json)).toEqual([
      'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/html; charset=utf-8',
    ]);
  });
});

describe('an answer that strays from the contract', () => {
  const committee = { id: 1, name: 'Kista stadsdelsnämnd', counterpartyNumber: '1718', active: true };

  async function serverWith(register: (app: FastifyInstance) => void): Promise<FastifyInstance> {
    const app = Fastify();
    installContract(app);
    installErrorHandler(app, { spaIndex: false });
    register(app);
    await app.ready();
    return app;
  }

  it('is a 500, not a quietly trimmed answer, when a presenter adds a field or sends the wrong type', async () => {
    const app = await serverWith((server) => {
      const schema = { response: { 200: committeeSchema } };
      server.get('/api/as-agreed', { schema }, async () => committee);
      server.get('/api/extra-field', { schema }, async () => ({ ...committee, passwordHash: 'hemligt' }));
      server.get('/api/wrong-type', { schema }, async () => ({ ...committee, id: '1' }));
      server.get('/api/missing-field', { schema }, async () => ({ id: 1, name: 'Kista stadsdelsnämnd', active: true }));
    });
    const answers = await Promise.all(['/api/as-agreed', '/api/extra-field', '/api/wrong-type', '/api/missing-field'].map(async (url) => {
      const res = await app.inject(url);
      return [url, res.statusCode, res.json().code ?? res.json().name];
    }));
    expect(answers).toEqual([
      ['/api/as-agreed', 200, 'Kista stadsdelsnämnd'],
      ['/api/extra-field', 500, 'internal'],
      ['/api/wrong-type', 500, 'internal'],
      ['/api/missing-field', 500, 'internal'],
    ]);
    await app.close();
  });

  it('is a 500 when a route answers a success status it does not describe', async () => {
    const app = await serverWith((server) => {
      const schema: FastifySchema = { response: { 200: committeeSchema } };
      server.post('/api/created', { schema }, async (_request, reply) => reply.status(201).send(committee));
    });
    const res = await app.inject({ method: 'POST', url: '/api/created' });
    expect([res.statusCode, res.json().code]).toEqual([500, 'internal']);
    await app.close();
  });

  it('cannot be registered: a route without a described answer, or with an object that lets unknown fields through', async () => {
    await expect(serverWith((server) => {
      server.get('/api/undescribed', async () => committee);
    })).rejects.toThrow('GET /api/undescribed: vägen beskriver inget lyckat svar (schema.response), se src/contract.');
    await expect(serverWith((server) => {
      const loose = z.strictObject({ committees: z.array(z.object({ id: z.number() })) });
      server.get('/api/loose', { schema: { response: { 200: loose } } }, async () => ({ committees: [] }));
    })).rejects.toThrow('GET /api/loose 200: svarets objekt ska vara z.strictObject');
  });
});
