// Structured logs: one JSON line per event (Fastify's pino), each with the request's id, which every
// answer carries as `x-request-id` and every error answer in its body, so a user's "Referens: …"
// finds the line. Never a secret: no headers (cookies, CSRF tokens), no bodies (passwords, reports),
// no query strings (search terms); a user appears by id, not by name or e-mail.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

// An id a proxy in front gave the request is kept when it looks like one; anything else is replaced.
const GOOD_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** The request's id: the proxy's `x-request-id` when well formed, else a new UUID. */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && GOOD_ID.test(given) ? given : randomUUID();
}

/** The path without its query string: queries hold search terms and return paths. */
function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0]!.slice(0, 300);
}

/** Fastify's logger options: pino at `level`, to `stream` (stdout when absent), with nothing secret. */
export function loggerOptions(level: LogLevel, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream === undefined ? {} : { stream }),
    serializers: {
      req: (req: { method?: string; url?: string; ip?: string }) => ({ method: req.method, path: pathOf(req.url), ip: req.ip }),
      res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
      err: (err: Error & { code?: unknown; cause?: unknown }) => ({
        type: err.name, message: err.message, code: err.code, stack: err.stack ?? '',
        ...(err.cause instanceof Error ? { cause: { type: err.cause.name, message: err.cause.message, stack: err.cause.stack } } : {}),
      }),
    },
    // Belt and braces behind the serializers: should a header ever be logged, these are blanked.
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', '*.password'], censor: '[dolt]' },
  };
}

/** LOG_LEVEL from the environment, or info; an unknown level is refused by name. */
export function logLevelSetting(value: string | undefined): LogLevel {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '') return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(text)) return text as LogLevel;
  throw new Error(`LOG_LEVEL ska vara en av ${LOG_LEVELS.join(', ')}, inte ”${value}”.`);
}

/** One line per answered request (instead of Fastify's two): method, path, status, time, user id. */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const userId = request.session?.user.id ?? null;
    const line = { method: request.method, path: pathOf(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, userId };
    if (reply.statusCode >= 500) request.log.error(line, 'svar');
    else request.log.info(line, 'svar');
  });
}
