// Documents are rendered and files read in worker threads (issue 11, finding 4): while a large
// report's PDF is being made, the server goes on answering; the same document is served again from
// the cache, and a change to the report is never answered with the old document.
import { describe, expect, it } from 'vitest';
import { committees, reports } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, startTestServer } from '../support/server.js';
import { aRoundReport } from './report-fixtures.js';

const words = 'Trygghetsvandringar genomfördes i samverkan med bostadsbolagen och polisen under våren. ';

describe.each(TEST_DIALECTS)('documents off the event loop on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('answers other requests while a large PDF renders, serves it again from the cache, and never a stale one', async () => {
    const app = await startTestServer(database());
    try {
      const paragraphs = Array.from({ length: 400 }, (_, i) => `${i + 1}. ${words.repeat(12)}`);
      const report = await aRoundReport(database(), {
        year: 2019, kind: 'T1', projects: [{ number: 1, name: 'Lärandecenter' }],
        content: [{ entries: [], narrative: { title: 'Ett långt år', paragraphs } }],
      });
      const reader = await signedIn(app, database(), 'controller');
      const url = `/api/reports/${report.reportId}/document.pdf`;

      const started = performance.now();
      const pdf = reader.get(url);
      // Give the render a moment to start in its worker, then ask something else.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const health = await app.inject('/health');
      const healthAfter = performance.now() - started;
      const first = await pdf;
      const renderedAfter = performance.now() - started;
      expect([first.statusCode, health.statusCode]).toEqual([200, 200]);
      // The health check did not wait for the PDF (which takes seconds: 400 long paragraphs).
      expect(healthAfter).toBeLessThan(renderedAfter);
      expect(renderedAfter - healthAfter).toBeGreaterThan(300);

      const again = await reader.get(url);
      expect(Buffer.compare(again.rawPayload, first.rawPayload)).toBe(0);

      // A change to what the document shows gives a new document, not the cached one.
      await committees.update(database().db, report.committeeId, { name: `${report.committeeName} (nytt namn)` });
      const { document } = await reports.getDocument(database().db, report.reportId);
      expect(document.committee).toBe(`${report.committeeName} (nytt namn)`);
      const renamed = await reader.get(url);
      expect(renamed.statusCode).toBe(200);
      expect(Buffer.compare(renamed.rawPayload, first.rawPayload)).not.toBe(0);
    } finally {
      await app.close();
    }
  }, 120_000);
});
