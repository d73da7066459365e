// Returning a report (issue 9): a reason for one project is reason enough, and the general reason may
// be left out; with no reason at all the return is refused, naming the field, and nothing moves.
import { describe, expect, it } from 'vitest';
import { comments, reports } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, startTestServer } from '../support/server.js';
import { aRoundReport } from './report-fixtures.js';

describe.each(TEST_DIALECTS)('return reasons on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('takes a return with reasons per project only, and refuses one without any reason', async () => {
    const app = await startTestServer(database());
    try {
      const report = await aRoundReport(database(), { year: 2023, kind: 'T1', state: 'submitted', projects: [{ number: 1, name: 'Lärandecenter' }, { number: 2, name: 'Fältassistenter' }] });
      const controller = await signedIn(app, database(), 'controller');
      const url = `/api/reports/${report.reportId}/return`;
      const { meta } = await reports.getDocument(database().db, report.reportId);

      const none = await controller.post(url, { version: meta.version, reason: '  ', sectionReasons: [{ sectionId: report.sectionIds[0], reason: ' ' }] });
      expect([none.statusCode, none.json().details]).toEqual([400, { field: 'reason' }]);
      expect((await reports.getMeta(database().db, report.reportId)).state).toBe('submitted');

      const perProject = await controller.post(url, { version: meta.version, sectionReasons: [{ sectionId: report.sectionIds[1], reason: 'Beloppet saknar underlag.' }] });
      expect(perProject.statusCode).toBe(200);
      expect((await reports.getMeta(database().db, report.reportId)).state).toBe('returned');
      const stored = await comments.listForReport(database().db, report.reportId);
      expect(stored.map((c) => [c.kind, c.sectionId, c.body])).toEqual([['return_reason', report.sectionIds[1], 'Beloppet saknar underlag.']]);
    } finally {
      await app.close();
    }
  });
});
