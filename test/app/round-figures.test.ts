// The round's figures never drop money: a project that has ended (or not yet started) by the round's
// year but carries approved accruals in it is shown with them, as the dashboard counts them.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { roundFigures } from '../../src/app/finance/round-figures.js';
import { rounds } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { aRoundReport, anEntry } from '../server/report-fixtures.js';

describe.each(TEST_DIALECTS)('round figures on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('shows a project outside its active years with the approved accruals it carries', async () => {
    const report = await aRoundReport(database(), {
      year: 2016, kind: 'T1', state: 'approved',
      projects: [{ number: 1, name: 'Lärandecenter', grantOre: 100_000_00 }, { number: 2, name: 'Avslutat projekt' }],
      content: [{ entries: [anEntry(12_345_67)], narrative: null }, { entries: [anEntry(2_000_50), anEntry(1_000_00)], narrative: null }],
    });
    // The second project ended the year before, yet the committee accrued on it in 2016.
    await sql`update projects set active_to_year = 2015 where id = ${report.projectIds[1]!}`.execute(database().db);
    const round = await rounds.getById(database().db, report.roundId);
    const [committee] = (await roundFigures(database().db, round)).filter((c) => c.committeeId === report.committeeId);
    expect(committee!.projects.map((p) => [p.name, p.accruedThisRoundOre])).toEqual([
      ['Lärandecenter', 12_345_67],
      ['Avslutat projekt', 3_000_50],
    ]);
  });
});

describe.each(TEST_DIALECTS)("one committee's round figures on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("are that committee's line of the city's figures, whatever its report's state", async () => {
    const { db } = database();
    const approved = await aRoundReport(database(), {
      year: 2017, kind: 'T2', state: 'approved', counterparty: '1711',
      projects: [{ number: 1, name: 'Sommarjobb', grantOre: 50_000_00 }, { number: 2, name: 'Trygghetsvärdar' }],
      content: [{ entries: [anEntry(4_000_00)], narrative: null }, { entries: [anEntry(1_500_25), anEntry(-500_00)], narrative: null }],
    });
    const draft = await aRoundReport(database(), {
      year: 2017, kind: 'T2', counterparty: '1712',
      projects: [{ number: 1, name: 'Läxhjälp', grantOre: 20_000_00 }],
      content: [{ entries: [anEntry(9_999_00)], narrative: null }],
    });
    const round = await rounds.getById(db, approved.roundId);
    const city = await roundFigures(db, round);
    for (const committeeId of [approved.committeeId, draft.committeeId]) {
      const line = city.filter((c) => c.committeeId === committeeId);
      expect(line).toHaveLength(1);
      expect(await roundFigures(db, round, { committeeId })).toEqual(line);
    }
    // The approved committee's figures are there to compare, the draft's are not.
    const [mine] = await roundFigures(db, round, { committeeId: approved.committeeId });
    expect(mine).toMatchObject({ counterparty: '1711', status: 'approved', reportId: approved.reportId });
    expect(mine!.projects.map((p) => [p.name, p.accruedThisRoundOre, p.source])).toEqual([
      ['Sommarjobb', 4_000_00, { reportId: approved.reportId, version: expect.any(Number) as number }],
      ['Trygghetsvärdar', 1_000_25, { reportId: approved.reportId, version: expect.any(Number) as number }],
    ]);
    const [theirs] = await roundFigures(db, round, { committeeId: draft.committeeId });
    expect(theirs).toMatchObject({ counterparty: '1712', status: 'draft', projects: [{ name: 'Läxhjälp', accruedThisRoundOre: null, source: null }] });
  });
});
