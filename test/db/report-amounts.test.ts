// Amounts and codes the two engines would store differently are refused by the repository, and a
// total that cannot be summed exactly is an AppError, identically on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.js';
import type { AccrualEntry } from '../../src/domain/report.js';
import * as projects from '../../src/db/repositories/projects.js';
import * as reports from '../../src/db/repositories/reports.js';
import { batches, withTransaction } from '../../src/db/transaction.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { aCommittee, aDocument, aProgramme, NOW } from './helpers.js';

const LATER = new Date('2014-09-16T10:00:00.000Z');
const MAX = Number.MAX_SAFE_INTEGER;

/** aDocument's one project with a single entry changed as given. */
function withEntry(committee: string, change: Partial<AccrualEntry>) {
  const document = aDocument(committee, [100]);
  const entry = document.projects[0]!.entries[0]!;
  document.projects[0]!.entries.push({ ...entry, ...change });
  return document;
}

const refusals: [string, Partial<AccrualEntry>, RegExp][] = [
  ['amountOre', { amountOre: 12.5 }, /rad 2: Beloppet ska vara ett helt antal öre/],
  ['amountOre', { amountOre: MAX + 1 }, /rad 2: Beloppet/],
  ['account', { account: '36990000000' }, /rad 2: Konto får vara högst 10 tecken/],
  ['ikb', { ikb: '1771 1771 1' }, /rad 2: IKB får vara högst 10 tecken/],
  ['counterparty', { counterparty: 'x'.repeat(11) }, /rad 2: Nämndens motpartsnr får vara högst 10 tecken/],
];

describe.each(TEST_DIALECTS)('report amounts and codes on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it.each(refusals)('refuses a new report with a bad %s and writes nothing of it', async (field, change, message) => {
    const { db } = database();
    const committee = await aCommittee(db);

    const refused = reports.create(db, { committeeId: committee.id, roundId: null, content: withEntry(committee.name, change), now: NOW });

    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'invalid_input', message, details: { field, project: 1, line: 2 } });
    expect(await reports.list(db, { committeeId: committee.id })).toEqual([]);
  });

  it.each(refusals)('refuses an edit with a bad %s and keeps the stored report as it was', async (field, change) => {
    const { db } = database();
    const committee = await aCommittee(db);
    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: aDocument(committee.name, [100]), now: NOW });
    const before = await reports.getDocument(db, meta.id);

    const refused = withTransaction(db, async (trx) => {
      await reports.claimForEdit(trx, meta.id, { version: 1, states: ['draft'] }, LATER);
      const [section] = await reports.readStoredSections(trx, meta.id);
      const edited = withEntry(committee.name, change).projects;
      await reports.updateSections(trx, meta.id, [{ ...section!, entries: edited[0]!.entries }], edited);
    });

    await expect(refused).rejects.toMatchObject({ code: 'invalid_input', details: { field } });
    expect(await reports.getDocument(db, meta.id)).toEqual(before);
  });

  // A draft holds codes still being typed; PostgreSQL's char(4) padded "36" to "36  " and refused
  // longer codes until migration 0006.
  it('stores incomplete draft codes exactly as typed, up to 10 characters', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const document = withEntry(committee.name, { account: '36', ikb: '17O4', counterparty: '1704 17041' });

    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: document, now: NOW });

    expect((await reports.getDocument(db, meta.id)).document).toEqual(document);
  });

  it('refuses a report whose total leaves the exact integer range, though each amount is safe', async () => {
    const { db } = database();
    const committee = await aCommittee(db);

    const refused = reports.create(db, { committeeId: committee.id, roundId: null, content: aDocument(committee.name, [MAX, 1]), now: NOW });

    await expect(refused).rejects.toMatchObject({ code: 'invalid_input', message: 'Summan av redovisningens belopp är för stor.', details: { field: 'amountOre' } });
    expect(await reports.list(db, { committeeId: committee.id })).toEqual([]);
  });

  it('stores the largest safe amount exactly', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const document = aDocument(committee.name, [MAX, -MAX, MAX]);

    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: document, now: NOW });

    expect((await reports.getDocument(db, meta.id)).document).toEqual(document);
    expect((await reports.list(db, { committeeId: committee.id })).map((r) => r.totalOre)).toEqual([MAX]);
  });

  // Rows written around the repository, as a faulty import script might: beyond 2^53 the engines
  // differ (SQLite an inexact number, PostgreSQL a numeric string), beyond 2^63 SQLite's SUM fails.
  it.each([
    ['past 2^53', 2],
    ['past 2^63', 1_100],
  ])('lists a total %s as an AppError, not a driver error', async (_label, count) => {
    const { db } = database();
    const committee = await aCommittee(db);
    const meta = await reports.create(db, { committeeId: committee.id, roundId: null, content: aDocument(committee.name, [1]), now: NOW });
    const section = await db.selectFrom('project_sections').select('id').where('report_id', '=', meta.id).executeTakeFirstOrThrow();
    const rows = Array.from({ length: count }, (_, i) => ({
      section_id: section.id, position: i + 1, account: '3699', ikb: '1771', counterparty: '1704', amount_ore: MAX, text: '',
    }));
    for (const batch of batches(rows)) await db.insertInto('accrual_entries').values(batch).execute();

    const listed = reports.list(db, { committeeId: committee.id });

    await expect(listed).rejects.toBeInstanceOf(AppError);
    await expect(listed).rejects.toMatchObject({
      code: 'internal', message: 'En redovisning har belopp vars summa är för stor för att räknas ut exakt.',
    });
  });

  it('refuses a grant that is not a whole number of öre', async () => {
    const { db } = database();
    const committee = await aCommittee(db);
    const programme = await aProgramme(db);
    const project = await projects.findOrCreate(db, { programmeId: programme.id, committeeId: committee.id, name: 'Lärandecenter', number: 1, activeFromYear: 2014 });

    await expect(projects.setGrant(db, { projectId: project.id, year: 2014, amountOre: 0.5 })).rejects.toMatchObject({
      code: 'invalid_input', details: { field: 'amountOre' },
    });
    expect(await projects.grantsForProject(db, project.id)).toEqual([]);
  });
});
