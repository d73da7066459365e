import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, committees, outbox, users } from '../../src/db/index.js';
import { createTestDatabase, repoRoot, TEST_DIALECTS, type TestDatabase } from '../support/db.js';
import { signIn, startTestServer } from '../support/server.js';

const PASSWORD = 'mitt långa lösenord';
const COMMITTEE = 'Hässelby-Vällingby stadsdelsnämnd';
// Every case starts a process, which takes seconds on a busy machine: these tests get more time.
const SPAWNS = { timeout: 120_000 };

/** Runs `redovisa user add …` as an operator would, with `stdin` piped in (as `echo … |` does). */
function runUserAdd(databaseUrl: string, args: string[], stdin: string) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/redovisa.js'), 'user', 'add', ...args], {
    input: stdin, encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl, USER: 'drift' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const someone = ['--email', 'ny@stockholm.se', '--name', 'Ny Person'];

/** Runs each refused case and checks that no user was stored. */
async function refuses(test: TestDatabase, cases: Array<[string[], string, string]>) {
  const before = (await users.list(test.database.db)).length;
  for (const [args, stdin, stderr] of cases) {
    expect([args, runUserAdd(test.url, args, stdin)]).toEqual([args, { code: 2, stdout: '', stderr }]);
  }
  expect((await users.list(test.database.db)).length).toBe(before);
}

describe.each(TEST_DIALECTS)('redovisa user add on %s', (dialect) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    await committees.create(test.database.db, { name: COMMITTEE, counterpartyNumber: '1704' });
  });
  afterAll(() => test.destroy());

  const userAdd = (args: string[], stdin: string) => runUserAdd(test.url, args, stdin);

  it('creates a user from a password on standard input, who can then sign in through the API', SPAWNS, async () => {
    const res = userAdd(['--email', ' Eva.Ek@Stockholm.SE ', '--name', 'Eva Ek', '--role', 'reporter', '--committee', COMMITTEE], `${PASSWORD}\nnästa rad läses inte\n`);
    expect(res).toMatchObject({ code: 0, stderr: '' });
    const stored = await users.findByEmail(test.database.db, 'eva.ek@stockholm.se');
    expect(res.stdout).toBe(`Skapade användare ${stored!.id}: Eva Ek <eva.ek@stockholm.se>, Rapportör, ${COMMITTEE}.\n`);

    const app = await startTestServer(test.database);
    try {
      const eva = await signIn(app, 'eva.ek@stockholm.se', PASSWORD);
      expect((await eva.get('/api/session')).json().user).toMatchObject({ name: 'Eva Ek', role: 'reporter', committeeName: COMMITTEE });
    } finally {
      await app.close();
    }
    const [event] = await auditEvents.listForEntity(test.database.db, 'user', stored!.id);
    expect(event).toMatchObject({ action: 'user.created', actorId: null, actorLabel: 'kommandoraden (drift)' });
  });

  it('takes a password typed with Windows line endings, and creates a central user without a committee', SPAWNS, async () => {
    const res = userAdd(['--email', 'ada@stockholm.se', '--name', 'Ada Admin', '--role', 'admin'], `${PASSWORD}\r\n`);
    expect(res).toMatchObject({ code: 0, stdout: expect.stringContaining('Ada Admin <ada@stockholm.se>, Administratör.\n') });
    const app = await startTestServer(test.database);
    try {
      expect((await (await signIn(app, 'ada@stockholm.se', PASSWORD)).get('/api/session')).json().abilities.manageUsers).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('invites a user with --invite: no password is read, and the invitation waits in the outbox', SPAWNS, async () => {
    const res = userAdd(['--email', 'ina@stockholm.se', '--name', 'Ina Inbjuden', '--role', 'reader', '--invite'], '');
    expect(res).toMatchObject({ code: 0, stderr: '' });
    expect(res.stdout).toContain('Ina Inbjuden <ina@stockholm.se>, Läsare.\n');
    expect(res.stdout).toContain('Inbjudan till ina@stockholm.se ligger i utkorgen; `redovisa serve` skickar den när SMTP_URL är satt.\n');
    const { items } = await outbox.list(test.database.db, 50);
    expect(items.filter((m) => m.recipient === 'ina@stockholm.se').map((m) => m.subject)).toEqual(['Välkommen till Redovisa: välj ditt lösenord']);
    expect(await users.findByEmail(test.database.db, 'ina@stockholm.se')).toMatchObject({ name: 'Ina Inbjuden', role: 'reader' });
  });

  it('refuses an unknown committee and an address in use with exit code 2, storing nothing', SPAWNS, () => refuses(test, [
    [[...someone, '--role', 'reporter', '--committee', 'Ingen sådan nämnd'], PASSWORD, 'redovisa: Nämnden ”Ingen sådan nämnd” finns inte. Ange namnet exakt som det är lagrat.\n'],
    [['--email', 'EVA.EK@stockholm.se', '--name', 'Eva igen', '--role', 'reader'], PASSWORD, 'redovisa: Det finns redan en användare med e-postadressen eva.ek@stockholm.se.\n'],
  ]));

});

// Checked before any query, so one engine is enough (each case is a process start on a slow machine).
describe('redovisa user add refuses bad options', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase('sqlite');
    await committees.create(test.database.db, { name: COMMITTEE, counterpartyNumber: '1704' });
  });
  afterAll(() => test.destroy());

  it('refuses bad options and passwords with exit code 2 and a Swedish message', SPAWNS, async () => {
    await refuses(test, [
      [[...someone, '--role', 'reporter'], PASSWORD, 'redovisa: Rollen Rapportör hör till en nämnd; välj vilken.\n'],
      [[...someone, '--role', 'controller', '--committee', COMMITTEE], PASSWORD, 'redovisa: Rollen Controller hör inte till någon nämnd; lämna nämnden tom.\n'],
      [[...someone, '--role', 'reader'], 'för kort\n', 'redovisa: Lösenordet ska vara minst 12 tecken långt.\n'],
      [[...someone, '--role', 'reader'], '', 'redovisa: Inget lösenord på standard in; skicka det som en rad, t.ex. `echo "$LOSENORD" | redovisa user add …`.\n'],
      [['--email', 'inte en adress', '--name', 'X', '--role', 'reader'], PASSWORD, 'redovisa: E-postadressen ”inte en adress” är inte giltig.\n'],
    ]);
    expect(runUserAdd(test.url, [...someone, '--role', 'chef'], PASSWORD)).toMatchObject({
      code: 2, stdout: '', stderr: expect.stringContaining("fel: 'chef' går inte för '--role <roll>'"),
    });
    expect(runUserAdd(test.url, ['--help'], '')).toMatchObject({ code: 0, stdout: expect.stringContaining('Användning: redovisa user add') });
  });
});
