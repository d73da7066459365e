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
