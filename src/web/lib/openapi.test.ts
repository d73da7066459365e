import { describe, expect, it } from 'vitest';
import { bodyFields, readOpenApi, schemaType } from './openapi.js';

const spec = {
  openapi: '3.0.3',
  info: { title: 'Redovisa API', description: 'JSON över HTTP.' },
  components: { schemas: { Kind: { type: 'string', enum: ['T1', 'T2', 'VB'] } } },
  paths: {
    '/api/rounds': {
      get: { tags: ['Omgångar'], summary: 'Alla omgångar' },
      post: {
        tags: ['Omgångar'], summary: 'Skapa en omgång',
        requestBody: { content: { 'application/json': { schema: {
          type: 'object', required: ['year', 'kind'],
          properties: { year: { type: 'integer', minimum: 2000 }, kind: { $ref: '#/components/schemas/Kind' }, deadline: { type: 'string', format: 'date' } },
        } } } },
      },
    },
    '/api/reports/{id}': {
      put: {
        tags: ['Redovisningar'],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        requestBody: { content: { 'application/json': { schema: {
          type: 'object',
          properties: { sections: { type: 'array', items: { type: 'object', required: ['id'], properties: {
            id: { type: 'integer' }, narrative: { anyOf: [{ type: 'object', properties: { title: { type: 'string', maxLength: 300 } } }, { type: 'null' }] },
          } } } },
        } } } },
      },
    },
    '/health': { get: { summary: 'Hälsa' } },
  },
};

describe('the API description for people', () => {
  it('says types in words', () => {
    expect(schemaType({ type: 'string', format: 'date' })).toBe('string (date)');
    expect(schemaType({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe('string | null');
    expect(schemaType({ type: 'array', items: { type: 'integer' } })).toBe('array<integer>');
    expect(schemaType({ $ref: '#/components/schemas/Kind' }, spec)).toBe('"T1" | "T2" | "VB"');
  });

  it('lists body fields, nested ones with dotted names, with what is required', () => {
    const fields = bodyFields(spec.paths['/api/reports/{id}'].put.requestBody.content['application/json'].schema, spec);
    expect(fields.map((f) => f.name)).toEqual(['sections', 'sections[].id', 'sections[].narrative']);
    expect(fields[1]).toMatchObject({ required: true, type: 'integer' });
  });

  it('groups operations by tag, untagged ones under their own heading', () => {
    const api = readOpenApi(spec, 'Övrigt');
    expect(api.title).toBe('Redovisa API');
    expect(api.groups.map((g) => [g.tag, g.operations.map((o) => `${o.method} ${o.path}`)])).toEqual([
      ['Omgångar', ['GET /api/rounds', 'POST /api/rounds']],
      ['Redovisningar', ['PUT /api/reports/{id}']],
      ['Övrigt', ['GET /health']],
    ]);
    const post = api.groups[0]!.operations[1]!;
    expect(post.body.find((f) => f.name === 'year')).toMatchObject({ type: 'integer', required: true, description: '≥ 2000' });
    expect(api.groups[1]!.operations[0]!.parameters).toEqual([{ name: 'id', location: 'path', type: 'integer', required: true, description: '' }]);
  });

  it('survives a document that is not OpenAPI', () => {
    expect(readOpenApi(null).groups).toEqual([]);
    expect(readOpenApi({ paths: { '/x': 'nonsense' } }).groups).toEqual([]);
  });
});
