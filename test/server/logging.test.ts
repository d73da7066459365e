// Structured logs (issue 11, finding 5): a fault of ours is logged with its cause and the request's
// id, which the answer carries in its header and body; the log never holds a password, a session
// cookie, a CSRF token, a search term or a user's name or e-mail.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { TEST_DIALECTS, createTestDatabase } from '../support/db.js';
import { createUser, signIn, TEST_PASSWORD } from '../support/server.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      for (const line of chunk.toString('utf8').split('\n').filter((l) => l !== '')) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { stream, lines, text: () => text };
}

describe.each(TEST_DIALECTS)('logs on %s', (dialect) => {
  it('logs a fault with its cause under the id the answer names, and nothing secret', async () => {
    const { database, destroy } = await createTestDatabase(dialect);
    const log = capture();
    const app = await buildServer({ database, webRoot: null, logger: { level: 'info', stream: log.stream } });
    await app.ready();
    try {
      const user = await createUser(database, { role: 'controller', name: 'Gunilla Hemlig', email: 'gunilla.hemlig@test.stockholm.se' });
      const client = await signIn(app, user.email);

      // Every answer names its request; a well-formed id from a proxy is kept, anything else replaced.
      const bad = await client.get('/api/reports?state=inget');
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'invalid_input', requestId: bad.headers['x-request-id'] });
      const kept = await client.request({ method: 'GET', url: '/api/reports?sok=trygghetsvandringar', headers: { 'x-request-id': 'proxy-4711-abcdef' } });
      expect(kept.headers['x-request-id']).toBe('proxy-4711-abcdef');
      const replaced = await client.request({ method: 'GET', url: '/api/reports', headers: { 'x-request-id': '"}{"level":60' } });
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

      // A fault of ours: the database is gone. A 500 naming its reference, and the cause in the log.
      await database.close();
      const fault = await client.get('/api/reports');
      expect(fault.statusCode).toBe(500);
      const id = fault.headers['x-request-id'] as string;
      expect(fault.json()).toEqual({ code: 'internal', message: expect.stringContaining(`ange referens ${id}`), requestId: id });
      const errorLine = log.lines.find((l) => l.requestId === id && l.level === 50 && l.msg === 'oväntat fel');
      expect(errorLine).toMatchObject({ err: { message: expect.any(String), stack: expect.stringContaining('Error') } });
      expect(log.lines.find((l) => l.requestId === id && l.msg === 'svar')).toMatchObject({ status: 500, method: 'GET', path: '/api/reports' });

      // One line per answer, each with its id; signed-in users by id only.
      expect(log.lines.filter((l) => l.msg === 'svar')).toHaveLength(5);
      expect(log.lines.find((l) => l.requestId === 'proxy-4711-abcdef')).toMatchObject({ userId: user.id, status: 200, path: '/api/reports' });
      const session = client.cookie.split('=')[1]!;
      for (const secret of [TEST_PASSWORD, session, client.csrfToken, 'trygghetsvandringar', 'Gunilla Hemlig', 'gunilla.hemlig']) {
        expect(log.text(), secret).not.toContain(secret);
      }
    } finally {
      await app.close();
      await destroy().catch(() => undefined);
    }
  });
});
