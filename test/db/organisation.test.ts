import { describe, expect, it } from 'vitest';
import * as committees from '../../src/db/repositories/committees.js';
import * as programmes from '../../src/db/repositories/programmes.js';
import * as projects from '../../src/db/repositories/projects.js';
import * as rounds from '../../src/db/repositories/rounds.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { aCommittee, aProgramme, unique } from './helpers.js';

describe.each(TEST_DIALECTS)('committees, programmes, projects and rounds on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('creates and finds committees, and refuses a second committee with the same name', async () => {
    const { db } = database();
    const name = unique('Hässelby-Vällingby stadsdelsnämnd');
    const created = await committees.create(db, { name, counterpartyNumber: '1704' });

    expect(created).toEqual({ id: created.id, name, counterpartyNumber: '1704', active: true });
    expect(await committees.findByName(db, name)).toEqual(created);
    expect(await committees.getById(db, created.id)).toEqual(created);
    expect(await committees.findByName(db, unique('ingen'))).toBeUndefined();
    expect((await committees.list(db)).map((c) => c.id)).toContain(created.id);
    await expect(committees.create(db, { name, counterpartyNumber: '1705' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(committees.getById(db, 987_654)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('creates programmes with unique names', async () => {
    const { db } = database();
    const programme = await aProgramme(db);

    expect(await programmes.getById(db, programme.id)).toEqual(programme);
    expect(await programmes.findByName(db, programme.name)).toEqual(programme);
    await expect(programmes.create(db, { ...programme })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('finds or creates a project by committee and name, once', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const other = await aCommittee(db);
    const programme = await aProgramme(db);
    const input = { programmeId: programme.id, committeeId: committee.id, name: 'Lärandecenter', number: 2, activeFromYear: 2013 };

    const first = await projects.findOrCreate(db, input);
    const again = await projects.findOrCreate(db, { ...input, number: 9 });
    const elsewhere = await projects.findOrCreate(db, { ...input, committeeId: other.id });
    const second = await projects.findOrCreate(db, { ...input, name: 'Trygghetsskapande åtgärder', number: 1, activeToYear: 2015 });

    expect(again).toEqual(first);
    expect(first).toMatchObject({ number: 2, activeToYear: null });
    expect(elsewhere.id).not.toBe(first.id);
    expect((await projects.listByCommittee(db, committee.id)).map((p) => p.name)).toEqual(['Trygghetsskapande åtgärder', 'Lärandecenter']);
    expect((await projects.findByNames(db, committee.id, ['Lärandecenter', 'okänt'])).map((p) => p.id)).toEqual([first.id]);
    expect(second.activeToYear).toBe(2015);
  });

  it('keeps grants per year as bigint öre, replacing a year that is set again', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const programme = await aProgramme(db);
    const project = await projects.findOrCreate(db, { programmeId: programme.id, committeeId: committee.id, name: 'Lärandecenter', number: 1, activeFromYear: 2014 });
    const big = 2 ** 40 + 3;

    await projects.setGrant(db, { projectId: project.id, year: 2014, amountOre: 500_000_000 });
    await projects.setGrant(db, { projectId: project.id, year: 2015, amountOre: 1 });
    await projects.setGrant(db, { projectId: project.id, year: 2015, amountOre: big });

    expect(await projects.grantsForProject(db, project.id)).toEqual([
      { projectId: project.id, year: 2014, amountOre: 500_000_000 },
      { projectId: project.id, year: 2015, amountOre: big },
    ]);
    expect(await projects.grantsForCommittee(db, committee.id, 2015)).toEqual([{ projectId: project.id, year: 2015, amountOre: big }]);
  });

  it('creates one round per year and kind, and opens and closes it only from the right state', async () => {
    const { db } = database();
    const year = 2100 + Math.floor(Math.random() * 800);
    const t1 = await rounds.create(db, { year, kind: 'T1', periodFrom: `${year}-01-01`, periodTo: `${year}-04-30`, deadline: `${year}-05-15` });
    const vb = await rounds.create(db, { year, kind: 'VB', periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, deadline: `${year + 1}-02-01` });

    expect(t1.state).toBe('planned');
    await expect(rounds.create(db, { year, kind: 'T1', periodFrom: 'x', periodTo: 'y', deadline: 'z' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(rounds.close(db, t1.id)).rejects.toMatchObject({ code: 'conflict', details: { state: 'planned' } });
    expect((await rounds.open(db, t1.id)).state).toBe('open');
    await expect(rounds.open(db, t1.id)).rejects.toMatchObject({ code: 'conflict' });
    expect((await rounds.close(db, t1.id)).state).toBe('closed');
    expect(await rounds.findByYearKind(db, year, 'VB')).toEqual(vb);
    const listed = (await rounds.list(db)).filter((r) => r.year === year);
    expect(listed.map((r) => [r.kind, r.state])).toEqual([['T1', 'closed'], ['VB', 'planned']]);
    await expect(rounds.getById(db, 987_654)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a round kind outside T1, T2 and VB at the database', async () => {
    const { db } = database();
    const insert = db
      .insertInto('rounds')
      .values({ year: 1999, kind: 'T3' as 'T1', period_from: 'a', period_to: 'b', deadline: 'c' })
      .execute();
    await expect(insert).rejects.toThrow();
  });
});
