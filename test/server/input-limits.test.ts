import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, reports } from '../../src/db/index.js';
import { findControlCharacter, findInputProblem, MAX_NESTING } from '../../src/server/control-characters.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { SEED_PATH } from '../support/seed.js';
import { signedIn, startTestServer, type Client } from '../support/server.js';
import { aRoundReport, type RoundReport } from './report-fixtures.js';

describe('findControlCharacter', () => {
  it('names the first string with a control character, and lets tab and line breaks through', () => {
    expect(findControlCharacter({ a: 'rad ett\nrad två\ttab\r\n', b: [1, 'ok'] })).toBeUndefined();
    expect(findControlCharacter({ sections: [{ entries: [{ text: 'ok' }, { text: 'a\u0000b' }] }] })).toBe('sections.0.entries.1.text');
    expect(findControlCharacter('\u0007')).toBe('');
    expect(findControlCharacter({ name: 'Kista\u007f' })).toBe('name');
  });

  it('names the first in the order of the body, and refuses nesting beyond 64 levels without a deep call stack', () => {
    expect(findControlCharacter({ a: ['ok', { b: 'x\u0001' }], c: '\u0002' })).toBe('a.1.b');
    const nested = (depth: number): unknown => {
      let value: unknown = 'botten';
      for (let i = 0; i < depth; i += 1) value = [value];
      return value;
    };
    expect(MAX_NESTING).toBe(64);
    expect(findInputProblem(nested(64))).toBeUndefined();
    expect(findInputProblem(nested(65))).toEqual({ kind: 'too_deep' });
    expect(findInputProblem(nested(1_000_000))).toEqual({ kind: 'too_deep' });
  });
});

/** JSON of arrays nested `depth` levels deep around one number. */
const nestedJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const TOO_DEEP = {
  code: 'invalid_input', message: 'innehållet: listor och objekt får vara inbäddade i högst 64 nivåer.', details: { field: 'innehållet' }, requestId: expect.any(String),
};

// PostgreSQL refuses NUL in text and would answer 500; SQLite would store it. Both must refuse alike.
describe.each(TEST_DIALECTS)('control characters in input on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let app: FastifyInstance;
  let report: RoundReport;
  let reporter: Client;
  let controller: Client;

  beforeAll(async () => {
    app = await startTestServer(database());
    report = await aRoundReport(database(), { year: 2015, kind: 'T1', projects: [{ number: 1, name: 'Lärandecenter' }] });
    reporter = await signedIn(app, database(), 'reporter', report.committeeId);
    controller = await signedIn(app, database(), 'controller');
  });
  afterAll(() => app.close());

  it('refuses them with a 400 naming the field, and writes nothing', async () => {
    const before = await reports.getMeta(database().db, report.reportId);
    const events = (await auditEvents.listForReport(database().db, report.reportId)).length;
    const save = await reporter.put(`/api/reports/${report.reportId}`, {
      version: before.version,
      accrualPeriod: { from: '2015-01-01', to: '2015-04-30' },
      sections: [{
        id: report.sectionIds[0],
        entries: [{ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 100, text: 'Ej fakturerat\u0000' }],
        narrative: null,
      }],
    });
    expect([save.statusCode, save.json()]).toEqual([400, {
      code: 'invalid_input',
      message: 'sections.0.entries.0.text: texten innehåller ett otillåtet styrtecken; skriv om den utan det.',
      details: { field: 'sections.0.entries.0.text' }, requestId: expect.any(String),
    }]);
    expect((await reports.getMeta(database().db, report.reportId)).version).toBe(before.version);
    expect(await auditEvents.listForReport(database().db, report.reportId)).toHaveLength(events);

    const committee = await controller.post('/api/committees', { name: 'Kista\u0000', counterpartyNumber: '1718' });
    expect([committee.statusCode, committee.json().details]).toEqual([400, { field: 'name' }]);
  });

  it('refuses an entry beyond 10 000 000 000 kr, so the yearly sum of a project stays exact', async () => {
    const before = await reports.getMeta(database().db, report.reportId);
    const save = await reporter.put(`/api/reports/${report.reportId}`, {
      version: before.version,
      accrualPeriod: { from: '2015-01-01', to: '2015-04-30' },
      sections: [{
        id: report.sectionIds[0],
        entries: [{ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 1_000_000_000_001, text: 'För mycket' }],
        narrative: null,
      }],
    });
    expect([save.statusCode, save.json().message]).toEqual([400, 'sections.0.entries.0.amountOre: Beloppet får vara högst 10 000 000 000 kr.']);
    expect((await reports.getMeta(database().db, report.reportId)).version).toBe(before.version);
  });

  it('refuses the same entry in a file read into the draft, at its line and with the same words, and writes nothing', async () => {
    const before = await reports.getMeta(database().db, report.reportId);
    const text = readFileSync(SEED_PATH, 'utf8').replace('3699 1771 1704 107 000 Ej', '3699 1771 1704 9 000 000 000 000 Ej');
    const res = await reporter.post(`/api/reports/${report.reportId}/import`, {
      version: before.version, fileName: 'stor.txt', contentBase64: Buffer.from(text).toString('base64'),
    });
    expect([res.statusCode, res.json().message]).toEqual([422, 'stor.txt:20: Projekt 1 kan inte sparas: Beloppet får vara högst 10 000 000 000 kr.']);
    expect((await reports.getMeta(database().db, report.reportId)).version).toBe(before.version);
  });

  // A recursive check of the body overflowed the call stack at about 7 300 levels: a 500 to anyone.
  it('refuses a body nested thousands of levels deep with 400 naming the body, signed in or not, and writes nothing', async () => {
    const before = await reports.getMeta(database().db, report.reportId);
    const headers = { 'content-type': 'application/json' };
    // Signing in takes at most 16 KiB: 8 000 levels fit, 10 000 are refused for their size.
    const signIn = await app.inject({ method: 'POST', url: '/api/session', headers, payload: `{"email":${nestedJson(8_000)},"password":"x"}` });
    expect([signIn.statusCode, signIn.json()]).toEqual([400, TOO_DEEP]);
    const larger = await app.inject({ method: 'POST', url: '/api/session', headers, payload: nestedJson(10_000) });
    expect([larger.statusCode, larger.json()]).toEqual([413, { code: 'invalid_input', message: 'Förfrågan är för stor.', requestId: expect.any(String) }]);
    for (const payload of [nestedJson(10_000), `{"version":${before.version},"sections":[{"narrative":${nestedJson(100_000)}}]}`]) {
      const save = await reporter.request({ method: 'PUT', url: `/api/reports/${report.reportId}`, headers, payload });
      expect([save.statusCode, save.json()]).toEqual([400, TOO_DEEP]);
    }
    expect((await reports.getMeta(database().db, report.reportId)).version).toBe(before.version);
  });

  it('refuses the characters that turn the writing direction around (U+202A–U+202E, U+2066–U+2069) with a 400 naming the field', async () => {
    const before = await reports.getMeta(database().db, report.reportId);
    for (const character of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      const save = await reporter.put(`/api/reports/${report.reportId}`, {
        version: before.version,
        accrualPeriod: { from: '2015-01-01', to: '2015-04-30' },
        sections: [{ id: report.sectionIds[0], entries: [], narrative: { title: `Faktura${character}fdp.exe`, paragraphs: [] } }],
      });
      expect([save.statusCode, save.json()]).toEqual([400, {
        code: 'invalid_input',
        message: 'sections.0.narrative.title: texten innehåller ett osynligt tecken som vänder skrivriktningen; skriv om den utan det.',
        details: { field: 'sections.0.narrative.title' }, requestId: expect.any(String),
      }]);
    }
    const committee = await controller.post('/api/committees', { name: 'Kista\u202e', counterpartyNumber: '1718' });
    expect([committee.statusCode, committee.json().details]).toEqual([400, { field: 'name' }]);
    const user = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'a\u2066@stockholm.se', password: 'x' } });
    expect([user.statusCode, user.json().details]).toEqual([400, { field: 'email' }]);
    expect((await reports.getMeta(database().db, report.reportId)).version).toBe(before.version);
    // Letters of right-to-left scripts are text like any other; only the invisible controls are refused.
    expect(findControlCharacter({ name: 'مرحبا עולם' })).toBeUndefined();
  });

  it('refuses them at sign-in too, without a session', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'a\u0000@stockholm.se', password: 'x' } });
    expect([res.statusCode, res.json().code, res.json().details]).toEqual([400, 'invalid_input', { field: 'email' }]);
  });
});

describe('request size limits', () => {
  const database = useTestDatabase('sqlite');
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await startTestServer(database());
  });
  afterAll(() => app.close());

  it('refuses a large sign-in body with 413 before parsing it, and a larger save than any report with 413', async () => {
    const signIn = await app.inject({ method: 'POST', url: '/api/session', payload: { email: 'a@b.se', password: 'x'.repeat(20_000) } });
    expect([signIn.statusCode, signIn.json()]).toEqual([413, { code: 'invalid_input', message: 'Förfrågan är för stor.', requestId: expect.any(String) }]);
    const reporter = await signedIn(app, database(), 'controller');
    const huge = await reporter.put('/api/reports/1', { version: 1, text: 'x'.repeat(3 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
  });
});
