import type { FastifyInstance } from 'fastify';
import { AppError } from '../domain/errors.js';

// NUL and the other C0 control characters (but tab and line breaks) have no place in anything a
// person types; PostgreSQL refuses NUL in text outright, SQLite would store it, so the two engines
// would disagree. One check at the edge, for every route's body and query, keeps them the same.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The dotted path of the first string holding a control character, or undefined. */
export function findControlCharacter(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return FORBIDDEN.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findControlCharacter(value[i], path === '' ? String(i) : `${path}.${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      const found = findControlCharacter(inner, path === '' ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Refuses, before validation, a request whose body or query holds a control character (400 naming the field). */
export function installControlCharacterCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field = findControlCharacter(request.body) ?? findControlCharacter(request.query);
    if (field === undefined) return;
    const name = field === '' ? 'innehållet' : field;
    throw new AppError('invalid_input', `${name}: texten innehåller ett otillåtet styrtecken; skriv om den utan det.`, { field: name });
  });
}
