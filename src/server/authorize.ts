import type { FastifyRequest } from 'fastify';
import type { Actor } from '../app/context.js';
import { contextOf } from './session.js';

/**
 * A route's `onRequest` hook that holds the signed-in actor to a policy's guard (one that needs only
 * the actor: `assertManagesSetup`, `assertManagesUsers` …) before the body is read or validated. A
 * role that may never use the route gets its 403 at once, not a 400 that describes the form it may
 * not send; the use case checks the same guard again for every other way in (the command line).
 */
export function authorizeFirst(guard: (actor: Actor) => void): (request: FastifyRequest) => Promise<void> {
  return async (request) => guard(contextOf(request).actor);
}
