// Reading a legacy file into a draft in two steps, through the API on both engines: the preview
// reads the file and tells what it would replace and bring in, storing nothing; the import with the
// preview's digest reads in exactly that file, and refuses another one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, reports } from '../../src/db/index.js';
import { repoRoot, TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { signedIn, startTestServer, type Client } from '../support/server.js';
import { aRoundReport, anEntry, type RoundReport } from './report-fixtures.js';

const legacy = (name: string) => readFileSync(path.join(repoRoot, 'test/fixtures/legacy', name));
const RINKEBY = legacy('rinkeby-kista-t1-2015.txt');
const corpus = (name: string) => readFileSync(path.join(repoRoot, 'test/fixtures/corpus/development', name));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(TEST_DIALECTS)('an import\'s preview on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let draft: RoundReport;
  let approved: RoundReport;
  let hasselby: RoundReport;
  let reporter: Client;

  beforeAll(async () => {
    // The draft has projects 1–4 and 6 (project 1 with an entry and a narrative); the file has 1–5.
    draft = await aRoundReport(database(), {
      committeeName: 'Rinkeby-Kista stadsdelsnämnd', counterparty: '1718', year: 2015, kind: 'T1',
      projects: [
        { number: 1, name: 'Trygghetsvandringar' }, { number: 2, name: 'Sommarjobb för ungdomar' }, { number: 3, name: 'Fältassistenter' },
        { number: 4, name: 'Språkstöd i förskolan' }, { number: 6, name: 'Nytt projekt' },
      ],
      content: [{ entries: [anEntry(1_200_050)], narrative: { title: 'Vårt eget', paragraphs: ['Skrivet i utkastet.'] } }],
    });
    approved = await aRoundReport(database(), {
      committeeId: draft.committeeId, year: 2014, kind: 'VB', projects: [{ number: 1, name: 'Trygghetsvandringar' }], state: 'approved',
    });
    // Hässelby-Vällingby's draft for the corpus's PDF and Word files: projects 1, 3 and 6.
    hasselby = await aRoundReport(database(), {
      committeeName: 'Hässelby-Vällingby stadsdelsnämnd', year: 2013, kind: 'T1',
      projects: [{ number: 1, name: 'Trygghetsvandringar' }, { number: 3, name: 'Jobbtorg och vägledning' }, { number: 6, name: 'Lärandecenter' }],
    });
    app = await startTestServer(database());
    reporter = await signedIn(app, database(), 'reporter', draft.committeeId);
  });
  afterAll(() => app.close());

  const preview = (client: Client, fileName: string, bytes: Buffer, id = draft.reportId) =>
    client.post(`/api/reports/${id}/import/preview`, { fileName, contentBase64: bytes.toString('base64') });
  /** What a preview must leave as it was: the content, the version and the history. */
  const stored = async (id = draft.reportId) => ({
    document: await reports.getDocument(database().db, id),
    events: (await auditEvents.listForReport(database().db, id)).length,
  });

  it('tells what the file would replace and bring in, per project, and stores nothing', async () => {
    const before = await stored();
    const res = await preview(reporter, 'rinkeby-kista-t1-2015.txt', RINKEBY);

    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({
      fileName: 'rinkeby-kista-t1-2015.txt',
      digest: sha256(RINKEBY),
      version: 1,
      accrualPeriod: { current: { from: '2015-01-01', to: '2015-04-30' }, incoming: { from: '2015-01-01', to: '2015-04-30' } },
      projects: [
        // A text file's entries with their lines in the file (no page): project 1's heading is line 13, its amounts lines 21 and 25.
        { sectionId: draft.sectionIds[0], number: 1, name: 'Trygghetsvandringar',
          current: { entryCount: 1, totalOre: 1_200_050, narrative: true },
          incoming: {
            entryCount: 2, totalOre: 23_750_000, narrative: true, heading: { line: 13 },
            entries: [
              { account: '3699', ikb: '1771', counterparty: '1718', amountOre: 25_000_000, text: 'Ej fakturerat tom 2015-04-30', place: { line: 21 } },
              { account: '3699', ikb: '1771', counterparty: '1718', amountOre: -1_250_000, text: 'Rättelse av för högt belopp i tertial 3 2014', place: { line: 25 } },
            ],
          } },
        { sectionId: draft.sectionIds[1], number: 2, name: 'Sommarjobb för ungdomar',
          current: { entryCount: 0, totalOre: 0, narrative: false }, incoming: expect.objectContaining({ entryCount: 3, totalOre: 129_466_255, narrative: true }) },
        { sectionId: draft.sectionIds[2], number: 3, name: 'Fältassistenter',
          current: { entryCount: 0, totalOre: 0, narrative: false }, incoming: expect.objectContaining({ entryCount: 1, totalOre: 41_200_000, narrative: true }) },
        { sectionId: draft.sectionIds[3], number: 4, name: 'Språkstöd i förskolan',
          current: { entryCount: 0, totalOre: 0, narrative: false }, incoming: expect.objectContaining({ entryCount: 0, totalOre: 0, narrative: true, entries: [] }) },
        // Not in the file: stays as it is.
        { sectionId: draft.sectionIds[4], number: 6, name: 'Nytt projekt', current: { entryCount: 0, totalOre: 0, narrative: false }, incoming: null },
      ],
      warnings: expect.any(Array),
    });
    expect(body.warnings.map((w: { code: string }) => w.code)).toEqual([
      'project_without_entries', 'project_without_narrative', 'project_not_in_report', 'project_not_in_file',
    ]);
    expect(await stored()).toEqual(before);
  });

  it('tells, for a PDF, the page and line of each project\'s heading and of each amount; for a Word file no place', async () => {
    const before = await stored(hasselby.reportId);
    const client = await signedIn(app, database(), 'reporter', hasselby.committeeId);
    const pdf = await preview(client, 'hasselby.pdf', corpus('d01-003-hasselby-vallingby-s.pdf'), hasselby.reportId);
    expect(pdf.statusCode).toBe(200);
    // Lines are counted on the page as the reader reads them, below the running head (the committee's name).
    const places = (p: { incoming: { heading: unknown; entries: { amountOre: number; place: unknown }[] } }) =>
      ({ heading: p.incoming.heading, entries: p.incoming.entries.map((e) => [e.amountOre, e.place]) });
    expect(pdf.json().projects.map(places)).toEqual([
      { heading: { page: 1, line: 6 }, entries: [
        [84_132_700, { page: 1, line: 9 }], [78_600_000, { page: 1, line: 10 }], [16_600_000, { page: 1, line: 11 }],
      ] },
      { heading: { page: 1, line: 31 }, entries: [
        [-896_039_600, { page: 1, line: 33 }], [258_100_000, { page: 1, line: 34 }], [7_784_100, { page: 1, line: 35 }],
      ] },
      { heading: { page: 2, line: 17 }, entries: [[-478_400_000, { page: 2, line: 19 }], [77_051_500, { page: 2, line: 20 }]] },
    ]);
    // The file's warnings name the page and the line on it; a project named otherwise in the file than
    // in the report is read in by its number, and said.
    expect(pdf.json().warnings.filter((w: { line?: number }) => w.line !== undefined)).toEqual([
      { code: 'project_without_narrative', message: 'Projekt 3 (Jobbtorg och vägledning) saknar delredovisning.', page: 1, line: 31 },
      { code: 'project_without_entries', message: 'Projekt 4 (IT-utbildning för seniorer) har inga periodiseringar.', page: 2, line: 2 },
      { code: 'project_without_narrative', message: 'Projekt 4 (IT-utbildning för seniorer) saknar delredovisning.', page: 2, line: 2 },
    ]);
    expect(pdf.json().warnings.filter((w: { code: string }) => w.code === 'project_name_differs')).toEqual([{
      code: 'project_name_differs',
      message: 'Projekt 1 heter ”Trygghetsvandringar i samverkan med fastighetsägare, polis och föreningsliv” i filen men ”Trygghetsvandringar” '
        + 'i redovisningen; filens belopp och text lästes in i ”Trygghetsvandringar”. Kontrollera att de hör dit.',
    }]);

    // Word has no pages and numbers no paragraphs: the amounts come without a place rather than with an invented one.
    const docx = await preview(client, 'hasselby.docx', corpus('d02-003-hasselby-vallingby-s.docx'), hasselby.reportId);
    expect(docx.statusCode).toBe(200);
    const [first] = docx.json().projects;
    expect(first.incoming.heading).toBeNull();
    expect(first.incoming.entries.length).toBeGreaterThan(0);
    expect(first.incoming.entries.map((e: { place: unknown }) => e.place)).toEqual(first.incoming.entries.map(() => null));
    expect(await stored(hasselby.reportId)).toEqual(before);
  });

  it('refuses what the import refuses, with the same words: another committee\'s file, an unreadable one, an approved report', async () => {
    const before = await stored();
    const other = await preview(reporter, 'kungsholmen-t3-vb-2014.txt', legacy('kungsholmen-t3-vb-2014.txt'));
    expect([other.statusCode, other.json().message]).toEqual([422, 'Filen är Kungsholmens stadsdelsnämnds redovisning, inte Rinkeby-Kista stadsdelsnämnds.']);
    const unreadable = await preview(reporter, 'bad-amount.txt', legacy('bad-amount.txt'));
    expect([unreadable.statusCode, unreadable.json().message]).toEqual([422, 'bad-amount.txt:21: Beloppet ”12 5OO” kan inte läsas: tecknet ”O” är ingen siffra.']);
    const locked = await preview(reporter, 'rinkeby-kista-t1-2015.txt', RINKEBY, approved.reportId);
    expect([locked.statusCode, locked.json().code]).toEqual([409, 'invalid_transition']);
    const empty = await reporter.post(`/api/reports/${draft.reportId}/import/preview`, { fileName: 'a.txt', contentBase64: '' });
    expect([empty.statusCode, empty.json().details.field]).toEqual([400, 'contentBase64']);
    expect(await stored()).toEqual(before);
  });

  it('imports with the preview\'s digest only the file it read; another file is refused and nothing written', async () => {
    const before = await stored();
    const other = legacy('enskede-arsta-vantor-t1-2015.txt');
    const swapped = await reporter.post(`/api/reports/${draft.reportId}/import`, {
      version: 1, fileName: 'rinkeby-kista-t1-2015.txt', contentBase64: other.toString('base64'), digest: sha256(RINKEBY),
    });
    expect([swapped.statusCode, swapped.json()]).toEqual([409, {
      code: 'conflict', message: 'Filen är inte den som förhandsgranskades. Välj filen och förhandsgranska den igen.',
      details: { field: 'digest' }, requestId: expect.any(String),
    }]);
    const malformed = await reporter.post(`/api/reports/${draft.reportId}/import`, {
      version: 1, fileName: 'rinkeby-kista-t1-2015.txt', contentBase64: RINKEBY.toString('base64'), digest: 'abc',
    });
    expect([malformed.statusCode, malformed.json().details.field]).toEqual([400, 'digest']);
    expect(await stored()).toEqual(before);

    const res = await reporter.post(`/api/reports/${draft.reportId}/import`, {
      version: 1, fileName: 'rinkeby-kista-t1-2015.txt', contentBase64: RINKEBY.toString('base64'), digest: sha256(RINKEBY),
    });
    expect([res.statusCode, res.json().report.version]).toEqual([200, 2]);
    expect(res.json().report.content.projects[1].entries).toHaveLength(3);
  });
});
