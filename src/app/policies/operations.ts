import type { Actor } from '../context.js';

/**
 * Whether the actor may read the running instance's metrics (requests, latencies, the database's
 * answer time): those who run the service — controllers and admins — or the operator. A scraper
 * without an account uses METRICS_TOKEN instead (checked at the edge).
 */
export function canReadMetrics(actor: Actor): boolean {
  return actor.kind === 'operator' || actor.role === 'controller' || actor.role === 'admin';
}
