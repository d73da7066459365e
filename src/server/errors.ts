import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ErrorBody } from '../contract/common.js';
import { AppError, type ErrorCode } from '../domain/errors.js';
import { isPageRequest } from './web.js';

// Validation messages from zod in Swedish, whichever module happens to load first.
z.config(z.locales.sv());

// Codes become HTTP statuses only here, at the edge (STYLE.md: errors are values with codes).
const STATUS: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  too_many_requests: 429,
  unreadable_document: 422,
  unavailable: 503,
  internal: 500,
};

/** The HTTP status of an error code, for answers that are pages rather than JSON. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

/**
 * Maps AppErrors, schema validation and framework errors to `{ code, message }` with a Swedish message
 * and a 4xx status; only a fault of ours is a 500. With a front end, unknown page addresses get its page.
 */
export function installErrorHandler(app: FastifyInstance, options: { spaIndex: boolean }): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { code: error.code, message: error.message };
      if (Object.keys(error.details).length > 0) body.details = error.details;
      return send(reply, STATUS[error.code], body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = fieldName(first?.instancePath ?? '', error.validationContext);
      const message = first ? `${field}: ${first.message}` : 'Förfrågan är ogiltig.';
      return send(reply, 400, { code: 'invalid_input', message, details: { field } });
    }
    // A backstop behind the control-character check: PostgreSQL refuses NUL and bytes its encoding
    // cannot hold (22021, 22P05); that is bad input, not a fault of ours.
    if ('code' in error && (error.code === '22021' || error.code === '22P05')) {
      return send(reply, 400, { code: 'invalid_input', message: 'Texten innehåller ett tecken som inte kan sparas; skriv om den utan det.' });
    }
    // The database gone (PostgreSQL restarting, the database closed to connections, the network):
    // a 503 the client may try again, and the pool reconnects by itself once it is back.
    if (databaseUnavailable(error)) {
      request.log.warn({ err: error }, 'databasen svarar inte');
      reply.header('retry-after', '5');
      return send(reply, 503, { code: 'unavailable', message: 'Databasen svarar inte just nu; försök igen om en stund. Inget av det du skickade sparades.' });
    }
    const storage = storageRefusal(error);
    if (storage !== null) {
      request.log.error({ err: error }, 'databasen tar inte emot ändringar');
      reply.header('retry-after', '60');
      return send(reply, 503, { code: 'unavailable', message: storage });
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      return send(reply, status, { code: 'invalid_input', message: clientErrorMessage(error, status) });
    }
    request.log.error({ err: error }, 'oväntat fel');
    return send(reply, 500, { code: 'internal', message: `Ett oväntat fel inträffade. Försök igen om en stund; kvarstår felet, ange referens ${request.id}.` });
  });
  app.setNotFoundHandler((request, reply) => {
    if (options.spaIndex && isPageRequest(request.method, request.url)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return send(reply, 404, { code: 'not_found', message: 'Sidan eller resursen finns inte.' });
  });
}

// PostgreSQL's classes 08 (connection exception) and 57P (operator intervention: shutdown, crash,
// cannot connect now), a database not accepting connections (55000 with that message), and the
// driver's own words for a connection that went away.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

function databaseUnavailable(error: Error): boolean {
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return true;
  if (code === '55000' && /not currently accepting connections/.test(error.message)) return true;
  if (code === '3D000') return true;
  return code === '' && /^(Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error)/.test(error.message);
}

// The database takes no writes: the disk is full, or the file or database is read-only. The
// transaction is rolled back, so nothing is half-written; once space or write access returns, the
// next save works without a restart.
function storageRefusal(error: Error): string | null {
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (code === 'SQLITE_FULL' || code === '53100') {
    return 'Databasens disk är full: inget av det du skickade sparades. Driften behöver frigöra utrymme; försök sedan igen.';
  }
  if (code.startsWith('SQLITE_READONLY') || code === '25006') {
    return 'Databasen är skrivskyddad just nu: inget av det du skickade sparades. Försök igen om en stund.';
  }
  return null;
}

function send(reply: FastifyReply, status: number, body: ErrorBody) {
  return reply.status(status).send({ ...body, requestId: reply.request.id });
}

// "/sections/0/entries/2/amountOre" in the body → "sections.0.entries.2.amountOre"; the UI maps it to a field.
function fieldName(instancePath: string, context: string | undefined): string {
  const pathText = instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (pathText !== '') return pathText;
  return context === 'params' ? 'adressen' : context === 'querystring' ? 'frågesträngen' : 'innehållet';
}

function clientErrorMessage(error: Error, status: number): string {
  const code = 'code' in error ? String(error.code) : '';
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'Innehållstypen stöds inte; skicka JSON.';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'Förfrågan är för stor.';
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'Förfrågan saknar innehåll; skicka JSON.';
  if (code.startsWith('FST_ERR_CTP') || error instanceof SyntaxError) return 'Förfrågans innehåll kan inte läsas som JSON.';
  if (status === 413) return 'Förfrågan är för stor.';
  return 'Förfrågan kan inte behandlas.';
}

