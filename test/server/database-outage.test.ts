// PostgreSQL going away under load (issue 11): while the test's own database refuses connections and
// its connections are cut, every request is answered 503 with a Swedish message (never a 500), and
// once the database is back the same server answers again by itself — no restart, same session.
import { afterAll, describe, expect, it } from 'vitest';
import { adminQuery, createTestDatabase, type TestDatabase } from '../support/db.js';
import { signedIn, startTestServer } from '../support/server.js';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';


describe('PostgreSQL stopping and starting under load', () => {
  let test: TestDatabase | undefined;
  let app: FastifyInstance | undefined;
  afterAll(async () => {
    await app?.close();
    if (test !== undefined) {
      await adminQuery(`alter database ${new URL(test.url).pathname.slice(1)} allow_connections true`).catch(() => undefined);
      await test.destroy();
    }
  });

  it('answers 503 while the database is away and recovers by itself when it returns', async () => {
    test = await createTestDatabase('postgres');
    const name = new URL(test.url).pathname.slice(1);
    app = await startTestServer(test.database);
    const controller = await signedIn(app, test.database, 'controller');
    expect((await controller.get('/api/reports')).statusCode).toBe(200);

    // The database goes away: no new connections, and the open ones are cut.
    await adminQuery(`alter database ${name} allow_connections false`);
    await adminQuery(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`);

    const during = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? controller.get('/api/reports') : app!.inject('/health'))));
    const statuses = [...new Set(during.map((r) => r.statusCode))];
    expect(statuses).toEqual([503]);
    const answer = during.find((r) => r.json().code === 'unavailable');
    expect(answer?.json().message).toBe('Databasen svarar inte just nu; försök igen om en stund. Inget av det du skickade sparades.');
    expect(answer?.headers['retry-after']).toBe('5');

    // Back: the pool makes new connections on its own; the session (stored in the database) still holds.
    await adminQuery(`alter database ${name} allow_connections true`);
    let back = await controller.get('/api/reports');
    for (let attempt = 0; back.statusCode !== 200 && attempt < 20; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      back = await controller.get('/api/reports');
    }
    expect(back.statusCode).toBe(200);
    expect((await app.inject('/health')).json()).toEqual({ ok: true, database: 'ok' });
  }, 60_000);

  it('lives on when the server cuts a connection in the middle of a transaction', async () => {
    // A client out of the pool between two statements: its server going away emits 'error' on it,
    // which, unhandled, ends the process (vitest reports it as an unhandled error and fails the run).
    const own = await createTestDatabase('postgres');
    try {
      const failed = await own.database.db
        .transaction()
        .execute(async (trx) => {
          const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
          await adminQuery(`select pg_terminate_backend(${rows[0]?.pid ?? 0})`);
          await new Promise((resolve) => setTimeout(resolve, 300));
          await sql`select 1`.execute(trx);
          return false;
        })
        .catch(() => true);
      expect(failed).toBe(true);
      // The pool dropped the dead client: the next statement gets a new connection.
      expect((await sql<{ one: number }>`select 1 as one`.execute(own.database.db)).rows).toEqual([{ one: 1 }]);
    } finally {
      await own.destroy();
    }
  }, 30_000);
});
