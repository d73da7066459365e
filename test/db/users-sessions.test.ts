import { describe, expect, it } from 'vitest';
import * as sessions from '../../src/db/repositories/sessions.js';
import * as users from '../../src/db/repositories/users.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { aCommittee, aUser, NOW, unique } from './helpers.js';

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe.each(TEST_DIALECTS)('users and sessions on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('stores e-mail addresses lowercased and keeps them unique in any letter case', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const local = unique('anna').replace(/\W+/g, '.');
    const user = await users.create(db, {
      email: `  ${local.toUpperCase()}@Stockholm.SE `, name: 'Anna Andersson', role: 'approver', committeeId: committee.id, passwordHash: 'hash', now: NOW,
    });

    expect(user).toEqual({
      id: user.id, email: `${local}@stockholm.se`, name: 'Anna Andersson', role: 'approver', committeeId: committee.id, active: true, createdAt: NOW.toISOString(),
    });
    expect(await users.findByEmail(db, `${local}@STOCKHOLM.se`)).toEqual(user);
    expect(await users.findForLogin(db, user.email)).toEqual({ user, passwordHash: 'hash' });
    expect(await users.getById(db, user.id)).toEqual(user);
    expect(await users.findByEmail(db, 'ingen@example.se')).toBeUndefined();
    await expect(users.create(db, { email: `${local}@STOCKHOLM.SE`, name: 'B', role: 'reader', passwordHash: 'h', now: NOW }))
      .rejects.toMatchObject({ code: 'conflict', details: { field: 'email' } });
  });

  it('finds a session by its token until it expires, and never stores the token itself', async () => {
    const { db } = database();
    const user = await aUser(db);
    const token = `token-${unique('t')}`;
    const created = await sessions.create(db, { token, userId: user.id, csrfToken: 'csrf', now: NOW, expiresAt: minutes(30) });

    expect(created.id).toBe(sessions.hashToken(token));
    expect(created.id).not.toContain(token);
    expect(await sessions.findValid(db, token, minutes(29))).toEqual(created);
    expect(await sessions.findValid(db, token, minutes(30))).toBeUndefined();
    expect(await sessions.findValid(db, 'wrong', minutes(1))).toBeUndefined();
  });

  it('slides the expiry on touch, but cannot revive an expired session', async () => {
    const { db } = database();
    const user = await aUser(db);
    const token = `token-${unique('t')}`;
    await sessions.create(db, { token, userId: user.id, csrfToken: 'c', now: NOW, expiresAt: minutes(30) });

    expect(await sessions.touch(db, token, minutes(20), minutes(50))).toBe(true);
    expect(await sessions.findValid(db, token, minutes(45))).toMatchObject({ lastSeenAt: minutes(20).toISOString(), expiresAt: minutes(50).toISOString() });
    expect(await sessions.touch(db, token, minutes(51), minutes(80))).toBe(false);
    expect(await sessions.findValid(db, token, minutes(52))).toBeUndefined();
  });

  it('ends sessions on sign-out, for a user, and when they expire', async () => {
    const { db } = database();
    const user = await aUser(db);
    const other = await aUser(db);
    const [a, b, c] = [unique('a'), unique('b'), unique('c')];
    await sessions.create(db, { token: a, userId: user.id, csrfToken: 'c', now: NOW, expiresAt: minutes(30) });
    await sessions.create(db, { token: b, userId: user.id, csrfToken: 'c', now: NOW, expiresAt: minutes(30) });
    await sessions.create(db, { token: c, userId: other.id, csrfToken: 'c', now: NOW, expiresAt: minutes(5) });

    await sessions.remove(db, a);
    expect(await sessions.findValid(db, a, NOW)).toBeUndefined();
    expect(await sessions.findValid(db, b, NOW)).toBeDefined();
    await sessions.removeForUser(db, user.id);
    expect(await sessions.findValid(db, b, NOW)).toBeUndefined();
    expect(await sessions.removeExpired(db, minutes(10))).toBeGreaterThanOrEqual(1);
    const left = await db.selectFrom('sessions').select('id').where('id', '=', sessions.hashToken(c)).execute();
    expect(left).toEqual([]);
  });

  it('does not accept the session of a deactivated user', async () => {
    const { db } = database();
    const user = await aUser(db);
    const token = unique('t');
    await sessions.create(db, { token, userId: user.id, csrfToken: 'c', now: NOW, expiresAt: minutes(30) });
    await db.updateTable('users').set({ active: 0 }).where('id', '=', user.id).execute();

    expect(await sessions.findValid(db, token, NOW)).toBeUndefined();
  });
});
