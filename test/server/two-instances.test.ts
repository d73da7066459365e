// DESIGN.md §8: several stateless app instances share one PostgreSQL database. Two real server
// processes here: a session made on one works on the other, and a conflicting save across them is
// caught by the database, not by either process's memory; and with both running on the day before a
// deadline, the reminder goes out once, and a restarted process sends nothing again.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorContext } from '../../src/app/context.js';
import { importReport } from '../../src/app/import-report.js';
import { committees, type Database } from '../../src/db/index.js';
import type { NotificationKind } from '../../src/domain/notifications.js';
import { createTestDatabase, repoRoot, type TestDatabase } from '../support/db.js';
import { goldenReport } from '../support/seed.js';
import { createUser, TEST_PASSWORD } from '../support/server.js';
import { aRoundReport } from './report-fixtures.js';

interface Instance { process: ChildProcess; base: string }

/** Starts `redovisa serve` on a free port and resolves when it says where it listens. */
function startInstance(databaseUrl: string, env: Record<string, string> = {}): Promise<Instance> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/redovisa.js'), 'serve'], {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Servern startade inte: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/[\w.:]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, base: match[1]!.replace('localhost', '127.0.0.1') });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Servern avslutades (${code}): ${output}`)));
  });
}

/** A fetch that keeps one session: the cookie from sign-in and the CSRF header on changing requests. */
function session(cookie: string, csrfToken: string) {
  return (base: string, url: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(base + url, {
      method: init.method ?? 'GET',
      headers: {
        cookie,
        ...(init.method && init.method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
}

describe('two app processes on one PostgreSQL database', () => {
  let testDb: TestDatabase;
  let one: Instance;
  let two: Instance;
  let reportId: number;
  let email: string;

  beforeAll(async () => {
    testDb = await createTestDatabase('postgres');
    const ctx = operatorContext(testDb.database, 'test');
    reportId = (await importReport(ctx, { document: goldenReport(), source: 'seed.txt' })).reportId;
    const committee = await committees.findByName(testDb.database.db, 'Hässelby-Vällingby stadsdelsnämnd');
    email = (await createUser(testDb.database, { role: 'reporter', committeeId: committee!.id })).email;
    [one, two] = await Promise.all([startInstance(testDb.url), startInstance(testDb.url)]);
  }, 60_000);

  afterAll(async () => {
    for (const instance of [one, two]) instance?.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await testDb?.destroy();
  });

  it('a session made on one instance works on the other, and signing out on one ends it on both', async () => {
    const signInRes = await fetch(`${one.base}/api/session`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    expect(signInRes.status).toBe(200);
    const cookie = signInRes.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c!.startsWith('redovisa_session='))!;
    const call = session(cookie, ((await signInRes.json()) as { csrfToken: string }).csrfToken);
    const onTwo = await call(two.base, '/api/session');
    expect(onTwo.status).toBe(200);
    expect(((await onTwo.json()) as { user: { email: string } }).user.email).toBe(email);
    expect((await call(two.base, `/api/reports/${reportId}`)).status).toBe(200);
    expect((await call(two.base, '/api/session', { method: 'DELETE' })).status).toBe(204);
    expect((await call(one.base, '/api/session')).status).toBe(401);
  });

  it('a conflicting save across the two instances is refused, and the first save is kept', async () => {
    const signInRes = await fetch(`${two.base}/api/session`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    const cookie = signInRes.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c!.startsWith('redovisa_session='))!;
    const call = session(cookie, ((await signInRes.json()) as { csrfToken: string }).csrfToken);
    const loaded = (await (await call(one.base, `/api/reports/${reportId}`)).json()) as {
      version: number;
      content: { accrualPeriod: { from: string; to: string }; projects: Array<{ entries: Array<Record<string, unknown>>; narrative: unknown }> };
      sections: Array<{ id: number }>;
    };
    const body = (text: string) => ({
      version: loaded.version,
      accrualPeriod: loaded.content.accrualPeriod,
      sections: loaded.sections.map((s, i) => ({
        id: s.id,
        entries: loaded.content.projects[i]!.entries.map((e, j) => (i === 0 && j === 0 ? { ...e, text: text } : e)),
        narrative: loaded.content.projects[i]!.narrative,
      })),
    });
    const [first, second] = await Promise.all([
      call(one.base, `/api/reports/${reportId}`, { method: 'PUT', body: body('Sparat via instans ett') }),
      call(two.base, `/api/reports/${reportId}`, { method: 'PUT', body: body('Sparat via instans två') }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(((await loser.json()) as { code: string }).code).toBe('conflict');
    const winnerText = first.status === 200 ? 'Sparat via instans ett' : 'Sparat via instans två';
    const after = (await (await call(two.base, `/api/reports/${reportId}`)).json()) as typeof loaded;
    expect(after.version).toBe(loaded.version + 1);
    expect(after.content.projects[0]!.entries[0]!.text).toBe(winnerText);
  });
});

describe('deadline reminders with two app processes on one PostgreSQL database', () => {
  let testDb: TestDatabase;
  const running: Instance[] = [];
  const start = async (clock: string) => {
    const instance = await startInstance(testDb.url, { REDOVISA_CLOCK: clock });
    running.push(instance);
    return instance;
  };
  const stop = async (instance: Instance) => {
    const exited = new Promise((resolve) => instance.process.once('exit', resolve));
    instance.process.kill('SIGTERM');
    await exited;
  };
  const told = (database: Database, kind: NotificationKind) => database.db.selectFrom('notifications').select('user_id').where('kind', '=', kind).orderBy('user_id').execute();
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

  beforeAll(async () => {
    testDb = await createTestDatabase('postgres');
    const { committeeId } = await aRoundReport(testDb.database, { committeeName: 'Hässelby-Vällingby stadsdelsnämnd', year: 2014, kind: 'T2', projects: [{ number: 1, name: 'Lärandecenter' }] });
    for (const role of ['reporter', 'approver'] as const) await createUser(testDb.database, { role, committeeId });
    await createUser(testDb.database, { role: 'controller' });
  }, 60_000);

  afterAll(async () => {
    for (const instance of running) instance.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await testDb?.destroy();
  });

  it('the day before the deadline both processes run the job and each person is reminded once; a restart catches up and sends nothing twice', async () => {
    const dayBefore = '2014-09-14T06:00:00Z';
    const both = await Promise.all([start(dayBefore), start(dayBefore)]);
    await expect.poll(async () => (await told(testDb.database, 'deadline_approaching')).length, { timeout: 15_000 }).toBe(2);
    await settle();
    expect(await told(testDb.database, 'deadline_approaching')).toHaveLength(2);
    expect(await testDb.database.db.selectFrom('reminders').select('kind').execute()).toEqual([{ kind: 'deadline_1_day' }]);

    // Both stop; one starts again once the deadline has passed: it catches up with what is due now (the
    // committee's two and the controller's one), and the day-before reminder is not sent again.
    await Promise.all(both.map(stop));
    await start('2014-09-16T07:00:00Z');
    await expect.poll(async () => (await told(testDb.database, 'deadline_passed')).length, { timeout: 15_000 }).toBe(3);
    await settle();
    expect(await told(testDb.database, 'deadline_passed')).toHaveLength(3);
    expect(await told(testDb.database, 'deadline_approaching')).toHaveLength(2);
  }, 60_000);
});
