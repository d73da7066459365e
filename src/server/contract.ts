import type { FastifyInstance, RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '../contract/common.js';

/**
 * Holds every API route to the contract (src/contract): requests are parsed with its zod schemas,
 * answers are encoded with them. A route under /api must declare its success answer; each object
 * in it must be strict, so a presenter that sends a field the contract does not name, or a value
 * of the wrong type, is a 500 in the first test that calls it rather than a silent change; and a
 * route that answers a success status it did not declare is one too. Errors are `{ code, message }`.
 */
export function installContract(app: FastifyInstance): void {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || isHidden(route)) return;
    const response = responsesOf(route);
    if (!Object.keys(response).some((status) => /^2(\d\d|xx)$/.test(status))) {
      throw new Error(`${route.method} ${route.url}: vägen beskriver inget lyckat svar (schema.response), se src/contract.`);
    }
    for (const [status, schema] of Object.entries(response)) {
      if (isZodSchema(schema)) assertStrict(schema, `${route.method} ${route.url} ${status}`);
    }
    // Every route answers errors in one shape; declared here once, so OpenAPI shows it everywhere.
    response['4xx'] ??= errorBodySchema;
    response['5xx'] ??= errorBodySchema;
  });
  app.addHook('preSerialization', async (request, reply, payload) => {
    const response = request.routeOptions.schema?.response;
    const status = reply.statusCode;
    if (response === undefined || status < 200 || status > 299) return payload;
    if (typeof response === 'object' && response !== null && !(String(status) in response) && !('2xx' in response)) {
      throw new Error(`${request.method} ${request.routeOptions.url}: svarade ${status}, som vägen inte beskriver i schema.response.`);
    }
    return payload;
  });
}

function isHidden(route: RouteOptions): boolean {
  const schema: unknown = route.schema;
  return typeof schema === 'object' && schema !== null && 'hide' in schema && schema.hide === true;
}

function responsesOf(route: RouteOptions): Record<string, unknown> {
  route.schema ??= {};
  const response: unknown = route.schema.response;
  if (typeof response === 'object' && response !== null) return response as Record<string, unknown>;
  const created: Record<string, unknown> = {};
  route.schema.response = created;
  return created;
}

function isZodSchema(value: unknown): value is z.ZodType {
  return value instanceof z.ZodType;
}

/** Throws unless every object in the schema refuses keys it does not name (z.strictObject). */
function assertStrict(schema: z.core.$ZodType, where: string, seen = new Set<z.core.$ZodType>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  let children: readonly z.core.$ZodType[] = [];
  if (schema instanceof z.ZodObject) {
    if (!(schema.def.catchall instanceof z.ZodNever)) {
      throw new Error(`${where}: svarets objekt ska vara z.strictObject, så att ett fält som kontraktet inte nämner inte slinker igenom.`);
    }
    children = Object.values(schema.shape);
  } else if (schema instanceof z.ZodArray) children = [schema.element];
  else if (schema instanceof z.ZodRecord) children = [schema.valueType];
  else if (schema instanceof z.ZodUnion) children = schema.options;
  else if (schema instanceof z.ZodIntersection) children = [schema.def.left, schema.def.right];
  else if (schema instanceof z.ZodPipe) children = [schema.in, schema.out];
  else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault
    || schema instanceof z.ZodReadonly) children = [schema.def.innerType];
  for (const child of children) assertStrict(child, where, seen);
}
