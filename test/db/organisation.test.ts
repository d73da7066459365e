import { describe, expect, it } from 'vitest';
import * as committees from '../../src/db/repositories/committees.js';
import * as programmes from '../../src/db/repositories/programmes.js';
import * as projects from '../../src/db/repositories/projects.js';
import * as roundReports from '../../src/db/repositories/round-reports.js';
import * as rounds from '../../src/db/repositories/rounds.js';
import * as reports from '../../src/db/repositories/reports.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { aCommittee, aDocument, aProgramme, NOW, unique } from './helpers.js';

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

  it('updates committees and programmes, keeping names unique', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const other = await aCommittee(db);
    const renamed = unique('Nämnd');

    expect(await committees.update(db, committee.id, { name: renamed, active: false })).toEqual({ ...committee, name: renamed, active: false });
    expect(await committees.update(db, committee.id, {})).toEqual({ ...committee, name: renamed, active: false });
    await expect(committees.update(db, committee.id, { name: other.name })).rejects.toMatchObject({ code: 'conflict', details: { field: 'name' } });
    await expect(committees.update(db, 987_654, { active: true })).rejects.toMatchObject({ code: 'not_found' });

    const programme = await aProgramme(db);
    const taken = await aProgramme(db);
    expect(await programmes.update(db, programme.id, { ikb: '1772' })).toEqual({ ...programme, ikb: '1772' });
    await expect(programmes.update(db, programme.id, { name: taken.name })).rejects.toMatchObject({ code: 'conflict' });
    await expect(programmes.update(db, 987_654, { ikb: '1' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('creates and changes projects, finds them by number and lists them with names and grants', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const programme = await aProgramme(db);
    const base = { programmeId: programme.id, committeeId: committee.id, activeToYear: null };
    const running = await projects.create(db, { ...base, name: 'Lärandecenter', number: 2, activeFromYear: 2013 });
    const ended = await projects.create(db, { ...base, name: 'Avslutat', number: 1, activeFromYear: 2010, activeToYear: 2012 });
    await expect(projects.create(db, { ...base, name: 'Lärandecenter', number: 5, activeFromYear: 2013 }))
      .rejects.toMatchObject({ code: 'conflict', details: { field: 'name' } });
    await projects.setGrant(db, { projectId: running.id, year: 2015, amountOre: 7 });
    await projects.setGrant(db, { projectId: running.id, year: 2014, amountOre: 2 ** 40 });

    expect(await projects.findByNumber(db, committee.id, 2)).toEqual(running);
    expect(await projects.findByNumber(db, committee.id, 3)).toBeUndefined();
    expect(await projects.grantFor(db, running.id, 2014)).toBe(2 ** 40);
    expect(await projects.grantFor(db, running.id, 2016)).toBeUndefined();
    expect(await projects.update(db, ended.id, { activeToYear: null, number: 3 })).toEqual({ ...ended, activeToYear: null, number: 3 });
    await expect(projects.update(db, ended.id, { name: 'Lärandecenter' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(projects.update(db, 987_654, { name: 'X' })).rejects.toMatchObject({ code: 'not_found' });
    await projects.update(db, ended.id, { activeToYear: 2012 });

    expect(await projects.getDetailed(db, running.id)).toEqual({
      ...running, committeeName: committee.name, programmeName: programme.name,
      grants: [{ year: 2014, amountOre: 2 ** 40 }, { year: 2015, amountOre: 7 }],
    });
    expect((await projects.listDetailed(db, { committeeId: committee.id })).map((p) => p.name)).toEqual(['Lärandecenter', 'Avslutat']);
    expect((await projects.listDetailed(db, { committeeId: committee.id, year: 2012 })).map((p) => p.name)).toEqual(['Avslutat']);
    expect((await projects.listDetailed(db, { committeeId: committee.id, year: 2013 })).map((p) => p.name)).toEqual(['Lärandecenter']);
    await expect(projects.getDetailed(db, 987_654)).rejects.toMatchObject({ code: 'not_found' });
  });

  it("finds the committees a round still needs reports from, and sums each committee's report for the overview", async () => {
    const { db } = database();
    const year = 2100 + Math.floor(Math.random() * 800);
    const round = await rounds.create(db, { year, kind: 'T2', periodFrom: `${year}-01-01`, periodTo: `${year}-08-31`, deadline: `${year}-09-15` });
    const withReport = await aCommittee(db);
    const without = await aCommittee(db);
    const retired = await aCommittee(db);
    const retiredWithReport = await aCommittee(db);
    await committees.update(db, retired.id, { active: false });
    await committees.update(db, retiredWithReport.id, { active: false });
    const report = await reports.create(db, { committeeId: withReport.id, roundId: round.id, content: aDocument(withReport.name, [150, -50]), now: NOW });
    const old = await reports.create(db, { committeeId: retiredWithReport.id, roundId: round.id, content: aDocument(retiredWithReport.name, []), now: NOW });

    const missing = (await roundReports.committeesWithoutReport(db, round.id)).map((c) => c.id);
    expect(missing).toContain(without.id);
    expect(missing).not.toContain(withReport.id);
    expect(missing).not.toContain(retired.id);

    const lines = await roundReports.overview(db, round.id);
    const line = (id: number) => lines.find((l) => l.committeeId === id);
    expect(line(withReport.id)).toEqual({
      committeeId: withReport.id, committeeName: withReport.name, committeeActive: true, counterpartyNumber: withReport.counterpartyNumber,
      reportId: report.id, state: 'draft', reportVersion: report.version, submittedAt: null, updatedAt: NOW.toISOString(), totalOre: 100,
    });
    expect(line(without.id)).toMatchObject({ reportId: null, state: null, reportVersion: null, updatedAt: null, totalOre: 0 });
    expect(line(retired.id)).toBeUndefined();
    expect(line(retiredWithReport.id)).toMatchObject({ committeeActive: false, reportId: old.id, totalOre: 0 });

    // Narrowed to one committee: that committee's line alone, the same as in the whole overview.
    for (const id of [withReport.id, without.id, retiredWithReport.id]) {
      expect(await roundReports.overview(db, round.id, { committeeId: id })).toEqual([line(id)]);
    }
    expect(await roundReports.overview(db, round.id, { committeeId: retired.id })).toEqual([]);
  });
});
