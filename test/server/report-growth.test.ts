// What one user can make the database grow by (issue 11, finding 6): ten saves of a large report,
// each changing one word, add a few kilobytes to the audit trail, not ten copies of the report; and
// a report may not hold more than MAX_REPORT_TEXT_LENGTH characters of text, however it is saved.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { LIMIT_MESSAGES } from '../../src/domain/limits.js';
import { reports } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, startTestServer } from '../support/server.js';
import { aRoundReport } from './report-fixtures.js';

const sentence = 'Trygghetsvandringar genomfördes i Vällingby tillsammans med polisen och bostadsbolagen. ';

describe.each(TEST_DIALECTS)('how much a report and its history may grow, on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('records ten one-word changes to a 1.6 MB narrative in kilobytes, and refuses a report past its text limit', async () => {
    const app = await startTestServer(database());
    try {
      const paragraphs = Array.from({ length: 100 }, () => sentence.repeat(180));
      const report = await aRoundReport(database(), {
        year: 2021, kind: 'T1', projects: [{ number: 1, name: 'Lärandecenter' }, { number: 2, name: 'Fältassistenter' }],
        content: [{ entries: [], narrative: { title: 'Våren', paragraphs } }, { entries: [], narrative: null }],
      });
      const reporter = await signedIn(app, database(), 'reporter', report.committeeId);
      const auditBytes = async () => {
        const { rows } = await sql<{ n: string | number | null }>`select sum(length(coalesce(before_json, '')) + length(coalesce(after_json, ''))) as n from audit_events where report_id = ${report.reportId}`.execute(database().db);
        return Number(rows[0]!.n ?? 0);
      };
      const start = await auditBytes();
      let current = paragraphs;
      for (let save = 0; save < 10; save += 1) {
        const { meta, document } = await reports.getDocument(database().db, report.reportId);
        current = current.map((p, i) => (i === save * 7 ? p.replace('Vällingby', `Vällingby ${save}`) : p));
        const res = await reporter.put(`/api/reports/${report.reportId}`, { version: meta.version, accrualPeriod: document.accrualPeriod, sections: [{ id: report.sectionIds[0], entries: [], narrative: { title: 'Våren', paragraphs: current } }] });
        expect(res.statusCode).toBe(200);
      }
      const grown = (await auditBytes()) - start;
      expect(grown).toBeGreaterThan(0);
      expect(grown).toBeLessThan(10 * 1_000);

      // The second project filled to past two million characters: refused by name, nothing written.
      const { meta, document } = await reports.getDocument(database().db, report.reportId);
      const big = Array.from({ length: 100 }, () => sentence.repeat(60));
      const refused = await reporter.put(`/api/reports/${report.reportId}`, { version: meta.version, accrualPeriod: document.accrualPeriod, sections: [{ id: report.sectionIds[1], entries: [], narrative: { title: 'Hösten', paragraphs: big } }] });
      expect([refused.statusCode, refused.json().message, refused.json().details]).toEqual([400, LIMIT_MESSAGES.reportText, { field: 'sections' }]);
      expect((await reports.getDocument(database().db, report.reportId)).meta.version).toBe(meta.version);
    } finally {
      await app.close();
    }
  }, 120_000);
});
