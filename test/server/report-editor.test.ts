// The report editor through the API on both engines: reading a report with its grants and earlier
// accruals, saving drafts (also incomplete ones), conflicts that overwrite nothing, the pre-submit
// check, and reading a legacy file into a draft.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, reports } from '../../src/db/index.js';
import { repoRoot, TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { createUser, signIn, signedIn, startTestServer, type Client } from '../support/server.js';
import { aRoundReport, anEntry, type RoundReport } from './report-fixtures.js';

// 12:03 in Stockholm (summer time): the time a conflict message names.
const NOW = new Date('2014-09-15T10:03:00.000Z');
const PROJECTS = [
  { number: 1, name: 'Trygghetsskapande åtgärder', grantOre: 50_000_000 },
  { number: 2, name: 'Lärandecenter', grantOre: 300_000_000 },
];
const legacy = (name: string) => readFileSync(path.join(repoRoot, 'test/fixtures/legacy', name));

interface SaveSection { id: number; entries: ReturnType<typeof anEntry>[]; narrative: { title: string; paragraphs: string[] } | null }

describe.each(TEST_DIALECTS)('report editor on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let report: RoundReport;
  let reporter: Client;
  let reporterName: string;
  let approver: Client;
  let controller: Client;

  beforeAll(async () => {
    // T1 of the same year accrued 1 000 000 kr on Lärandecenter and was approved: the T2 editor shows it.
    const t1 = await aRoundReport(database(), {
      year: 2014, kind: 'T1', projects: PROJECTS, state: 'approved', content: [{ entries: [], narrative: null }, { entries: [anEntry(60_000_000), anEntry(40_000_000)], narrative: null }],
    });
    report = await aRoundReport(database(), { committeeId: t1.committeeId, year: 2014, kind: 'T2', projects: PROJECTS });
    app = await startTestServer(database(), { now: () => NOW });
    const user = await createUser(database(), { role: 'reporter', committeeId: report.committeeId, name: 'Anna Berg' });
    reporterName = user.name;
    reporter = await signIn(app, user.email);
    approver = await signedIn(app, database(), 'approver', report.committeeId);
    controller = await signedIn(app, database(), 'controller');
  });
  afterAll(() => app.close());

  const get = async (client: Client, id = report.reportId) => (await client.get(`/api/reports/${id}`)).json();
  const save = (client: Client, version: number, sections: SaveSection[], accrualPeriod = { from: '2014-01-01', to: '2014-08-31' }, id = report.reportId) =>
    client.put(`/api/reports/${id}`, { version, accrualPeriod, sections });
  const section = (i: number, entries: ReturnType<typeof anEntry>[], narrative: SaveSection['narrative'] = { title: '', paragraphs: [] }): SaveSection =>
    ({ id: report.sectionIds[i]!, entries, narrative });

  it('gives the editor the content, sections with grants and earlier accruals, round and abilities', async () => {
    const res = await reporter.get(`/api/reports/${report.reportId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: report.reportId, state: 'draft', stateName: 'Utkast', version: 1, committeeId: report.committeeId,
      round: { id: report.roundId, year: 2014, kind: 'T2', kindName: 'Tertialrapport 2', deadline: '2014-09-15', state: 'open' },
      submittedBy: null, approvedBy: null, comments: [],
      content: { format: 'redovisa.report/1', accrualPeriod: { from: '2014-01-01', to: '2014-08-31' } },
      abilities: { edit: true, submit: false, return: false, approve: false, reopen: false, importFile: true, viewHistory: true },
    });
    expect(body.sections).toEqual([
      { id: report.sectionIds[0], projectId: report.projectIds[0], number: 1, name: 'Trygghetsskapande åtgärder', grantOre: 50_000_000,
        accruedBeforeOre: 0, defaults: { account: '3699', ikb: '1771', counterparty: '1704' } },
      { id: report.sectionIds[1], projectId: report.projectIds[1], number: 2, name: 'Lärandecenter', grantOre: 300_000_000,
        accruedBeforeOre: 100_000_000, defaults: { account: '3699', ikb: '1771', counterparty: '1704' } },
    ]);
    expect(body.content.projects.map((p: { number: number }) => p.number)).toEqual([1, 2]);
    expect((await approver.get(`/api/reports/${report.reportId}`)).json().abilities).toMatchObject({ edit: true, submit: true, importFile: true });
    expect((await controller.get(`/api/reports/${report.reportId}`)).json().abilities).toMatchObject({ edit: false, submit: false, importFile: true });
  });

  it('saves a draft, one version up, with one audit event holding only the changed fields', async () => {
    const { version } = await get(reporter);
    const res = await save(reporter, version, [section(0, []), section(1, [anEntry(12_500_000)], { title: 'Lärande', paragraphs: ['Ett stycke.'] })]);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: version + 1, state: 'draft' });
    expect(res.json().content.projects[1]).toEqual({
      number: 2, name: 'Lärandecenter', entries: [anEntry(12_500_000)], narrative: { title: 'Lärande', paragraphs: ['Ett stycke.'] },
    });
    const events = (await auditEvents.listForReport(database().db, report.reportId)).filter((e) => e.action === 'report.saved');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorLabel: reporterName,
      before: { 'projects.1.entries.0': null, 'projects.1.narrative.title': '', 'projects.1.narrative.paragraphs.0': null },
      after: { 'projects.1.entries.0': anEntry(12_500_000), 'projects.1.narrative.title': 'Lärande', 'projects.1.narrative.paragraphs.0': 'Ett stycke.' },
    });
  });

  it('saves an incomplete draft, and the check lists its errors with paths and sections', async () => {
    const { version } = await get(reporter);
    const incomplete = { account: '36', ikb: '', counterparty: '1718', amountOre: 100, text: '' };
    const res = await save(reporter, version, [section(1, [incomplete])]);
    expect(res.statusCode).toBe(200);
    expect(res.json().content.projects[1].entries).toEqual([incomplete]);

    const check = await reporter.get(`/api/reports/${report.reportId}/check`);
    expect(check.statusCode).toBe(200);
    expect(check.json().submittable).toBe(false);
    const errors = check.json().issues.filter((i: { severity: string }) => i.severity === 'error');
    expect(errors.map((i: { code: string; path: string; sectionId: number | null }) => [i.code, i.path, i.sectionId])).toEqual([
      ['account_format', 'projects.1.entries.0.account', report.sectionIds[1]],
      ['ikb_format', 'projects.1.entries.0.ikb', report.sectionIds[1]],
      ['counterparty_not_committee', 'projects.1.entries.0.counterparty', report.sectionIds[1]],
    ]);
    expect(errors[0].message).toBe('Projekt 2 (Lärandecenter), rad 1: Konto ska vara fyra siffror, inte ”36”.');
  });

  it('answers a save from an old version with a conflict naming who saved when, listing the differences, overwriting nothing', async () => {
    const { version } = await get(reporter);
    const first = await save(approver, version, [section(1, [anEntry(20_000_000)])]);
    expect(first.statusCode).toBe(200);

    const late = await save(reporter, version, [section(1, [anEntry(30_000_000)])]);

    expect(late.statusCode).toBe(409);
    const body = late.json();
    expect(body.code).toBe('conflict');
    expect(body.message).toMatch(/^Någon annan \(Test approver \d+\) sparade rapporten 12:03\. /);
    expect(body.details).toMatchObject({ savedAt: NOW.toISOString(), current: { version: version + 1 } });
    expect(body.details.savedBy).toMatch(/^Test approver/);
    expect(body.details.current.content.projects[1].entries).toEqual([anEntry(20_000_000)]);
    expect(body.details.changes).toEqual([
      { path: 'projects.1.entries.0.amountOre', label: 'Projekt 2 Lärandecenter, rad 1, belopp', yours: 30_000_000, theirs: 20_000_000 },
    ]);
    expect((await get(reporter)).content.projects[1].entries).toEqual([anEntry(20_000_000)]);
  });

  it('lets exactly one of two simultaneous saves from the same version win', async () => {
    const { version } = await get(reporter);
    const results = await Promise.all([
      save(reporter, version, [section(0, [anEntry(1)])]),
      save(approver, version, [section(0, [anEntry(2)])]),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    const stored = await get(reporter);
    expect(stored.version).toBe(version + 1);
    expect(stored.content.projects[0].entries).toEqual(winner.content.projects[0].entries);
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const { version } = await get(reporter);
    const cases: Array<[unknown[], { from: string; to: string }, string]> = [
      [[{ ...section(0, []), entries: [{ ...anEntry(1), amountOre: 12.5 }] }], { from: '2014-01-01', to: '2014-08-31' }, 'sections.0.entries.0.amountOre'],
      [[{ ...section(0, []), entries: [{ ...anEntry(1), account: '36990000000' }] }], { from: '2014-01-01', to: '2014-08-31' }, 'sections.0.entries.0.account'],
      [[section(0, [])], { from: '2014-02-30', to: '2014-08-31' }, 'accrualPeriod.from'],
      [[{ id: 999_999, entries: [], narrative: null }], { from: '2014-01-01', to: '2014-08-31' }, 'sections.0.id'],
    ];
    for (const [sections, accrualPeriod, field] of cases) {
      const res = await reporter.put(`/api/reports/${report.reportId}`, { version, accrualPeriod, sections });
      expect([field, res.statusCode, res.json().code, res.json().details?.field]).toEqual([field, 400, 'invalid_input', field]);
      expect(res.json().message).toMatch(new RegExp(`^(${field.replaceAll('.', '\\.')}: )?\\S`));
    }
    expect((await get(reporter)).version).toBe(version);
  });

  it('refuses a save by role (403) and hides other committees (404)', async () => {
    const { version } = await get(reporter);
    const body = { version, accrualPeriod: { from: '2014-01-01', to: '2014-08-31' }, sections: [] };
    const other = await aRoundReport(database(), { year: 2014, kind: 'T2', projects: [{ number: 1, name: 'Annat projekt' }] });
    const outsider = await signedIn(app, database(), 'reporter', other.committeeId);
    const admin = await signedIn(app, database(), 'admin');
    const reader = await signedIn(app, database(), 'reader');
    const answers = [
      [controller, 403, 'forbidden'], [admin, 403, 'forbidden'], [outsider, 404, 'not_found'], [reader, 404, 'not_found'],
    ] as const;
    for (const [client, status, code] of answers) {
      const res = await client.put(`/api/reports/${report.reportId}`, body);
      expect([res.statusCode, res.json().code]).toEqual([status, code]);
    }
    expect((await get(reporter)).version).toBe(version);
  });

  it('refuses to save a submitted or approved report', async () => {
    const locked = await aRoundReport(database(), {
      committeeId: report.committeeId, year: 2015, kind: 'T1', projects: PROJECTS,
      content: PROJECTS.map(() => ({ entries: [anEntry(100)], narrative: { title: 'T', paragraphs: ['P'] } })),
    });
    const submit = await approver.post(`/api/reports/${locked.reportId}/submit`, { version: 1 });
    expect(submit.statusCode).toBe(200);
    const put = (version: number) => reporter.put(`/api/reports/${locked.reportId}`, {
      version, accrualPeriod: { from: '2015-01-01', to: '2015-04-30' }, sections: [{ id: locked.sectionIds[0], entries: [], narrative: null }],
    });
    const whenSubmitted = await put(2);
    expect([whenSubmitted.statusCode, whenSubmitted.json().code, whenSubmitted.json().message]).toEqual([409, 'invalid_transition', 'Rapporten är inskickad och kan inte ändras.']);
    expect((await controller.post(`/api/reports/${locked.reportId}/approve`, { version: 2 })).statusCode).toBe(200);
    const whenApproved = await put(3);
    expect([whenApproved.statusCode, whenApproved.json().message]).toEqual([409, 'Rapporten är godkänd och kan inte ändras.']);
    expect((await get(reporter, locked.reportId)).content.projects[0].entries).toEqual([anEntry(100)]);
  });

  describe('reading a legacy file into a draft', () => {
    let rinkeby: RoundReport;
    const importFile = (client: Client, version: number, fileName: string, bytes: Buffer, id = rinkeby.reportId) =>
      client.post(`/api/reports/${id}/import`, { version, fileName, contentBase64: bytes.toString('base64') });

    beforeAll(async () => {
      // The report has projects 1–4 and 6; the file has 1–5.
      rinkeby = await aRoundReport(database(), {
        committeeName: 'Rinkeby-Kista stadsdelsnämnd', counterparty: '1718', year: 2015, kind: 'T1',
        projects: [
          { number: 1, name: 'Trygghetsvandringar' }, { number: 2, name: 'Sommarjobb för ungdomar' }, { number: 3, name: 'Fältassistenter' },
          { number: 4, name: 'Språkstöd i förskolan' }, { number: 6, name: 'Nytt projekt' },
        ],
      });
    });

    it('replaces the period, entries and narratives of the sections matched by number, and warns about the rest', async () => {
      const committeeUser = await signedIn(app, database(), 'reporter', rinkeby.committeeId);
      const res = await importFile(committeeUser, 1, 'rinkeby-kista-t1-2015.txt', legacy('rinkeby-kista-t1-2015.txt'));

      expect(res.statusCode).toBe(200);
      const expected = JSON.parse(legacy('rinkeby-kista-t1-2015.expected.json').toString('utf8'));
      const { report: imported, warnings } = res.json();
      expect(imported.version).toBe(2);
      expect(imported.content.accrualPeriod).toEqual(expected.accrualPeriod);
      expect(imported.content.projects.slice(0, 4)).toEqual(
        expected.projects.slice(0, 4).map((p: { number: number; name: string }) => ({ ...p })),
      );
      expect(imported.content.projects[4]).toEqual({ number: 6, name: 'Nytt projekt', entries: [], narrative: { title: '', paragraphs: [] } });
      expect(warnings.map((w: { code: string }) => w.code)).toEqual([
        ...expected.warnings.map((w: { code: string }) => w.code), 'project_not_in_report', 'project_not_in_file',
      ]);
      expect(warnings.find((w: { code: string }) => w.code === 'project_not_in_report').message).toBe(
        'Projekt 5 (Kista bibliotek) i filen finns inte i redovisningen och lästes inte in.');
      const [event] = (await auditEvents.listForReport(database().db, rinkeby.reportId)).filter((e) => e.action === 'report.imported_file');
      expect(event).toMatchObject({
        before: { file: null, 'projects.0.entries.0': null },
        after: { file: 'rinkeby-kista-t1-2015.txt', 'projects.0.entries.0': expected.projects[0].entries[0] },
      });
      expect(event?.after).not.toHaveProperty(['accrualPeriod.from']);
    });

    it('refuses an unreadable file with its line (422), bad base64 (400) and the wrong people, writing nothing', async () => {
      const committeeUser = await signedIn(app, database(), 'approver', rinkeby.committeeId);
      const { version } = await get(committeeUser, rinkeby.reportId);
      const before = await reports.getDocument(database().db, rinkeby.reportId);

      const unreadable = await importFile(committeeUser, version, 'bad-amount.txt', legacy('bad-amount.txt'));
      expect([unreadable.statusCode, unreadable.json().code, unreadable.json().message]).toEqual([
        422, 'unreadable_document', 'bad-amount.txt:21: Beloppet ”12 5OO” kan inte läsas: tecknet ”O” är ingen siffra.',
      ]);
      for (const [fileName, message] of [
        ['rapport.pdf', /^rapport\.pdf: /], ['rapport.docx', /^rapport\.docx: /], ['rapport.odt', /^rapport\.odt: Filtypen ”\.odt” kan inte läsas/],
      ] as const) {
        const garbage = await importFile(committeeUser, version, fileName, Buffer.from('inte ett dokument'));
        expect([fileName, garbage.statusCode, garbage.json().code]).toEqual([fileName, 422, 'unreadable_document']);
        expect(garbage.json().message).toMatch(message);
      }
      const badBase64 = await committeeUser.post(`/api/reports/${rinkeby.reportId}/import`, { version, fileName: 'a.txt', contentBase64: 'inte base64!' });
      expect([badBase64.statusCode, badBase64.json().details.field]).toEqual([400, 'contentBase64']);
      const admin = await signedIn(app, database(), 'admin');
      expect((await importFile(admin, version, 'x.txt', legacy('rinkeby-kista-t1-2015.txt'))).statusCode).toBe(403);
      expect((await importFile(reporter, version, 'x.txt', legacy('rinkeby-kista-t1-2015.txt'))).statusCode).toBe(404);
      const stale = await importFile(committeeUser, version + 5, 'x.txt', legacy('rinkeby-kista-t1-2015.txt'));
      expect([stale.statusCode, stale.json().code]).toEqual([409, 'conflict']);

      expect(await reports.getDocument(database().db, rinkeby.reportId)).toEqual(before);
    });

    it('refuses another committee\'s file (422) naming both committees, writing nothing', async () => {
      const hasselby = await aRoundReport(database(), {
        committeeName: 'Hässelby-Vällingby stadsdelsnämnd', year: 2014, kind: 'VB', projects: [{ number: 1, name: 'Trygghetsskapande åtgärder' }],
      });
      const committeeUser = await signedIn(app, database(), 'reporter', hasselby.committeeId);
      const before = await reports.getDocument(database().db, hasselby.reportId);

      const res = await importFile(committeeUser, 1, 'kungsholmen-t3-vb-2014.txt', legacy('kungsholmen-t3-vb-2014.txt'), hasselby.reportId);

      expect([res.statusCode, res.json().code, res.json().message]).toEqual([
        422, 'unreadable_document', 'Filen är Kungsholmens stadsdelsnämnds redovisning, inte Hässelby-Vällingby stadsdelsnämnds.',
      ]);
      expect(await reports.getDocument(database().db, hasselby.reportId)).toEqual(before);
      expect((await get(committeeUser, hasselby.reportId)).version).toBe(1);
      expect((await auditEvents.listForReport(database().db, hasselby.reportId)).map((e) => e.action)).not.toContain('report.imported_file');
    });

    it('lets a controller read a file into a committee draft', async () => {
      const { version } = await get(controller, rinkeby.reportId);
      const res = await importFile(controller, version, 'rinkeby-kista-t1-2015.txt', legacy('rinkeby-kista-t1-2015.txt'));
      expect([res.statusCode, res.json().report.version]).toEqual([200, version + 1]);
    });
  });
});
