// Files through the API: a zip bomb is refused with 422 and the importer's message; a file of 10 MB is
// read as its content decides; a larger body is refused with 413 before it is read; base64 that is not
// is a 400 naming the field. Nothing is written by a refusal.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, reports } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { aDocx } from '../support/hostile-files.js';
import { SEED_PATH } from '../support/seed.js';
import { signedIn, startTestServer, type Client } from '../support/server.js';
import { aRoundReport, type RoundReport } from './report-fixtures.js';

const PROJECTS = [{ number: 1, name: 'Trygghetsskapande åtgärder' }];

const MiB = 1024 * 1024;

describe.each(TEST_DIALECTS)('importing large and broken files on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let reporter: Client;
  let controller: Client;
  let report: RoundReport;

  beforeAll(async () => {
    app = await startTestServer(database());
    // The seed's committee: a file is read only into its own committee's report.
    report = await aRoundReport(database(), { committeeName: 'Hässelby-Vällingby stadsdelsnämnd', year: 2016, kind: 'T1', projects: PROJECTS });
    reporter = await signedIn(app, database(), 'reporter', report.committeeId);
    controller = await signedIn(app, database(), 'controller');
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

  // Before, the pattern that checked the base64 overflowed the stack beyond about 3.3 MB: a 500.
  it('reads a file of 10 MB as its content decides: the seed with ten megabytes of blank lines is the seed', async () => {
    const before = await written();
    const seed = readFileSync(SEED_PATH);
    const file = Buffer.concat([seed, Buffer.alloc(10 * MiB - seed.length, '\n')]);
    const res = await reporter.post(`/api/reports/${report.reportId}/import`, {
      version: before.version, fileName: 'stor.txt', contentBase64: file.toString('base64'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().report.content.projects[0].entries[0]).toEqual({
      account: '3699', ikb: '1771', counterparty: '1704', amountOre: 10700000, text: 'Ej fakturerat tom 2014-08-31',
    });
    expect((await written()).version).toBe(before.version + 1);
  }, 120_000);

  it('refuses a body of 15 MB with 413 and a Swedish message before reading it, and writes nothing', async () => {
    const before = await written();
    const body = JSON.stringify({ version: before.version, fileName: 'för-stor.txt', contentBase64: 'QUFB'.repeat(3_750_000) });
    expect(body.length).toBeGreaterThan(15_000_000);
    for (const url of [`/api/reports/${report.reportId}/import`, '/api/rounds/2016-T1/reconciliations']) {
      const client = url.includes('reconciliations') ? controller : reporter;
      const res = await client.request({ method: 'POST', url, payload: body, headers: { 'content-type': 'application/json' } });
      expect([url, res.statusCode, res.json()]).toEqual([url, 413, { code: 'invalid_input', message: 'Förfrågan är för stor.', requestId: expect.any(String) }]);
    }
    expect(await written()).toEqual(before);
  });

  it('refuses what is not base64 with 400 naming contentBase64, on both routes that take a file', async () => {
    const before = await written();
    const bad = ['inte base64!', 'QUJD\nREVG', 'QUJ', 'QU=D', `${'QUJD'.repeat(1_000_000)}!AAA`];
    for (const contentBase64 of bad) {
      const imported = await reporter.post(`/api/reports/${report.reportId}/import`, { version: before.version, fileName: 'a.txt', contentBase64 });
      expect([imported.statusCode, imported.json()]).toEqual([400, {
        code: 'invalid_input', message: 'contentBase64: Filens innehåll är inte giltig base64.', details: { field: 'contentBase64' }, requestId: expect.any(String),
      }]);
      const reconciled = await controller.post('/api/rounds/2016-T1/reconciliations', { fileName: 'bokfört.csv', contentBase64 });
      expect([reconciled.statusCode, reconciled.json().message]).toEqual([400, 'contentBase64: Filens innehåll är inte giltig base64.']);
    }
    expect(await written()).toEqual(before);
  });

  it('reads a booked file of several megabytes for a reconciliation as its content decides', async () => {
    const csv = Buffer.from(`Datum;Text\n${'2016-04-30;Ej bokfört\n'.repeat(200_000)}`);
    expect(csv.length).toBeGreaterThan(4 * MiB);
    const res = await controller.post('/api/rounds/2016-T1/reconciliations', { fileName: 'bokfört.csv', contentBase64: csv.toString('base64') });
    expect([res.statusCode, res.json().code, res.json().message]).toEqual([422, 'unreadable_document',
      'bokfört.csv:1: Kolumnen ”Motpart” saknas i rubrikraden. Första raden ska namnge kolumnerna Motpart, Projekt och Belopp '
      + '(Text, Datum, Konto och IKB får finnas), åtskilda med semikolon (;) eller komma (,).']);
  });
});
