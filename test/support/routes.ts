// Every route a built server registers, read from fastify's own route tree, so a test can demand a
// declared policy for each one: a route added without a row in the refusal table breaks the build.
import type { FastifyInstance } from 'fastify';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
/** An HTTP method a route can be registered for. */
export type Method = (typeof METHODS)[number];
/** A registered route as "METHOD /path/:param", e.g. "GET /api/reports/:id". */
export type RouteKey = `${Method} /${string}`;

function isMethod(text: string): text is Method {
  return METHODS.some((m) => m === text);
}

// One line of `printRoutes({ commonPrefix: false })`: indentation in steps of four characters
// ("│   " or "    "), a branch, the path below the parent, and the methods when the node has any.
const LINE = /^((?:│ {3}| {4})*)[├└]── (\S+?)(?: \(([A-Z, ]+)\))?$/;

/**
 * Every method and path the server answers, sorted. HEAD routes that fastify adds beside each GET
 * are left out: they run the GET route's handler and hooks, so the GET row is their policy.
 */
export function registeredRoutes(app: FastifyInstance): RouteKey[] {
  const parents: string[] = [];
  const found: RouteKey[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    if (line.trim() === '') continue;
    const match = LINE.exec(line);
    if (!match) throw new Error(`Raden i fastifys vägträd kunde inte läsas: "${line}"`);
    const depth = (match[1] ?? '').length / 4;
    const path = parents.slice(0, depth).join('') + match[2];
    parents.length = depth;
    parents.push(match[2] ?? '');
    const methods = (match[3] ?? '').split(', ').filter((m) => m !== '');
    for (const method of methods) {
      if (!isMethod(method) || !path.startsWith('/')) throw new Error(`Okänd väg i fastifys vägträd: "${line}"`);
      if (method === 'HEAD' && methods.includes('GET')) continue;
      found.push(`${method} /${path.slice(1)}`);
    }
  }
  // The reading above is checked against the router itself, so a misread tree cannot pass quietly.
  for (const key of found) {
    const [method, url] = splitRoute(key);
    if (!app.hasRoute({ method, url })) throw new Error(`${key} lästes ur vägträdet men servern har ingen sådan väg.`);
  }
  return found.sort();
}

/** The method and path of a route key. */
export function splitRoute(key: RouteKey): [Method, string] {
  const space = key.indexOf(' ');
  const method = key.slice(0, space);
  if (!isMethod(method)) throw new Error(`Okänd metod i ${key}.`);
  return [method, key.slice(space + 1)];
}
