import { describe, expect, it } from 'vitest';
import * as comments from '../../src/db/repositories/comments.js';
import * as projects from '../../src/db/repositories/projects.js';
import * as reports from '../../src/db/repositories/reports.js';
import * as rounds from '../../src/db/repositories/rounds.js';
import { withTransaction } from '../../src/db/transaction.js';
import type { ReportState } from '../../src/domain/workflow.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { goldenReport } from '../support/seed.js';
import { aCommittee, aDocument, aProgramme, aUser, NOW, unique } from './helpers.js';

const LATER = new Date('2014-09-16T10:00:00.000Z');

describe.each(TEST_DIALECTS)('reports on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('gives back the seed report exactly as it was stored', async () => {
    const { db } = database();
    const { warnings: _warnings, ...golden } = goldenReport();
    const committee = await aCommittee(db, `${golden.committee} ${unique('')}`);
    const document = { ...golden, committee: committee.name };

    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: document, now: NOW });
    const stored = await reports.getDocument(db, meta.id);

    expect(stored.document).toEqual(document);
    expect(stored.meta).toMatchObject({ id: meta.id, state: 'draft', version: 1, committeeId: committee.id, roundId: null, updatedAt: NOW.toISOString() });
  });

  it('keeps amounts beyond 2^31 öre, negative amounts, öre and empty tables and missing narratives', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const huge = 2 ** 31 * 1000 + 7; // 21 474 836 480,07 kr: needs bigint
    const document = aDocument(committee.name, [huge, -8_341_250, 1]);
    document.projects.push({ number: 2, name: 'Tom tabell', entries: [], narrative: { title: '', paragraphs: [] } });

    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: document, now: NOW });

    expect((await reports.getDocument(db, meta.id)).document).toEqual(document);
    const [summary] = await reports.list(db, { committeeId: committee.id });
    expect(summary).toMatchObject({ committeeName: committee.name, projectCount: 2, totalOre: huge - 8_341_250 + 1, state: 'draft' });
  });

  it('lists reports with totals and project counts computed by the database', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const empty = await reports.create(db, {
      committeeId: committee.id, roundId: null, content: { ...aDocument(committee.name, []), projects: [] }, now: NOW,
    });
    const golden = await reports.create(db, { committeeId: committee.id, roundId: null, content: goldenReport(), now: LATER });

    const list = await reports.list(db, { committeeId: committee.id });

    expect(list.map((r) => [r.id, r.projectCount, r.totalOre])).toEqual([
      [golden.id, 3, 10_700_000 + 262_683_700 + 7_699_100],
      [empty.id, 0, 0],
    ]);
    expect(await reports.list(db, { committeeId: committee.id, state: 'approved' })).toEqual([]);
  });

  it('says not_found for a report that does not exist', async () => {
    const { db } = database();
    await expect(reports.getDocument(db, 987_654)).rejects.toMatchObject({ code: 'not_found' });
    await expect(reports.getDetail(db, 987_654)).rejects.toMatchObject({ code: 'not_found' });
    expect(await reports.claimForEdit(db, 987_654, { version: 1, states: ['draft'] }, NOW)).toBeUndefined();
  });

  it('writes nothing of a report whose sections cannot be stored', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    // A project id that does not exist breaks the section insert after the report row went in.
    const broken = reports.create(db, {
      committeeId: committee.id, roundId: null, content: aDocument(committee.name, [5]), now: NOW,
      projectIds: new Map([['Lärandecenter', 999_999]]),
    });

    await expect(broken).rejects.toThrow();
    expect(await reports.list(db, { committeeId: committee.id })).toEqual([]);
  });

  it('rolls back everything in withTransaction when the use case fails after writing', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: aDocument(committee.name, [10]), now: NOW });

    const failing = withTransaction(database(), async (trx) => {
      await reports.create(trx, { committeeId: committee.id, roundId: null, content: aDocument(committee.name, [20]), now: NOW });
      await reports.claimForEdit(trx, meta.id, { version: 1, states: ['draft'] }, LATER);
      const [section] = await reports.readStoredSections(trx, meta.id);
      const entries = aDocument(committee.name, [30, 40]).projects[0]!.entries;
      await reports.updateSections(trx, meta.id, [{ ...section!, entries }], [{ entries }]);
      throw new Error('use case failed');
    });

    await expect(failing).rejects.toThrow('use case failed');
    const list = await reports.list(db, { committeeId: committee.id });
    expect(list.map((r) => [r.id, r.version, r.totalOre])).toEqual([[meta.id, 1, 10]]);
  });

  it('keeps a section and its comments when its entries and narrative are rewritten', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const author = await aUser(db, committee.id);
    const document = goldenReport();
    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: document, now: NOW });
    const sectionId = await firstSectionId(meta.id);
    await comments.add(db, { reportId: meta.id, sectionId, authorId: author.id, body: 'Komplettera texten.', kind: 'return_reason', now: NOW });

    const [first] = await reports.readStoredSections(db, meta.id);
    const edited = { ...first!, entries: [], narrative: { title: 'Ny rubrik', paragraphs: [] } };
    await reports.updateSections(db, meta.id, [edited], [edited, ...document.projects.slice(1)]);

    expect((await reports.getDocument(db, meta.id)).document.projects).toEqual([
      { number: edited.number, name: edited.name, entries: [], narrative: { title: 'Ny rubrik', paragraphs: [] } }, ...document.projects.slice(1),
    ]);
    expect((await reports.readStoredSections(db, meta.id))[0]?.id).toBe(sectionId);
    expect((await comments.listForReport(db, meta.id)).map((c) => [c.sectionId, c.authorName, c.kind])).toEqual([
      [sectionId, author.name, 'return_reason'],
    ]);
  });

  it('allows one report per committee and round, but many legacy reports without a round', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const round = await rounds.create(db, { year: 2000 + Math.floor(Math.random() * 900), kind: 'T2', periodFrom: '2014-01-01', periodTo: '2014-08-31', deadline: '2014-09-15' });
    const content = aDocument(committee.name, [1]);
    await reports.create(db, { committeeId: committee.id, roundId: round.id, content, now: NOW });

    await expect(reports.create(db, { committeeId: committee.id, roundId: round.id, content, now: NOW })).rejects.toMatchObject({ code: 'conflict' });
    await reports.create(db, { committeeId: committee.id, roundId: null, content, now: NOW });
    await reports.create(db, { committeeId: committee.id, roundId: null, content, now: NOW });
    expect(await reports.list(db, { committeeId: committee.id })).toHaveLength(3);
    expect((await reports.findByCommitteeRound(db, committee.id, round.id))?.roundId).toBe(round.id);
  });

  it('links sections to the committee projects named in projectIds', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const programme = await aProgramme(db);
    const project = await projects.findOrCreate(db, { programmeId: programme.id, committeeId: committee.id, name: 'Lärandecenter', number: 1, activeFromYear: 2014 });
    const meta = await reports.create(db, {
      committeeId: committee.id, roundId: null, content: aDocument(committee.name, [1]), now: NOW,
      projectIds: new Map([[project.name, project.id]]),
    });

    const row = await db.selectFrom('project_sections').select('project_id').where('report_id', '=', meta.id).executeTakeFirstOrThrow();
    expect(row.project_id).toBe(project.id);
  });

  it('claims a version for an edit only from the expected version and an editable state, one claimant at a time', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: aDocument(committee.name, [1]), now: NOW });
    const editable = ['draft', 'returned', 'reopened'] as const;

    const claims = await Promise.all([
      withTransaction(database(), (trx) => reports.claimForEdit(trx, meta.id, { version: 1, states: editable }, LATER)),
      withTransaction(database(), (trx) => reports.claimForEdit(trx, meta.id, { version: 1, states: editable }, LATER)),
    ]);

    expect(claims.filter((c) => c !== undefined).map((c) => c?.version)).toEqual([2]);
    await reports.moveState(db, meta.id, { expectedVersion: 2, from: 'draft', to: 'submitted', actorId: null, now: LATER });
    expect(await reports.claimForEdit(db, meta.id, { version: 3, states: editable }, LATER)).toBeUndefined();
    expect(await reports.getMeta(db, meta.id)).toMatchObject({ version: 3, state: 'submitted' });
  });

  it('moves a state only from the expected state and version, and forgets the approval on reopening', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const approver = await aUser(db, committee.id);
    const controller = await aUser(db);
    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: aDocument(committee.name, [1]), now: NOW });
    const move = (expectedVersion: number, from: ReportState, to: ReportState, actorId: number) =>
      reports.moveState(db, meta.id, { expectedVersion, from, to, actorId, now: LATER });

    expect(await move(1, 'returned', 'submitted', approver.id)).toBeUndefined();
    expect(await move(1, 'draft', 'submitted', approver.id)).toMatchObject({ version: 2, submittedBy: approver.id });
    expect(await move(2, 'submitted', 'approved', controller.id)).toMatchObject({ version: 3, approvedBy: controller.id, approvedAt: LATER.toISOString() });
    expect(await move(3, 'approved', 'reopened', controller.id)).toMatchObject({
      state: 'reopened', version: 4, submittedBy: approver.id, approvedBy: null, approvedAt: null,
    });
    const detail = await reports.getDetail(db, meta.id);
    expect(detail).toMatchObject({ submittedByName: approver.name, approvedByName: null, committee: { name: committee.name, counterpartyNumber: '1704' }, round: null });
  });

  it("gives each section its project's grant for the year and what earlier rounds of that year accrued and had approved", async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const programme = await aProgramme(db);
    const year = 2100 + Math.floor(Math.random() * 7000);
    const project = await projects.findOrCreate(db, { programmeId: programme.id, committeeId: committee.id, name: 'Lärandecenter', number: 1, activeFromYear: year });
    const other = await projects.findOrCreate(db, { programmeId: programme.id, committeeId: committee.id, name: 'Annat', number: 2, activeFromYear: year });
    await projects.setGrant(db, { projectId: project.id, year, amountOre: 300_000_000 });
    await projects.setGrant(db, { projectId: project.id, year: year + 1, amountOre: 1 });
    const round = (y: number, kind: 'T1' | 'T2' | 'VB', periodTo: string) =>
      rounds.create(db, { year: y, kind, periodFrom: `${y}-01-01`, periodTo: `${y}-${periodTo}`, deadline: `${y}-12-31` });
    const [t1, t2, vb, nextT1] = [await round(year, 'T1', '04-30'), await round(year, 'T2', '08-31'), await round(year, 'VB', '12-31'), await round(year + 1, 'T1', '04-30')];
    const ids = new Map([['Lärandecenter', project.id], ['Annat', other.id]]);
    const report = async (roundId: number, amounts: number[], otherAmounts: number[] = []) => {
      const content = aDocument(committee.name, amounts);
      content.projects.push({ number: 2, name: 'Annat', entries: otherAmounts.map((a) => ({ ...content.projects[0]!.entries[0]!, amountOre: a })), narrative: null });
      return (await reports.create(db, { committeeId: committee.id, roundId, content, now: NOW, projectIds: ids, state: 'approved' })).id;
    };
    const t1Id = await report(t1.id, [100, 20], [5]);
    const t2Id = await report(t2.id, [1_000]);
    await report(vb.id, [99_999]);
    await report(nextT1.id, [77_777]);

    const sections = await reports.readSectionDetails(db, t2Id, { year, roundEnd: t2.periodTo });

    expect(sections.map((s) => [s.name, s.projectId, s.grantOre, s.accruedBeforeOre, s.defaultAccount, s.defaultIkb, s.entries.length])).toEqual([
      ['Lärandecenter', project.id, 300_000_000, 120, '3699', '1771', 1],
      ['Annat', other.id, null, 5, '3699', '1771', 0],
    ]);
    expect((await reports.readSectionDetails(db, t2Id, { year, roundEnd: null })).map((s) => s.accruedBeforeOre)).toEqual([0, 0]);
    // An earlier round's report that is not approved (reopened, say) was not what the office booked.
    await db.updateTable('reports').set({ state: 'reopened' }).where('id', '=', t1Id).execute();
    expect((await reports.readSectionDetails(db, t2Id, { year, roundEnd: t2.periodTo })).map((s) => s.accruedBeforeOre)).toEqual([0, 0]);
  });

  it('writes the given sections only, and never a section of another report', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const document = goldenReport();
    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: document, now: NOW });
    const other = await reports.create(db, { committeeId: committee.id, roundId: null, content: document, now: NOW });
    const [first] = await reports.readStoredSections(db, meta.id);
    const [foreign] = await reports.readStoredSections(db, other.id);
    const changed = { ...first!, entries: [{ ...first!.entries[0]!, amountOre: 5 }], narrative: null };

    const refused = reports.updateSections(db, meta.id, [changed, { ...foreign!, narrative: null }], []);
    await expect(refused).rejects.toMatchObject({ code: 'invalid_input', details: { sectionId: foreign!.id } });
    await reports.updateSections(db, meta.id, [changed], []);

    const stored = await reports.getDocument(db, meta.id);
    expect(stored.document.projects).toEqual([
      { number: changed.number, name: changed.name, entries: changed.entries, narrative: null }, ...document.projects.slice(1),
    ]);
    expect((await reports.getDocument(db, other.id)).document.projects).toEqual(document.projects);
  });

  async function firstSectionId(reportId: number): Promise<number> {
    const row = await database().db.selectFrom('project_sections').select('id').where('report_id', '=', reportId).orderBy('position').executeTakeFirstOrThrow();
    return row.id;
  }
});
