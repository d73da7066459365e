import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../domain/errors.js';
import { escapeHtml } from '../documents/render/html.js';
import { page } from './pages/layout.js';

// Codes become HTTP statuses only here, at the edge (STYLE.md: errors are values with codes).
const STATUS: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  unreadable_document: 422,
  unavailable: 503,
  internal: 500,
};

/** The JSON body of every error the API returns. */
export interface ErrorBody {
  code: string;
  message: string;
  details?: Readonly<Record<string, unknown>>;
}

/** Maps AppErrors and framework errors to `{ code, message }` with a Swedish message and a 4xx status. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { code: error.code, message: error.message };
      if (Object.keys(error.details).length > 0) body.details = error.details;
      return send(request, reply, STATUS[error.code], body);
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500) {
      return send(request, reply, status, { code: 'invalid_input', message: clientErrorMessage(error, status) });
    }
    request.log.error({ err: error }, 'oväntat fel');
    return send(request, reply, 500, { code: 'internal', message: 'Ett oväntat fel inträffade. Försök igen om en stund.' });
  });
  app.setNotFoundHandler((request, reply) => send(request, reply, 404, { code: 'not_found', message: 'Sidan finns inte.' }));
}

// The API answers JSON; a person following a link in the browser gets the same message as a page.
function send(request: FastifyRequest, reply: FastifyReply, status: number, body: ErrorBody) {
  const wantsPage = !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
  if (!wantsPage) return reply.status(status).send(body);
  const html = page('Fel', `<h1>${status === 404 ? 'Sidan finns inte' : 'Det gick inte'}</h1>\n<p>${escapeHtml(body.message)}</p>\n<p><a href="/">Till alla redovisningar</a></p>`);
  return reply.status(status).type('text/html; charset=utf-8').send(html);
}

function clientErrorMessage(error: Error, status: number): string {
  const code = 'code' in error ? String(error.code) : '';
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'Innehållstypen stöds inte; skicka JSON.';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'Förfrågan är för stor.';
  if (code.startsWith('FST_ERR_CTP') || error instanceof SyntaxError) return 'Förfrågans innehåll kan inte läsas som JSON.';
  if (status === 413) return 'Förfrågan är för stor.';
  return 'Förfrågan kan inte behandlas.';
}
