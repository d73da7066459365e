import type { ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyInstance } from 'fastify';
import type { ErrorBody } from '../contract/common.js';

/**
 * How long a client may take to send a whole request, headers and body. A 14 MB file arrives in it
 * at 4 Mbit/s; a client that trickles a body slower holds a connection and its buffers for nothing.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The server options that cut a request that arrives too slowly (408 with a Swedish message, and the
 * connection closed). Node looks for such requests every `connectionsCheckingInterval`: four times
 * per limit, so one is cut within a quarter of the limit after it passes.
 */
export function timeoutOptions(requestTimeoutMs: number): {
  requestTimeout: number;
  http: ServerOptions;
  clientErrorHandler: (error: ConnectionError, socket: Socket) => void;
} {
  return {
    requestTimeout: requestTimeoutMs,
    http: { requestTimeout: requestTimeoutMs, headersTimeout: requestTimeoutMs, connectionsCheckingInterval: Math.max(100, Math.floor(requestTimeoutMs / 4)) },
    clientErrorHandler(error, socket) {
      answerClientError(error, socket, requestTimeoutMs);
    },
  };
}

// Node reports a request it could not read (too slow, headers too large, not HTTP) to this handler
// before fastify sees a request; the answer is written on the socket, which is then closed.
function answerClientError(error: Error & { code?: string }, socket: Socket, requestTimeoutMs: number): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const seconds = requestTimeoutMs / 1000;
  const [status, reason, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', `Förfrågan kom inte fram i sin helhet inom ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}; försök igen.`]
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'Förfrågans huvuden är för stora.']
        : [400, 'Bad Request', 'Förfrågan kan inte läsas som HTTP.'];
  const body = JSON.stringify({ code: 'invalid_input', message } satisfies ErrorBody);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n`
      + `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }
  socket.destroy();
}

/**
 * Closes the connection after an answer given before the request's body was read to the end (a 401
 * or 403 decided from the headers alone, a 413): keeping it open would mean reading the rest of a
 * body nobody will look at, as slowly as the client cares to send it.
 */
export function installEarlyAnswerClose(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    // `complete` is Node's: false until the whole message has arrived (light-my-request has none).
    if (request.raw.complete === false) reply.header('connection', 'close');
  });
}
