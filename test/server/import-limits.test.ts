// Importing a zip bomb through the API: refused with 422 and the importer's message, nothing written.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, reports } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { aDocx } from '../support/hostile-files.js';
import { signedIn, startTestServer, type Client } from '../support/server.js';
import { aRoundReport, type RoundReport } from './report-fixtures.js';

const PROJECTS = [{ number: 1, name: 'Trygghetsskapande åtgärder' }];

describe.each(TEST_DIALECTS)('importing a file too big to unpack on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let reporter: Client;
  let report: RoundReport;

  beforeAll(async () => {
    app = await startTestServer(database());
    report = await aRoundReport(database(), { year: 2016, kind: 'T1', projects: PROJECTS });
    reporter = await signedIn(app, database(), 'reporter', report.committeeId);
  });
  afterAll(() => app.close());

  const written = async () => {
    const meta = await reports.getMeta(database().db, report.reportId);
    return {
      version: meta.version,
      events: (await auditEvents.listForReport(database().db, report.reportId)).length,
      sections: await reports.readStoredSections(database().db, report.reportId),
    };
  };

  it('answers 422 with the reason and writes nothing', async () => {
    const before = await written();
    const res = await reporter.post(`/api/reports/${report.reportId}/import`, {
      version: before.version, fileName: 'bomb.docx', contentBase64: aDocx({ padding: 25 * 1024 * 1024 }).toString('base64'),
    });
    expect([res.statusCode, res.json().code, res.json().message]).toEqual([
      422, 'unreadable_document', 'bomb.docx: Word-filen packar upp till mer än 20 MB; en redovisning är mycket mindre. Kontrollera filen.',
    ]);
    expect(await written()).toEqual(before);
  });
});
