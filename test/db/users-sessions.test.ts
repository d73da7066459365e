import { describe, expect, it } from 'vitest';
import * as sessions from '../../src/db/repositories/sessions.js';
import * as signInAttempts from '../../src/db/repositories/sign-in-attempts.js';
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

  it('changes only the given fields of a user, and lists users with their committee in one query', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const user = await aUser(db, committee.id);

    expect(await users.update(db, user.id, {})).toEqual(user);
    const moved = await users.update(db, user.id, { name: 'Bo Bengtsson', role: 'controller', committeeId: null, active: false, passwordHash: 'ny' });
    expect(moved).toEqual({ ...user, name: 'Bo Bengtsson', role: 'controller', committeeId: null, active: false });
    expect(await users.findForLogin(db, user.email)).toEqual({ user: moved, passwordHash: 'ny' });
    const back = await users.update(db, user.id, { role: 'reporter', committeeId: committee.id, active: true });
    expect(await users.getWithCommittee(db, user.id)).toEqual({ ...back, committeeName: committee.name });
    const listed = await users.listWithCommittee(db);
    expect(listed.find((u) => u.id === user.id)).toEqual({ ...back, committeeName: committee.name });
    expect(listed.every((u) => !('passwordHash' in u) && (u.committeeId === null) === (u.committeeName === null))).toBe(true);
    await expect(users.update(db, 999_999, { name: 'X' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(users.getWithCommittee(db, 999_999)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('counts sign-in attempts per address and origin in a window, and forgets one or all of them', async () => {
    const { db } = database();
    const email = `${unique('x').replace(/\W+/g, '.')}@example.se`;
    const ip = unique('10.0.0');
    const first = await signInAttempts.record(db, { email, ip, now: minutes(0) });
    await signInAttempts.record(db, { email, ip: null, now: minutes(10) });
    await signInAttempts.record(db, { email: `annan.${email}`, ip, now: minutes(10) });

    expect(await signInAttempts.countSince(db, { email, ip, since: minutes(-1) })).toEqual({ forEmail: 2, fromIp: 2 });
    expect(await signInAttempts.countSince(db, { email, ip, since: minutes(5) })).toEqual({ forEmail: 1, fromIp: 1 });
    expect(await signInAttempts.countSince(db, { email, ip: null, since: minutes(-1) })).toEqual({ forEmail: 2, fromIp: 0 });
    await signInAttempts.remove(db, first);
    expect(await signInAttempts.countSince(db, { email, ip, since: minutes(-1) })).toEqual({ forEmail: 1, fromIp: 1 });
    await signInAttempts.clear(db, email);
    expect(await signInAttempts.countSince(db, { email, ip, since: minutes(-1) })).toEqual({ forEmail: 0, fromIp: 1 });
  });
});
