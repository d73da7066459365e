// The report's documents as the app serves them (issue 9): a draft marked UTKAST on every page, an
// approved report carrying who approved which version when, the sums read back, an empty narrative
// left out, and the organisation's name — the admin's setting — in every page's footer.
import { afterAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/db/index.js';
import { readReportFile } from '../../src/documents/import/index.js';
import { loadPdf } from '../../src/documents/import/pdf/document.js';
import { joinPieces } from '../../src/documents/import/pdf/geometry.js';
import { baselineGroups } from '../../src/documents/import/pdf/running.js';
import { closeDocumentPool } from '../../src/documents/workers/pool.js';
import { DRAFT_MARK } from '../../src/documents/wording.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { createUser, signedIn, signIn, startTestServer, type Client } from '../support/server.js';
import { aRoundReport } from './report-fixtures.js';

afterAll(() => closeDocumentPool());

const entry = (amountOre: number, text: string) => ({ account: '3699', ikb: '1771', counterparty: '1704', amountOre, text });

/** Each page's lines of a PDF the client downloads, read as the importer reads pages. */
async function pdfPages(client: Client, reportId: number): Promise<string[][]> {
  const res = await client.get(`/api/reports/${reportId}/document.pdf`);
  expect(res.statusCode).toBe(200);
  const { pages } = await loadPdf(res.rawPayload, 'rapport.pdf');
  return pages.map((page) => baselineGroups(page.pieces).map(joinPieces));
}

describe.each(TEST_DIALECTS)('the documents of a report on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('marks a draft UTKAST on every page, and an approved report with its approval; both read back with their sums', async () => {
    const app = await startTestServer(database());
    try {
      const report = await aRoundReport(database(), {
        year: 2023, kind: 'T1',
        projects: [{ number: 1, name: 'Lärandecenter' }, { number: 2, name: 'Fältassistenter' }],
        content: [
          { entries: [entry(10_000_000, 'Ej fakturerat tom 2023-04-30'), entry(25_050, 'Material')], narrative: { title: 'Läxhjälp', paragraphs: ['Läxhjälp två kvällar i veckan.'] } },
          // What opening a round leaves: a narrative without text, which no document prints.
          { entries: [entry(-5_000, 'Återföring')], narrative: { title: '', paragraphs: [] } },
        ],
      });
      const reporter = await signedIn(app, database(), 'reporter', report.committeeId);
      const approver = await signedIn(app, database(), 'approver', report.committeeId);
      const controllerUser = await createUser(database(), { role: 'controller', name: 'Cecilia Controller' });
      const controller = await signIn(app, controllerUser.email);

      const draftPages = await pdfPages(reporter, report.reportId);
      for (const page of draftPages) {
        expect(page[0]).toBe(DRAFT_MARK);
        expect(page.at(-1)).toMatch(/^Stockholms stad Sida \d+ av \d+$/);
      }
      const lines = draftPages.flat();
      expect(lines.filter((l) => l.startsWith('Summa'))).toEqual(['Summa 100 250,50 kr', 'Summa −50 kr']);
      expect(lines).toContain('Redovisningens summa: 100 200,50 kr');
      expect(lines.filter((l) => l.startsWith('Delredovisning'))).toEqual(['Delredovisning projekt 1: Läxhjälp']);
      expect(lines.some((l) => l.startsWith('Godkänn'))).toBe(false);

      const expectedProjects = [
        { number: 1, name: 'Lärandecenter', entries: [entry(10_000_000, 'Ej fakturerat tom 2023-04-30'), entry(25_050, 'Material')], narrative: { title: 'Läxhjälp', paragraphs: ['Läxhjälp två kvällar i veckan.'] } },
        { number: 2, name: 'Fältassistenter', entries: [entry(-5_000, 'Återföring')], narrative: null },
      ];
      for (const format of ['pdf', 'docx'] as const) {
        const res = await reporter.get(`/api/reports/${report.reportId}/document.${format}`);
        expect((await readReportFile(res.rawPayload, `rapport.${format}`)).projects).toEqual(expectedProjects);
      }
      const html = (await reporter.get(`/api/reports/${report.reportId}/document.html`)).body;
      expect(html).toContain(`<p class="draft-mark">${DRAFT_MARK}</p>`);

      // Submitted, it is still no approved report; approved, it says so, and who, when and which version.
      let version = (await reporter.get(`/api/reports/${report.reportId}`)).json<{ version: number }>().version;
      const submitted = await approver.post(`/api/reports/${report.reportId}/submit`, { version });
      expect(submitted.statusCode).toBe(200);
      version = submitted.json<{ version: number }>().version;
      expect((await pdfPages(controller, report.reportId)).every((page) => page[0] === DRAFT_MARK)).toBe(true);
      const approved = await controller.post(`/api/reports/${report.reportId}/approve`, { version });
      expect(approved.statusCode).toBe(200);
      const { version: approvedVersion, approvedAt } = approved.json<{ version: number; approvedAt: string }>();

      const approvedLines = (await pdfPages(reporter, report.reportId)).flat();
      expect(approvedLines.filter((l) => l.includes('UTKAST'))).toEqual([]);
      const stockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(new Date(approvedAt));
      expect(approvedLines.slice(-5, -1)).toEqual(['Godkännande', `Godkänd: ${stockholm}`, 'Godkänd av: Cecilia Controller', `Version: ${approvedVersion}`]);
      for (const format of ['pdf', 'docx'] as const) {
        const res = await reporter.get(`/api/reports/${report.reportId}/document.${format}`);
        expect((await readReportFile(res.rawPayload, `rapport.${format}`)).projects).toEqual(expectedProjects);
      }
    } finally {
      await app.close();
    }
  });

  it('lets the admin set the organisation\'s name, audited, and every document\'s footer follows', async () => {
    const app = await startTestServer(database());
    try {
      const report = await aRoundReport(database(), { year: 2023, kind: 'T2', projects: [{ number: 1, name: 'Trygghetsvärdar' }], content: [{ entries: [entry(100, 'x')], narrative: null }] });
      const admin = await signedIn(app, database(), 'admin');
      const reporter = await signedIn(app, database(), 'reporter', report.committeeId);
      const controller = await signedIn(app, database(), 'controller');

      expect((await reporter.get('/api/organisation-name')).json()).toEqual({ name: 'Stockholms stad', fallback: 'Stockholms stad', set: false });
      expect((await pdfPages(reporter, report.reportId))[0]?.at(-1)).toBe('Stockholms stad Sida 1 av 1');

      // Refused, naming the field, nothing written: another role, an empty name, two lines, too long.
      const events = async () => (await database().db.selectFrom('audit_events').select('action').where('action', '=', 'organisation_name.changed').execute()).length;
      expect((await controller.put('/api/organisation-name', { name: 'Kontrollstaden' })).statusCode).toBe(403);
      for (const [name, message] of [
        ['  ', 'Organisationens namn får inte vara tomt.'],
        ['Göteborgs\nStad', 'Organisationens namn ska stå på en rad.'],
        ['x'.repeat(81), 'Organisationens namn får vara högst 80 tecken (det står på en rad i sidfoten).'],
      ] as const) {
        const res = await admin.put('/api/organisation-name', { name });
        expect([res.statusCode, res.json<{ message: string }>().message]).toEqual([400, expect.stringContaining(message)]);
      }
      expect(await events()).toBe(0);

      const set = await admin.put('/api/organisation-name', { name: '  Göteborgs Stad ' });
      expect(set.json()).toEqual({ name: 'Göteborgs Stad', fallback: 'Stockholms stad', set: true });
      expect(await events()).toBe(1);
      const [event] = await auditEvents.listForEntity(database().db, 'site_setting', 'organisation_name');
      expect(event).toMatchObject({ entityType: 'site_setting', entityId: 'organisation_name', before: { name: 'Stockholms stad' }, after: { name: 'Göteborgs Stad' } });
      // The same name again writes nothing.
      await admin.put('/api/organisation-name', { name: 'Göteborgs Stad' });
      expect(await events()).toBe(1);

      // The cached document is not served again: the name is part of what it shows.
      expect((await pdfPages(reporter, report.reportId))[0]?.at(-1)).toBe('Göteborgs Stad Sida 1 av 1');
      expect((await reporter.get(`/api/reports/${report.reportId}/document.html`)).body).toContain('<footer class="document-footer"><p>Göteborgs Stad</p></footer>');
    } finally {
      await app.close();
    }
  });
});
