import type { FastifyInstance } from 'fastify';
import { AppError } from '../domain/errors.js';

// NUL and the other C0 control characters (but tab and line breaks) have no place in anything a
// person types; PostgreSQL refuses NUL in text outright, SQLite would store it, so the two engines
// would disagree. One check at the edge, for every route's body and query, keeps them the same.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are invisible
// and turn the text after them around: "faktura\u202Efdp.exe" reads as "fakturaexe.pdf". A name or an
// entry's text can then show a reader something other than what is stored; nobody types them.
const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/;

/** How deeply a request body may nest arrays and objects: a report is five levels deep, nothing needs 64. */
export const MAX_NESTING = 64;

/** What is wrong with a request's input, and where: a dotted path ('' for the whole body). */
export type InputProblem =
  | { readonly kind: 'control_character' | 'direction_character'; readonly path: string }
  | { readonly kind: 'too_deep' };

/**
 * The first string (in document order) holding a control or direction character, or nesting deeper than
 * `MAX_NESTING`. Walks with a stack of its own: a body of thousands of levels would overflow the
 * call stack of a recursive walk (a 500 to anyone, signed in or not), and is refused at level 65.
 */
export function findInputProblem(value: unknown): InputProblem | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value === 'string') {
      if (FORBIDDEN.test(item.value)) return { kind: 'control_character', path: item.path };
      if (DIRECTION.test(item.value)) return { kind: 'direction_character', path: item.path };
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= MAX_NESTING) return { kind: 'too_deep' };
    const entries = Array.isArray(item.value) ? item.value.map((inner, i) => [String(i), inner] as const) : Object.entries(item.value);
    // Pushed last to first, so the first child is looked at first and the path named is the first in the body.
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, inner] = entries[i]!;
      stack.push({ value: inner, path: item.path === '' ? key : `${item.path}.${key}`, depth: item.depth + 1 });
    }
  }
  return undefined;
}

/** The dotted path of the first string holding a control or direction character, or undefined (nesting aside). */
export function findControlCharacter(value: unknown): string | undefined {
  const problem = findInputProblem(value);
  return problem === undefined || problem.kind === 'too_deep' ? undefined : problem.path;
}

/**
 * Refuses, before validation, a request whose body or query holds a control or direction character, or whose body
 * nests deeper than `MAX_NESTING` (400 naming the field, or the body).
 */
export function installControlCharacterCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const problem = findInputProblem(request.body) ?? findInputProblem(request.query);
    if (problem === undefined) return;
    if (problem.kind === 'too_deep') {
      throw new AppError('invalid_input', `innehållet: listor och objekt får vara inbäddade i högst ${MAX_NESTING} nivåer.`, { field: 'innehållet' });
    }
    const name = problem.path === '' ? 'innehållet' : problem.path;
    const what = problem.kind === 'control_character' ? 'ett otillåtet styrtecken' : 'ett osynligt tecken som vänder skrivriktningen';
    throw new AppError('invalid_input', `${name}: texten innehåller ${what}; skriv om den utan det.`, { field: name });
  });
}
