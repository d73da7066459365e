// The OpenAPI description (GET /api/openapi.json) as plain lists for a page people read: operations
// grouped by tag, each with its parameters and body fields and their types in words.
import { isRecord } from './guards.js';

/** One parameter or body field. */
export interface ApiField {
  name: string;
  location: string;
  type: string;
  required: boolean;
  description: string;
}

/** One operation: method, path, summary and its fields. */
export interface ApiOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  parameters: ApiField[];
  body: ApiField[];
}

/** Operations under one tag. */
export interface ApiGroup {
  tag: string;
  operations: ApiOperation[];
}

/** The whole description, for the page. */
export interface ApiDescription {
  title: string;
  description: string;
  groups: ApiGroup[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Json = Record<string, unknown>;

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function resolve(schema: unknown, spec: Json, depth = 0): Json {
  if (!isRecord(schema)) return {};
  const ref = str(schema.$ref);
  if (ref.startsWith('#/') && depth < 10) {
    let node: unknown = spec;
    for (const part of ref.slice(2).split('/')) node = isRecord(node) ? node[part] : undefined;
    return resolve(node, spec, depth + 1);
  }
  return schema;
}

/** A schema's type in words: `string`, `integer`, `string | null`, `array<integer>`, `"T1" | "T2"`. */
export function schemaType(raw: unknown, spec: Json = {}, depth = 0): string {
  const schema = resolve(raw, spec);
  if (depth > 5) return 'object';
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  const union = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : null;
  if (union) return [...new Set(union.map((s) => schemaType(s, spec, depth + 1)))].join(' | ');
  let type: string;
  if (Array.isArray(schema.type)) type = schema.type.map(String).join(' | ');
  else if (schema.type === 'array') type = `array<${schemaType(schema.items, spec, depth + 1)}>`;
  else type = str(schema.type) || (isRecord(schema.properties) ? 'object' : 'any');
  const format = str(schema.format);
  if (format) type += ` (${format})`;
  if (schema.nullable === true) type += ' | null';
  return type;
}

function constraints(schema: Json): string {
  const parts: string[] = [];
  if (typeof schema.minLength === 'number') parts.push(`min ${schema.minLength} tecken`);
  if (typeof schema.maxLength === 'number') parts.push(`max ${schema.maxLength} tecken`);
  if (typeof schema.minimum === 'number') parts.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === 'number') parts.push(`≤ ${schema.maximum}`);
  if (typeof schema.pattern === 'string') parts.push(`mönster ${schema.pattern}`);
  return parts.join(', ');
}

function describe(schema: Json): string {
  return [str(schema.description), constraints(schema)].filter(Boolean).join(' — ');
}

/** The fields of an object schema, nested ones with dotted names (`sections[].entries[].amountOre`). */
export function bodyFields(raw: unknown, spec: Json = {}, prefix = '', depth = 0): ApiField[] {
  const schema = resolve(raw, spec);
  if (depth > 4 || !isRecord(schema.properties)) return [];
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  const fields: ApiField[] = [];
  for (const [name, child] of Object.entries(schema.properties)) {
    const resolved = resolve(child, spec);
    const full = prefix + name;
    fields.push({ name: full, location: 'body', type: schemaType(resolved, spec), required: required.includes(name), description: describe(resolved) });
    const inner = resolved.type === 'array' ? resolve(resolved.items, spec) : resolved;
    const suffix = resolved.type === 'array' ? '[].' : '.';
    fields.push(...bodyFields(inner, spec, full + suffix, depth + 1));
  }
  return fields;
}

/** Reads an OpenAPI 3 document into groups by tag (untagged operations under "Övrigt"). */
export function readOpenApi(spec: unknown, untagged = 'Övrigt'): ApiDescription {
  const doc: Json = isRecord(spec) ? spec : {};
  const info = isRecord(doc.info) ? doc.info : {};
  const groups = new Map<string, ApiOperation[]>();
  const paths = isRecord(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const parameters = (Array.isArray(op.parameters) ? op.parameters : []).map((p) => resolve(p, doc)).map((p) => {
        const schema = resolve(p.schema, doc);
        return { name: str(p.name), location: str(p.in), type: schemaType(schema, doc), required: p.required === true, description: [str(p.description), describe(schema)].filter(Boolean).join(' — ') };
      });
      const content = isRecord(op.requestBody) && isRecord(op.requestBody.content) ? op.requestBody.content : {};
      const json = isRecord(content['application/json']) ? content['application/json'] : null;
      const body = json ? bodyFields(json.schema, doc) : [];
      const tags = Array.isArray(op.tags) && op.tags.length > 0 ? op.tags.map(String) : [untagged];
      const operation: ApiOperation = {
        id: `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, ''),
        method: method.toUpperCase(), path, summary: str(op.summary), parameters, body,
      };
      for (const tag of tags) groups.set(tag, [...(groups.get(tag) ?? []), operation]);
    }
  }
  return {
    title: str(info.title) || 'API',
    description: str(info.description),
    groups: [...groups.entries()].map(([tag, operations]) => ({ tag, operations })),
  };
}
