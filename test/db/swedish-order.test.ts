import { describe, expect, it } from 'vitest';
import * as committees from '../../src/db/repositories/committees.js';
import * as programmes from '../../src/db/repositories/programmes.js';
import * as users from '../../src/db/repositories/users.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { NOW } from './helpers.js';

// Inserted in an order that is neither Swedish nor byte order, so only a Swedish sort passes.
const NAMES = ['Östermalm', 'Zinkensdamm', 'Älvsjö', 'Bromma', 'Årsta', 'Spånga-Tensta', 'Enskede-Årsta-Vantör'];
// Z before Å before Ä before Ö, as in a Swedish dictionary; byte order would put Ä before Å,
// and most non-Swedish collations would put Ä and Å among the A:s and Ö among the O:s.
const SWEDISH = ['Bromma', 'Enskede-Årsta-Vantör', 'Spånga-Tensta', 'Zinkensdamm', 'Årsta', 'Älvsjö', 'Östermalm'];

// A database of its own, so each list holds exactly the rows made here.
describe.each(TEST_DIALECTS)('lists in Swedish order on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('lists committees, programmes and users by name as Swedish readers expect', async () => {
    const { db } = database();
    for (const [i, name] of NAMES.entries()) {
      await committees.create(db, { name, counterpartyNumber: '1704' });
      await programmes.create(db, { name, ikb: '1771', defaultAccount: '3699' });
      await users.create(db, { email: `u${i}@example.se`, name, role: 'reader', passwordHash: 'x', now: NOW });
    }

    expect((await committees.list(db)).map((c) => c.name)).toEqual(SWEDISH);
    expect((await programmes.list(db)).map((p) => p.name)).toEqual(SWEDISH);
    expect((await users.list(db)).map((u) => u.name)).toEqual(SWEDISH);
  });

  it('keeps people with the same name in the order they were added', async () => {
    const { db } = database();
    const first = await users.create(db, { email: 'anna.1@example.se', name: 'Anna Ek', role: 'reader', passwordHash: 'x', now: NOW });
    const second = await users.create(db, { email: 'anna.2@example.se', name: 'Anna Ek', role: 'reader', passwordHash: 'x', now: NOW });

    expect((await users.list(db)).filter((u) => u.name === 'Anna Ek').map((u) => u.id)).toEqual([first.id, second.id]);
  });
});
