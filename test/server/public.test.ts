// The public record on both engines: the switch, approved reports only (a reopened one leaves),
// nothing private in any public answer (pages, documents as text, open data), the open data's sums
// to the öre, the cache's invalidation on approval, and the rate limit.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import mammoth from 'mammoth';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../e2e/support/pdf-text.js';
import { openDataRoundSchema, type OpenDataRound } from '../../src/contract/public.js';
import { parseKronor } from '../../src/domain/money.js';
import { openDatabase, type Database } from '../../src/db/index.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../support/db.js';
import { buildPolicyWorld, type World } from '../support/policy-world.js';
import { startTestServer } from '../support/server.js';

const ON = { forced: true, rateLimitPerMinute: 1_000_000, cacheCheckMs: 0 };
const RETURN_REASON = 'Returskäl: siffrorna i Tensta saknar underlag';
const REOPEN_REASON = 'Återöppningsskäl: Rinkebys belopp ska rättas';
const USER_NAMES = ['Ada Admin', 'Conny Controller', 'Lisa Läsare', 'Rut Rapportör', 'Aino Attestant', 'Tage Tenstarapportör', 'Tove Tenstaattestant'];

interface ReportJson { id: number; version: number }

// Searches the crawl starts from: words of the approved report, of the drafts, of a reason and of a name.
const SEARCHES = ['Rinkeby', 'utkaststycke', 'kvällspass', 'Returskäl', 'Tenstarapportör', 'fakturerat'].map((q) => `/offentligt/sok?q=${encodeURIComponent(q)}`);

/** Every public answer reachable from the start page and the open data index, as text. */
async function crawl(app: FastifyInstance): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = ['/offentligt', '/oppna-data/', ...SEARCHES];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const res = await app.inject({ method: 'GET', url });
    expect([url, res.statusCode]).toEqual([url, 200]);
    const type = String(res.headers['content-type']);
    let text: string;
    if (type.startsWith('application/pdf')) text = await pdfText(new Uint8Array(res.rawPayload));
    else if (type.includes('wordprocessingml')) text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
    else text = res.body;
    seen.set(url, text);
    if (type.startsWith('text/html')) {
      for (const [, href] of res.body.matchAll(/href="(\/[^"#]*)"/g)) {
        if (href && href !== '/' && !seen.has(href)) queue.push(href);
      }
    }
  }
  return seen;
}

describe.each(TEST_DIALECTS)('the public record, on %s', (dialect) => {
  let created: TestDatabase;
  const database = () => created.database;
  let w: World;
  let app: FastifyInstance;
  let off: FastifyInstance;
  // Another instance: its own connections to the same database, as a second process would have.
  let otherDatabase: Database;
  let secondInstance: FastifyInstance;

  beforeAll(async () => {
    created = await createTestDatabase(dialect);
    otherDatabase = openDatabase(created.url);
    app = await startTestServer(database(), { publicSite: ON });
    secondInstance = await startTestServer(otherDatabase, { publicSite: ON });
    off = await startTestServer(database(), { publicSite: { ...ON, forced: false } });
    w = await buildPolicyWorld(app, database());
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await off?.close();
    await secondInstance?.close();
    await otherDatabase?.close();
    await created?.destroy();
  });

  const get = (url: string, server = app) => server.inject({ method: 'GET', url });
  const visible = (res: LightMyRequestResponse, text: string) => res.body.includes(text);

  it('is off unless the environment or the admin turns it on: 404, not 401, and the admin’s switch is audited', async () => {
    for (const url of ['/offentligt', '/offentligt/redovisningar', `/offentligt/redovisningar/${w.reports.approved.id}`, '/oppna-data/', '/oppna-data/2014-T1.json', '/offentligt/sok?q=Rinkeby']) {
      const res = await get(url, off);
      expect([url, res.statusCode, res.json<{ code: string }>().code]).toEqual([url, 404, 'not_found']);
    }
    expect((await get('/api/public-site', off)).json()).toEqual({ enabled: false, forcedByEnvironment: false, setting: false });
    // Only the admin may switch it; the change is one audit event.
    expect((await w.users.controller.client.put('/api/public-site', { enabled: true })).statusCode).toBe(403);
    const events = async () => (await database().db.selectFrom('audit_events').select('action').where('action', '=', 'public_site.changed').execute()).length;
    const before = await events();
    expect((await clientOn(off).put('/api/public-site', { enabled: true })).json()).toEqual({ enabled: true, forcedByEnvironment: false, setting: true });
    expect(await events()).toBe(before + 1);
    expect((await get('/offentligt', off)).statusCode).toBe(200);
    expect((await clientOn(off).put('/api/public-site', { enabled: false })).statusCode).toBe(200);
    expect((await get('/offentligt', off)).statusCode).toBe(404);
    // Forced on by the environment, whatever the setting.
    expect((await get('/api/public-site')).json()).toEqual({ enabled: true, forcedByEnvironment: true, setting: false });
  });

  // The admin's session was made on `app`; sessions live in the database, so it works on `off` too.
  const clientOn = (server: FastifyInstance) => ({
    put: (url: string, payload: object) => server.inject({
      method: 'PUT', url, payload, headers: { cookie: w.users.admin.client.cookie, 'x-csrf-token': w.users.admin.client.csrfToken },
    }),
  });

  it('shows approved reports only, and a reopened one not until it is approved again; the cache follows at once', async () => {
    const c = w.users.controller.client;
    const listed = async () => (await get('/offentligt/redovisningar')).body;
    expect(await listed()).toContain('Rinkeby-Kista stadsdelsnämnd');
    expect(await listed()).toContain(`/offentligt/redovisningar/${w.reports.approved.id}`);
    expect(await listed()).not.toContain(`/offentligt/redovisningar/${w.reports.draft.id}`);
    expect((await get(`/offentligt/redovisningar/${w.reports.draft.id}`)).statusCode).toBe(404);
    expect((await get(`/offentligt/redovisningar/${w.reports.draft.id}/dokument.pdf`)).statusCode).toBe(404);

    // The own T2 draft is submitted and approved: it appears (the cached list is replaced, here and in
    // the other instance, whose cache learns of the change from the database) …
    expect((await get('/offentligt/redovisningar', secondInstance)).body).not.toContain(`/offentligt/redovisningar/${w.reports.draft.id}`);
    let draft = (await w.users.approver.client.post(`/api/reports/${w.reports.draft.id}/submit`, { version: w.reports.draft.version })).json<ReportJson>();
    expect((await get('/offentligt/redovisningar')).body).not.toContain('Hemligt utkaststycke från Rinkeby');
    const etag = (await get('/offentligt/redovisningar')).headers.etag;
    draft = (await c.post(`/api/reports/${draft.id}/approve`, { version: draft.version })).json<ReportJson>();
    const after = await get('/offentligt/redovisningar');
    expect(after.headers.etag).not.toBe(etag);
    expect(after.body).toContain(`/offentligt/redovisningar/${draft.id}`);
    expect((await get('/offentligt/redovisningar', secondInstance)).body).toContain(`/offentligt/redovisningar/${draft.id}`);
    expect((await get(`/offentligt/redovisningar/${draft.id}`)).body).toContain('Hemligt utkaststycke från Rinkeby');
    // … and an unchanged page is a 304 for a client that holds it.
    expect((await app.inject({ method: 'GET', url: '/offentligt/redovisningar', headers: { 'if-none-match': String(after.headers.etag) } })).statusCode).toBe(304);

    // Reopened with a reason: gone from every public answer until approved again.
    expect((await c.post(`/api/reports/${draft.id}/reopen`, { version: draft.version, reason: REOPEN_REASON })).statusCode).toBe(200);
    expect((await get(`/offentligt/redovisningar/${draft.id}`)).statusCode).toBe(404);
    expect(visible(await get('/oppna-data/2014-T2.json'), 'Hemligt')).toBe(false);
    expect((await get('/oppna-data/2014-T2.json')).statusCode).toBe(404);
    expect(await listed()).not.toContain(`/offentligt/redovisningar/${draft.id}`);

    // The other committee's T2 draft is submitted and returned with a reason.
    const other = (await w.users.otherReporter.client.get(`/api/reports?roundId=${w.rounds.open}`)).json<{ reports: ReportJson[] }>().reports[0]!;
    const submitted = (await w.users.otherApprover.client.post(`/api/reports/${other.id}/submit`, { version: other.version })).json<ReportJson>();
    expect((await c.post(`/api/reports/${submitted.id}/return`, { version: submitted.version, reason: RETURN_REASON })).statusCode).toBe(200);
  });

  it('never shows a draft, a returned or reopened report, a reason, or a person in any public answer, and shows the approved content', async () => {
    const answers = await crawl(app);
    const urls = [...answers.keys()];
    // The crawl reached every kind of answer.
    for (const expected of [
      '/offentligt', '/offentligt/redovisningar', '/offentligt/omgangar/2014-T1', `/offentligt/redovisningar/${w.reports.approved.id}`,
      ...['pdf', 'docx', 'html'].map((f) => `/offentligt/redovisningar/${w.reports.approved.id}/dokument.${f}`),
      '/oppna-data/', '/oppna-data/2014-T1.json', '/oppna-data/2014-T1.csv', '/offentligt/sok', ...SEARCHES,
    ]) expect(urls).toContain(expected);

    const users = await database().db.selectFrom('users').select(['name', 'email']).execute();
    const secret = [
      ...w.secrets.own.draft, ...w.secrets.other.draft, RETURN_REASON, REOPEN_REASON, ...USER_NAMES,
      ...users.flatMap((u) => [u.name, u.email]), '@test.stockholm.se', '127.0.0.1',
    ];
    const leaks = [...answers].flatMap(([url, text]) => secret.filter((s) => text.includes(s)).map((s) => `${url}: ${s}`));
    expect(leaks).toEqual([]);
    // The approved report is there in every form, words and amount.
    const approvedTexts = ['Godkänd periodisering Rinkeby', 'Trygghetsvärdar på kvällstid', 'Värdarna gick 412 kvällspass.'];
    for (const format of ['pdf', 'docx', 'html']) {
      const text = answers.get(`/offentligt/redovisningar/${w.reports.approved.id}/dokument.${format}`)!.replace(/\s+/g, ' ');
      for (const t of approvedTexts) expect([format, t, text.includes(t)]).toEqual([format, t, true]);
      expect([format, /27\s183(,|\s)/.test(text) || text.includes('27 182,81') || text.includes('27\u00a0182,81')]).toEqual([format, true]);
    }
  });

  it('searches approved reports only: a draft’s own word is never found, hits link to the public report with the words marked', async () => {
    const hitsOf = (body: string) => [...body.matchAll(/<li class="search-hit"><h3 class="search-hit__title"><a href="([^"]+)">([^<]+)<\/a>/g)].map(([, href, label]) => `${href} ${label}`);
    const approved = `/offentligt/redovisningar/${w.reports.approved.id} Rinkeby-Kista stadsdelsnämnd: Trygghetsvärdar i Rinkeby`;
    // An inflected form finds the approved narrative; the page marks the word as written there.
    const found = await get(`/offentligt/sok?q=${encodeURIComponent('kvällspassen')}`);
    expect(found.statusCode).toBe(200);
    expect(hitsOf(found.body)).toEqual([approved]);
    expect(found.body).toContain('Värdarna gick 412 <mark>kvällspass</mark>.');
    expect(found.body).toContain('1 träff för ”kvällspassen”.');
    // Every draft and the returned report have Rinkeby or utkaststycke in them; only the approved report answers.
    expect(hitsOf((await get('/offentligt/sok?q=Rinkeby')).body)).toEqual([approved]);
    for (const q of ['utkaststycke', 'hemligt', 'Läxhjälpens']) {
      const res = await get(`/offentligt/sok?q=${encodeURIComponent(q)}`);
      expect([q, res.statusCode, hitsOf(res.body)]).toEqual([q, 200, []]);
      expect(res.body).toContain('Inga träffar');
    }
    // … and the signed-in search does find the own draft's word, so the index holds it.
    const signedIn = await w.users.reporter.client.get('/api/search?q=utkaststycke');
    expect(signedIn.json<{ hits: unknown[] }>().hits.length).toBeGreaterThan(0);
    // The filters: the right committee and round keep the hit, another committee or round drops it.
    const committeeId = (await database().db.selectFrom('reports').select('committee_id').where('id', '=', w.reports.approved.id).executeTakeFirstOrThrow()).committee_id;
    expect(hitsOf((await get(`/offentligt/sok?q=Rinkeby&namnd=${committeeId}&omgang=2014-T1`)).body)).toEqual([approved]);
    expect(hitsOf((await get(`/offentligt/sok?q=Rinkeby&namnd=${committeeId + 1000}`)).body)).toEqual([]);
    expect(hitsOf((await get('/offentligt/sok?q=Rinkeby&omgang=2014-T2')).body)).toEqual([]);
    // What was typed comes back escaped, never as markup.
    const typed = await get(`/offentligt/sok?q=${encodeURIComponent('<b>kvällspass</b> "x"')}`);
    expect(typed.body).not.toContain('<b>kvällspass');
    expect(typed.body).toContain('value="&lt;b&gt;kvällspass&lt;/b&gt; &quot;x&quot;"');
  });

  it('refuses a search of only common words, a round that is not one and a committee that is no number with a 400 page naming the field', async () => {
    for (const [url, field, message] of [
      ['/offentligt/sok?q=och%20att', 'sok-q', 'Sökord (q)'],
      ['/offentligt/sok?q=Rinkeby&omgang=2014-X9', 'sok-omgang', 'Omgång (round)'],
      ['/offentligt/sok?q=Rinkeby&namnd=tio', 'sok-namnd', 'Nämnd (namnd)'],
    ] as const) {
      const res = await get(url);
      expect([url, res.statusCode, String(res.headers['content-type'])]).toEqual([url, 400, 'text/html; charset=utf-8']);
      expect(res.body).toContain(`<p id="${field}-error" class="field__error">${message}`);
      expect(res.body).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="${field}"`));
    }
    // No words at all: the form, no refusal.
    const empty = await get('/offentligt/sok');
    const main = empty.body.slice(empty.body.indexOf('<main'));
    expect([empty.statusCode, main.includes('field__error'), main.includes('aria-invalid')]).toEqual([200, false, false]);
  });

  it("draws the round's grant against accruals as SVG on the server, with its summary and table, and no script", async () => {
    const res = await get('/offentligt/omgangar/2014-T1');
    expect(res.statusCode).toBe(200);
    const figure = /<figure class="chart-figure public-chart"[\s\S]*?<\/figure>/u.exec(res.body)?.[0] ?? '';
    expect(figure).toContain('<figcaption id="fig-round-caption" class="chart-figure__caption">Bidrag och godkänt periodiserat per nämnd, 2014-T1</figcaption>');
    // 487 000 kr granted, 27 182,81 kr approved (5,58 % → 6 %), 459 817,19 kr left: rounded in words, exact in the table.
    expect(figure).toContain('<p id="fig-round-summary" class="chart-figure__summary">Beviljat 487\u00a0tkr, godkänt periodiserat 27\u00a0tkr (6\u00a0%). Mest kvar: Rinkeby-Kista (460\u00a0tkr).</p>');
    const svg = /<svg\b[^>]*>/u.exec(figure)?.[0] ?? '';
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('focusable="false"');
    expect(figure).toMatch(/<svg[\s\S]*Rinkeby-Kista[\s\S]*<\/svg>/u);
    const row = /<tr><th scope="row">Rinkeby-Kista<\/th>.*?<\/tr>/u.exec(figure)?.[0];
    expect(row).toBe('<tr><th scope="row">Rinkeby-Kista</th><td class="num">487\u00a0000\u00a0kr</td><td class="num">27\u00a0182,81\u00a0kr</td><td class="num">459\u00a0817,19\u00a0kr</td></tr>');
    expect(res.body).not.toContain('<script');
    // Cached like the page: the same bytes again, and a 304 for the same ETag.
    const again = await get('/offentligt/omgangar/2014-T1');
    expect(again.body).toBe(res.body);
    const etag = String(res.headers.etag);
    expect((await app.inject({ method: 'GET', url: '/offentligt/omgangar/2014-T1', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
  });

  it('publishes open data whose sums equal the approved entries to the öre, in JSON and CSV', async () => {
    const json = await get('/oppna-data/2014-T1.json');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const data: OpenDataRound = openDataRoundSchema.parse(json.json());
    expect(data.format).toBe('redovisa.open-data/1');
    expect(data.licence.url).toContain('publicdomain/zero/1.0');
    expect(data.round).toEqual({ code: '2014-T1', year: 2014, kind: 'T1', name: 'Tertialrapport 1', periodFrom: '2014-01-01', periodTo: '2014-04-30' });
    expect(data.committees.map((c) => [c.name, c.reportId])).toEqual([['Rinkeby-Kista stadsdelsnämnd', w.reports.approved.id]]);
    const stored = await database().db.selectFrom('accrual_entries as e').innerJoin('project_sections as s', 's.id', 'e.section_id')
      .select('e.amount_ore').where('s.report_id', '=', w.reports.approved.id).execute();
    const storedSum = stored.reduce((n, r) => n + Number(r.amount_ore), 0);
    expect(storedSum).toBe(2_718_281);
    expect(data.entries.reduce((n, e) => n + e.amountOre, 0)).toBe(storedSum);
    expect(data.entries.map((e) => [e.amountOre, e.amountKronor, e.projectCode, e.text])).toEqual([[2_718_281, '27182.81', '1704-01', 'Godkänd periodisering Rinkeby']]);
    expect(data.projects.map((p) => [p.name, p.grantOre, p.accruedThisRoundOre, p.remainingOre])).toEqual([['Trygghetsvärdar i Rinkeby', 48_700_000, 2_718_281, 48_700_000 - 2_718_281]]);
    expect(data.narratives.map((n) => [n.title, n.paragraphs])).toEqual([['Trygghetsvärdar på kvällstid', ['Värdarna gick 412 kvällspass.']]]);

    const csv = await get('/oppna-data/2014-T1.csv');
    expect(csv.body.startsWith('\ufeffOmgång;Nämnd;')).toBe(true);
    const rows = parse(csv.body.slice(1), { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['Omgång'], r['Nämnd'], r['Projektkod'], r['Belopp (öre)'], r['Text']])).toEqual([['2014-T1', 'Rinkeby-Kista stadsdelsnämnd', '1704-01', '2718281', 'Godkänd periodisering Rinkeby']]);
    // Both amount columns read back to the same öre as the JSON.
    const kronor = parseKronor(rows[0]!['Belopp (kr)']!);
    expect(kronor).toEqual({ ok: true, value: 2_718_281 });
    // A round without approved reports has no files; nor has a name that is no round.
    expect((await get('/oppna-data/2015-T1.json')).statusCode).toBe(404);
    expect((await get('/oppna-data/x.csv')).statusCode).toBe(404);
  });

  it('neutralises a text that a spreadsheet would run as a formula', async () => {
    const { openDataCsv } = await import('../../src/documents/export/open-data.js');
    const csv = openDataCsv({
      publisher: 'x', round: { code: '2014-T1', year: 2014, kind: 'T1', periodFrom: '2014-01-01', periodTo: '2014-04-30' }, reports: [], projects: [],
      entries: [{ committee: '=HYPERLINK("x")', reportId: 1, projectNumber: 1, projectName: '+1', projectCode: null, account: '3699', ikb: '1771', counterparty: '1704', amountOre: -120_050, text: '@SUM(A1)' }],
    });
    const [row] = parse(csv.slice(1), { delimiter: ';', columns: true }) as Record<string, string>[];
    expect([row!['Nämnd'], row!['Projekt'], row!['Text'], row!['Belopp (kr)'], row!['Belopp (öre)']]).toEqual(["'=HYPERLINK(\"x\")", "'+1", "'@SUM(A1)", '-1200,50', '-120050']);
  });

  it('limits each address on the public routes with a Swedish 429, and never a signed-in route', async () => {
    const limited = await startTestServer(database(), { publicSite: { ...ON, rateLimitPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await limited.inject({ method: 'GET', url: '/offentligt', remoteAddress: '203.0.113.7' })).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await limited.inject({ method: 'GET', url: '/oppna-data/', remoteAddress: '203.0.113.7' });
      expect([refused.statusCode, refused.json<{ code: string }>().code, Number(refused.headers['retry-after']) > 0]).toEqual([429, 'too_many_requests', true]);
      expect(refused.json<{ message: string }>().message).toMatch(/^För många förfrågningar/);
      // Another address is not affected, and neither is signed-in work from the limited one.
      expect((await limited.inject({ method: 'GET', url: '/offentligt', remoteAddress: '203.0.113.8' })).statusCode).toBe(200);
      for (let i = 0; i < 5; i += 1) {
        const res = await limited.inject({ method: 'GET', url: `/api/reports/${w.reports.approved.id}`, remoteAddress: '203.0.113.7', headers: { cookie: w.users.reader.client.cookie } });
        expect(res.statusCode).toBe(200);
      }
    } finally {
      await limited.close();
    }
  });
});
