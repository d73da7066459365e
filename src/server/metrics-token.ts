import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** METRICS_TOKEN as a bearer token: a scraper's way in without an account. */
export function hasMetricsToken(request: FastifyRequest, token: string | undefined = process.env.METRICS_TOKEN): boolean {
  if (token === undefined || token.length < 16) return false;
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
  const sent = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}
