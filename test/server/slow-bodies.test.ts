// Bodies that arrive slowly or are not wanted, over a real socket to a listening server: a refusal
// that the headers decide comes at once and closes the connection, without waiting for the body;
// a body that trickles is cut when the request's time is up.
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, type Client } from '../support/server.js';
import { aRoundReport, type RoundReport } from './report-fixtures.js';

/** What came back on a raw connection: the bytes, whether the server closed it, and when. */
interface RawAnswer {
  text: string;
  closedByServer: boolean;
  /** Milliseconds from sending the headers to the first byte of the answer (or -1). */
  answeredAfterMs: number;
  /** Milliseconds from sending the headers until the server closed the connection (or -1). */
  closedAfterMs: number;
}

/**
 * Sends `head` and then `body` in pieces of `chunk` bytes every `everyMs` (all at once when 0),
 * and waits up to `waitMs` for the server to close the connection.
 */
function rawRequest(port: number, head: string, body: string, options: { chunk?: number; everyMs?: number; waitMs: number }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const started = Date.now();
    let text = '';
    let answeredAfterMs = -1;
    let timer: NodeJS.Timeout | undefined;
    const guard = setTimeout(() => {
      clearInterval(timer);
      socket.destroy();
      resolve({ text, closedByServer: false, answeredAfterMs, closedAfterMs: -1 });
    }, options.waitMs);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A server that closes while the client still writes may reset the connection: closed all the same.
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    socket.on('data', (data) => {
      if (answeredAfterMs < 0) answeredAfterMs = Date.now() - started;
      text += data.toString('utf8');
    });
    socket.on('close', () => {
      clearTimeout(guard);
      clearInterval(timer);
      resolve({ text, closedByServer: true, answeredAfterMs, closedAfterMs: Date.now() - started });
    });
    socket.on('connect', () => {
      socket.write(head);
      if (!options.everyMs) {
        socket.write(body);
        return;
      }
      let sent = 0;
      timer = setInterval(() => {
        if (socket.destroyed || sent >= body.length) return clearInterval(timer);
        socket.write(body.slice(sent, sent + (options.chunk ?? 1)));
        sent += options.chunk ?? 1;
      }, options.everyMs);
    });
  });
}

/** The head of a POST/PUT with a JSON body of the declared length. */
const headOf = (method: string, url: string, length: number, headers: Record<string, string> = {}) =>
  `${method} ${url} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n`
  + `${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;

/** The JSON body of an answer read from the socket. */
const bodyOf = (answer: RawAnswer): unknown => JSON.parse(answer.text.slice(answer.text.indexOf('\r\n\r\n') + 4));

describe.each(TEST_DIALECTS)('slow and unwanted request bodies on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let port: number;
  let report: RoundReport;
  let reporter: Client;

  beforeAll(async () => {
    app = await buildServer({ database: database(), webRoot: null, requestTimeoutMs: 1_000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
    report = await aRoundReport(database(), { year: 2017, kind: 'T1', projects: [{ number: 1, name: 'Lärandecenter' }] });
    reporter = await signedIn(app, database(), 'reporter', report.committeeId);
  });
  afterAll(() => app.close());

  it("answers a visitor's 14 MB upload 401 at once, before its body, and closes the connection", async () => {
    const answer = await rawRequest(port, headOf('POST', `/api/reports/${report.reportId}/import`, 14_000_000), '{"version":1,"fileName":"a', { waitMs: 5_000 });
    expect(answer.text).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n/);
    expect(answer.text.toLowerCase()).toContain('\r\nconnection: close\r\n');
    expect(bodyOf(answer)).toEqual({ code: 'unauthenticated', message: 'Du är inte inloggad. Logga in och försök igen.', requestId: expect.any(String) });
    expect([answer.closedByServer, answer.answeredAfterMs < 2_000, answer.closedAfterMs < 2_000]).toEqual([true, true, true]);
  });

  it("answers a reporter's 14 MB body to a route only controllers may use 403 at once, and closes the connection", async () => {
    const head = headOf('POST', '/api/rounds/2017-T1/reconciliations', 14_000_000, { cookie: reporter.cookie, 'x-csrf-token': reporter.csrfToken });
    const answer = await rawRequest(port, head, '{"fileName":"bokfört.csv","contentBase64":"', { waitMs: 5_000 });
    expect(answer.text).toMatch(/^HTTP\/1\.1 403 Forbidden\r\n/);
    expect(bodyOf(answer)).toEqual({ code: 'forbidden', message: 'Bara controllers kan stämma av omgången.', requestId: expect.any(String) });
    expect([answer.closedByServer, answer.answeredAfterMs < 2_000, answer.closedAfterMs < 2_000]).toEqual([true, true, true]);
  });

  it('cuts a signed-in request whose body trickles when its time is up: 408 with a Swedish message, and the connection closed', async () => {
    const head = headOf('PUT', `/api/reports/${report.reportId}`, 1_000, { cookie: reporter.cookie, 'x-csrf-token': reporter.csrfToken });
    const answer = await rawRequest(port, head, `{"version":1,"sections":[${' '.repeat(1_000)}`, { chunk: 1, everyMs: 100, waitMs: 5_000 });
    expect(answer.text).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(bodyOf(answer)).toEqual({ code: 'invalid_input', message: 'Förfrågan kom inte fram i sin helhet inom 1 sekund; försök igen.' });
    expect(answer.closedByServer).toBe(true);
    // Cut after the limit (1 s) and within a quarter of it more, give or take the machine's load.
    expect(answer.closedAfterMs).toBeGreaterThanOrEqual(1_000);
    expect(answer.closedAfterMs).toBeLessThan(2_500);
  });

  it('keeps a connection open after an answer to a request it read whole', async () => {
    const body = JSON.stringify({ email: 'ingen@stockholm.se', password: 'fel lösenord' });
    const answer = await rawRequest(port, headOf('POST', '/api/session', Buffer.byteLength(body)), body, { waitMs: 500 });
    expect(answer.text).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n/);
    expect(answer.text.toLowerCase()).toContain('\r\nconnection: keep-alive\r\n');
    expect(answer.closedByServer).toBe(false);
  });
});
