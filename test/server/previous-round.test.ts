// "Last round beside this one" through the API on both engines: for each project of a report, the
// committee's latest approved report of an earlier round that has the project (else the latest in
// any state), with its round, figures and narrative; only reports the asker may read count.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, startTestServer, type Client } from '../support/server.js';
import { aRoundReport, anEntry, type RoundReport } from './report-fixtures.js';

const A = { number: 1, name: 'Trygghetsvandringar' };
const B = { number: 2, name: 'Sommarjobb för ungdomar' };
const C = { number: 3, name: 'Fältassistenter' };
const D = { number: 4, name: 'Språkstöd i förskolan' };
const narrative = (title: string, ...paragraphs: string[]) => ({ title, paragraphs });

describe.each(TEST_DIALECTS)('the previous round beside a report on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let vb2014: RoundReport;
  let t1_2014: RoundReport;
  let t2_2014: RoundReport;
  let vb2013: RoundReport;
  let t1_2015: RoundReport;
  let reporter: Client;
  let controller: Client;
  let reader: Client;
  let otherReporter: Client;

  beforeAll(async () => {
    const db = database();
    // 2013-VB approved (A, B); 2014-T1 approved (A); 2014-T2 returned, never approved (A, C);
    // 2014-VB the draft asked about (A–D); 2015-T1 approved (A, C), for the reader.
    vb2013 = await aRoundReport(db, {
      year: 2013, kind: 'VB', projects: [A, B], state: 'approved',
      content: [{ entries: [anEntry(10_000)], narrative: narrative('2013', 'Det första året.') }, { entries: [anEntry(5_000), anEntry(7_000)], narrative: null }],
    });
    const committeeId = vb2013.committeeId;
    t1_2014 = await aRoundReport(db, {
      committeeId, year: 2014, kind: 'T1', projects: [A], state: 'approved',
      content: [{ entries: [anEntry(60_000_000), anEntry(40_000_050)], narrative: narrative('Våren', 'Vandringar i fyra områden.', 'Fler deltagare.') }],
    });
    t2_2014 = await aRoundReport(db, {
      committeeId, year: 2014, kind: 'T2', projects: [A, C], state: 'returned',
      content: [
        { entries: [anEntry(1), anEntry(2), anEntry(3)], narrative: narrative('Återsänd', 'Ska inte visas för A.') },
        { entries: [anEntry(250_000)], narrative: narrative('Fältet', 'Utkast om fältassistenterna.') },
      ],
    });
    vb2014 = await aRoundReport(db, { committeeId, year: 2014, kind: 'VB', projects: [A, B, C, D] });
    t1_2015 = await aRoundReport(db, { committeeId, year: 2015, kind: 'T1', projects: [A, C], state: 'approved' });
    const other = await aRoundReport(db, { year: 2014, kind: 'VB', projects: [A] });
    app = await startTestServer(db);
    reporter = await signedIn(app, db, 'reporter', committeeId);
    controller = await signedIn(app, db, 'controller');
    reader = await signedIn(app, db, 'reader');
    otherReporter = await signedIn(app, db, 'reporter', other.committeeId);
  });
  afterAll(() => app.close());

  const previous = async (client: Client, report: RoundReport) => {
    const res = await client.get(`/api/reports/${report.reportId}/previous`);
    expect(res.statusCode).toBe(200);
    return res.json<{ sections: { sectionId: number; previous: Record<string, unknown> | null }[] }>().sections;
  };

  it('gives each project its latest approved earlier report, else the latest in any state, else nothing', async () => {
    const sections = await previous(reporter, vb2014);

    expect(sections.map((s) => s.sectionId)).toEqual(vb2014.sectionIds);
    expect(sections.map((s) => s.previous)).toEqual([
      // A: the approved T1 over the returned T2 that came after it, and over the older approved 2013.
      {
        reportId: t1_2014.reportId, state: 'approved', stateName: 'Godkänd',
        round: { id: t1_2014.roundId, year: 2014, kind: 'T1', kindName: 'Tertialrapport 1' },
        entryCount: 2, totalOre: 100_000_050, narrative: narrative('Våren', 'Vandringar i fyra områden.', 'Fler deltagare.'),
      },
      // B: only 2013 has it, with an empty narrative: none.
      {
        reportId: vb2013.reportId, state: 'approved', stateName: 'Godkänd',
        round: { id: vb2013.roundId, year: 2013, kind: 'VB', kindName: 'Verksamhetsberättelse' },
        entryCount: 2, totalOre: 12_000, narrative: null,
      },
      // C: never approved anywhere; the returned T2 is what there is.
      {
        reportId: t2_2014.reportId, state: 'returned', stateName: 'Återsänd',
        round: { id: t2_2014.roundId, year: 2014, kind: 'T2', kindName: 'Tertialrapport 2' },
        entryCount: 1, totalOre: 250_000, narrative: narrative('Fältet', 'Utkast om fältassistenterna.'),
      },
      // D: no earlier round has it.
      null,
    ]);
    expect(await previous(controller, vb2014)).toEqual(sections);
  });

  it('looks only at rounds that end before the report\'s own', async () => {
    const sections = await previous(controller, t1_2014);
    expect(sections.map((s) => s.previous?.reportId ?? null)).toEqual([vb2013.reportId]);
    expect((await previous(controller, vb2013)).map((s) => s.previous)).toEqual([null, null]);
  });

  it('shows a reader only approved earlier reports, and refuses what the asker may not read as missing', async () => {
    // C: the 2014-VB draft is the latest report that has it; a reader sees neither it nor the returned T2.
    expect((await previous(controller, t1_2015)).map((s) => s.previous?.reportId ?? null)).toEqual([t1_2014.reportId, vb2014.reportId]);
    expect((await previous(reader, t1_2015)).map((s) => s.previous?.reportId ?? null)).toEqual([t1_2014.reportId, null]);

    for (const [client, report] of [[reader, vb2014], [otherReporter, vb2014], [otherReporter, t1_2015]] as const) {
      const res = await client.get(`/api/reports/${report.reportId}/previous`);
      expect([res.statusCode, res.json()]).toEqual([404, {
        code: 'not_found', message: `Redovisning ${report.reportId} finns inte.`, details: { reportId: report.reportId }, requestId: expect.any(String),
      }]);
    }
  });
});
