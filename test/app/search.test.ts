// Swedish full-text search through the use case, on both engines: stemming (bostäder finds bostad,
// ungdomarnas finds ungdom, trygghetsvandringar and trygghetsvandring find each other), the same
// hits on SQLite and PostgreSQL (literal hit sets, asserted on each), ranking, filters, the report
// policy applied in the query, and an index that follows every save.
import { CompiledQuery, sql, type KyselyPlugin } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppContext, Actor } from '../../src/app/context.js';
import { saveReport } from '../../src/app/reports/save-report.js';
import { searchApprovedReports, searchReports, type SearchHit, type SearchInput } from '../../src/app/search/search-reports.js';
import { programmes, reports } from '../../src/db/index.js';
import type { Database } from '../../src/db/index.js';
import { migrate } from '../../src/db/migrations/index.js';
import { createTestDatabase, TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { HASSELBY, TENSTA, type CorpusSection } from '../support/search-corpus.js';
import { aRoundReport } from '../server/report-fixtures.js';
import { createUser } from '../support/server.js';

const NOW = new Date('2014-09-10T10:00:00.000Z');

function contentOf(sections: readonly CorpusSection[]) {
  return sections.map((s) => ({
    narrative: s.narrative,
    entries: s.entryTexts.map((text) => ({ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 100_000, text })),
  }));
}

/** A hit as the tables below name it: committee, round and project. */
const label = (hit: SearchHit) => `${hit.committee.split(' ')[0]} ${hit.round} ${hit.project}`;
const labels = (hits: SearchHit[]) => hits.map(label).sort();
const sorted = (expected: readonly string[]) => [...expected].sort();

const H = 'Hässelby-Vällingby 2014-T2';
const T = 'Spånga-Tensta 2014-T2';
const T13 = 'Spånga-Tensta 2013-VB';

// What the controller (who reads everything) finds, the same on both engines.
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  trygghetsvandringar: [`${H} Trygghetsskapande åtgärder`, `${T} Trygg i Tensta`, `${T13} Trygg i Tensta`],
  trygghetsvandring: [`${H} Trygghetsskapande åtgärder`, `${T} Trygg i Tensta`, `${T13} Trygg i Tensta`],
  Trygghetsvandringen: [`${H} Trygghetsskapande åtgärder`, `${T} Trygg i Tensta`, `${T13} Trygg i Tensta`],
  // The last part of a compound finds it: Hässelby's section has only "trygghetsvandringar".
  vandringar: [`${H} Trygghetsskapande åtgärder`, `${T} Trygg i Tensta`, `${T13} Trygg i Tensta`],
  'rådgivning': [`${T} Bostadsrådgivning`],
  bostäder: [`${H} Boendeinflytande`, `${T} Bostadsrådgivning`],
  bostad: [`${H} Boendeinflytande`, `${T} Bostadsrådgivning`],
  bostaden: [`${H} Boendeinflytande`, `${T} Bostadsrådgivning`],
  ungdom: [`${H} Lärandecenter`, `${T} Sociala insatsgrupper`],
  ungdomarnas: [`${H} Lärandecenter`, `${T} Sociala insatsgrupper`],
  'polis belysning': [`${T} Trygg i Tensta`, `${T13} Trygg i Tensta`],
  'läxhjälpen': [`${H} Lärandecenter`],
  'Hässelby': [`${H} Trygghetsskapande åtgärder`],
  'hassleby': [],
  'möten i Grimsta': [`${H} Boendeinflytande`],
  // fakturerad finds fakturerat: every section has an entry "ej fakturerat/fakturerad".
  'fakturerad': [
    `${H} Boendeinflytande`, `${H} Lärandecenter`, `${H} Trygghetsskapande åtgärder`,
    `${T} Bostadsrådgivning`, `${T} Sociala insatsgrupper`, `${T} Trygg i Tensta`, `${T13} Trygg i Tensta`,
  ],
  '501 besök': [`${H} Lärandecenter`],
  'tunnelbanan': [`${T} Trygg i Tensta`, `${T13} Trygg i Tensta`],
};

describe.each(TEST_DIALECTS)('searching reports on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let world: { hasselby: number; tensta: number; programmeId: number; tenstaDraft: number; tenstaDraftSections: number[] };
  const ctx = (actor: Actor): AppContext => ({ database: database(), actor, now: () => NOW });
  const user = (role: 'reporter' | 'approver' | 'controller' | 'reader', committeeId: number | null): Actor =>
    ({ kind: 'user', id: 1, name: 'Testare', role, committeeId });
  const controller = () => ctx(user('controller', null));
  const search = (actor: AppContext, input: SearchInput) => searchReports(actor, input);

  beforeAll(async () => {
    const db: Database = database();
    const projectsOf = (sections: readonly CorpusSection[]) => sections.map((s, i) => ({ number: i + 1, name: s.name }));
    const hasselby = await aRoundReport(db, {
      committeeName: 'Hässelby-Vällingby stadsdelsnämnd', year: 2014, kind: 'T2', projects: projectsOf(HASSELBY),
      content: contentOf(HASSELBY), state: 'approved',
    });
    const tenstaOld = await aRoundReport(db, {
      committeeName: 'Spånga-Tensta stadsdelsnämnd', counterparty: '1713', year: 2013, kind: 'VB', projects: [{ number: 2, name: 'Trygg i Tensta' }],
      content: [{
        narrative: { title: 'Året som gått', paragraphs: ['Trygghetsvandringar med polis och boende ledde till ny belysning vid tunnelbanan.'] },
        entries: [{ account: '3699', ikb: '1771', counterparty: '1713', amountOre: 5_000, text: 'Belysning, ej fakturerad' }],
      }],
      state: 'approved',
    });
    const tensta = await aRoundReport(db, {
      committeeId: tenstaOld.committeeId, year: 2014, kind: 'T2', projects: projectsOf(TENSTA), content: contentOf(TENSTA),
    });
    const programme = await programmes.findByName(db.db, 'Ytterstadssatsningen');
    world = {
      hasselby: hasselby.committeeId, tensta: tensta.committeeId, programmeId: programme!.id,
      tenstaDraft: tensta.reportId, tenstaDraftSections: tensta.sectionIds,
    };
  });

  it.each(Object.entries(EXPECTED))('finds exactly the expected sections for “%s”', async (q, expected) => {
    expect(labels(await search(controller(), { q }))).toEqual(sorted(expected));
  });

  it('ranks a section naming the word in its title above one that only mentions it', async () => {
    const hits = await search(controller(), { q: 'trygghetsvandring' });
    expect(label(hits[0]!)).toBe(`${T} Trygg i Tensta`);
    expect(label(hits[hits.length - 1]!)).not.toBe(`${T} Trygg i Tensta`);
  });

  it('highlights the matched words in a plain-text snippet', async () => {
    const [hit] = await search(controller(), { q: 'bostäder', committeeId: world.hasselby });
    expect(hit!.snippet).toContain('upprustningen av bostäder i Grimsta');
    expect(hit!.marks.map((m) => hit!.snippet.slice(m.start, m.end))).toEqual(['bostäder']);
    const [tensta] = await search(controller(), { q: 'bostäder', committeeId: world.tensta });
    expect(tensta!.marks.map((m) => tensta!.snippet.slice(m.start, m.end))).toEqual(['bostad', 'bostad']);
  });

  it('marks a compound that the last part of the query found', async () => {
    const [hit] = await search(controller(), { q: 'vandring', committeeId: world.hasselby });
    expect(hit!.marks.map((m) => hit!.snippet.slice(m.start, m.end))).toEqual(['trygghetsvandringar']);
  });

  it('filters by committee, round, year and programme', async () => {
    const q = 'trygghetsvandringar';
    expect(labels(await search(controller(), { q, committeeId: world.tensta }))).toEqual(sorted([`${T} Trygg i Tensta`, `${T13} Trygg i Tensta`]));
    expect(labels(await search(controller(), { q, round: '2013-vb' }))).toEqual([`${T13} Trygg i Tensta`]);
    expect(labels(await search(controller(), { q, round: '2014-T1' }))).toEqual([]);
    expect(labels(await search(controller(), { q, year: 2014 }))).toEqual(sorted([`${H} Trygghetsskapande åtgärder`, `${T} Trygg i Tensta`]));
    expect(labels(await search(controller(), { q, programmeId: world.programmeId }))).toHaveLength(3);
    expect(labels(await search(controller(), { q, programmeId: world.programmeId + 1000 }))).toEqual([]);
    expect(await search(controller(), { q, limit: 1 })).toHaveLength(1);
  });

  it("never shows a committee user another committee's reports, and a reader only approved ones", async () => {
    const q = 'trygghetsvandringar';
    for (const role of ['reporter', 'approver'] as const) {
      expect(labels(await search(ctx(user(role, world.hasselby)), { q }))).toEqual([`${H} Trygghetsskapande åtgärder`]);
      expect(labels(await search(ctx(user(role, world.tensta)), { q }))).toEqual(sorted([`${T} Trygg i Tensta`, `${T13} Trygg i Tensta`]));
      // Asking for the other committee by filter gives nothing, not its drafts.
      expect(await search(ctx(user(role, world.hasselby)), { q, committeeId: world.tensta })).toEqual([]);
      expect(await search(ctx(user(role, null)), { q })).toEqual([]);
    }
    // The limit applies after the policy: the one readable hit is found even with limit 1.
    expect(labels(await search(ctx(user('reporter', world.hasselby)), { q, limit: 1 }))).toEqual([`${H} Trygghetsskapande åtgärder`]);
    const approved = sorted([`${H} Trygghetsskapande åtgärder`, `${T13} Trygg i Tensta`]);
    expect(labels(await search(ctx(user('reader', null)), { q }))).toEqual(approved);
    expect(labels(await searchApprovedReports(database(), { q }))).toEqual(approved);
    expect(labels(await search(ctx({ kind: 'operator', label: 'test' }), { q }))).toHaveLength(3);
  });

  it('refuses an empty query, one too long, one of only common words, and a round that is not one, naming the field', async () => {
    for (const [input, field] of [
      [{ q: '   ' }, 'q'], [{ q: 'ord '.repeat(51) }, 'q'], [{ q: 'och att för' }, 'q'], [{ q: 'bostad', round: '2014-T4' }, 'round'],
    ] as const) {
      await expect(search(controller(), input)).rejects.toMatchObject({ code: 'invalid_input', details: { field } });
    }
  });

  it('keeps the index current: after a save the old words are gone and the new ones found', async () => {
    const saver = await createUser(database(), { role: 'reporter', committeeId: world.tensta, name: 'Rapportör i Tensta' });
    const reporter = ctx({ kind: 'user', id: saver.id, name: 'Rapportör i Tensta', role: 'reporter', committeeId: world.tensta });
    const before = await search(reporter, { q: 'hyresvärden' });
    expect(labels(before)).toEqual([`${T} Bostadsrådgivning`]);
    const { version, accrualFrom, accrualTo } = await reports.getMeta(database().db, world.tenstaDraft).then(async (meta) => {
      const detail = await reports.getDetail(database().db, meta.id);
      return { version: meta.version, accrualFrom: detail.accrualPeriod.from, accrualTo: detail.accrualPeriod.to };
    });
    await saveReport(reporter, {
      reportId: world.tenstaDraft, version, accrualPeriod: { from: accrualFrom, to: accrualTo },
      sections: [{
        id: world.tenstaDraftSections[2]!,
        entries: [],
        narrative: { title: 'Rådgivning om boende', paragraphs: ['Rådgivarna har flyttat till medborgarkontoret och träffar nu hushållen där.'] },
      }],
    });
    expect(await search(reporter, { q: 'hyresvärden' })).toEqual([]);
    expect(await search(reporter, { q: 'förlora' })).toEqual([]);
    expect(labels(await search(reporter, { q: 'medborgarkontoret' }))).toEqual([`${T} Bostadsrådgivning`]);
    // The other sections of the report are indexed as before.
    expect(labels(await search(reporter, { q: 'ungdomar' }))).toEqual([`${T} Sociala insatsgrupper`]);
  });
});

describe.each(TEST_DIALECTS)('migrations 0008 and 0011 on %s', (dialect) => {
  it('indexes the sections stored before it ran', async () => {
    const test = await createTestDatabase(dialect, { migrate: false });
    try {
      const { db } = test.database;
      await migrate(db, '0007-finance');
      const committee = await db.insertInto('committees').values({ name: 'Rinkeby-Kista stadsdelsnämnd', counterparty_number: '1704', active: 1 })
        .returning('id').executeTakeFirstOrThrow();
      const report = await db.insertInto('reports').values({
        committee_id: committee.id, round_id: null, title: 'Tertialrapport', report_type: 'Tertialrapport', accrual_from: '2014-01-01',
        accrual_to: '2014-04-30', state: 'approved', created_at: NOW.toISOString(), updated_at: NOW.toISOString(),
      }).returning('id').executeTakeFirstOrThrow();
      const section = await db.insertInto('project_sections').values({
        report_id: report.id, project_id: null, position: 0, number: 1, name: 'Trygghetsvärdar',
        narrative_title: 'Kvällar i Rinkeby', narrative_paragraphs: JSON.stringify(['Värdarna gick trygghetsvandringar med ungdomarna.']), has_narrative: 1,
      }).returning('id').executeTakeFirstOrThrow();
      await db.insertInto('accrual_entries').values({
        section_id: section.id, position: 0, account: '3699', ikb: '1771', counterparty: '1704', amount_ore: 100, text: 'Lokalhyra bostäder',
      }).execute();
      expect(await migrate(db, 'latest')).toContain('0008-search');
      const ctx: AppContext = { database: test.database, actor: { kind: 'operator', label: 'test' }, now: () => NOW };
      for (const q of ['trygghetsvandring', 'ungdom', 'bostad', 'kvällar', 'trygghetsvärd']) {
        expect((await searchReports(ctx, { q })).map((h) => [h.reportId, h.project, h.round])).toEqual([[report.id, 'Trygghetsvärdar', null]]);
      }
      expect(await searchReports(ctx, { q: 'rinkeby', year: 2014 })).toHaveLength(1);
      expect(await searchReports(ctx, { q: 'rinkeby', year: 2015 })).toEqual([]);
    } finally {
      await test.destroy();
    }
  });

  it('builds again an index that 0008 had filled in its own shape', async () => {
    const test = await createTestDatabase(dialect, { migrate: false });
    try {
      const { db } = test.database;
      await migrate(db, '0008-search');
      const committee = await db.insertInto('committees').values({ name: 'Rinkeby-Kista stadsdelsnämnd', counterparty_number: '1704', active: 1 })
        .returning('id').executeTakeFirstOrThrow();
      const report = await db.insertInto('reports').values({
        committee_id: committee.id, round_id: null, title: 'Tertialrapport', report_type: 'Tertialrapport', accrual_from: '2014-01-01',
        accrual_to: '2014-04-30', state: 'draft', created_at: NOW.toISOString(), updated_at: NOW.toISOString(),
      }).returning('id').executeTakeFirstOrThrow();
      const section = await db.insertInto('project_sections').values({
        report_id: report.id, project_id: null, position: 0, number: 1, name: 'Nattvandrare',
        narrative_title: null, narrative_paragraphs: JSON.stringify(['Föräldrar gick nattvandringar.']), has_narrative: 1,
      }).returning('id').executeTakeFirstOrThrow();
      // The row 0008's code wrote for it: terms only, no suffix keys, no report.
      if (dialect === 'sqlite') await sql`insert into search_sections (rowid, title, body) values (${section.id}, 'nattvandr', 'foraldr gick nattvandring')`.execute(db);
      else await sql`insert into search_sections (section_id, document) values (${section.id}, ${"'nattvandr':1A 'foraldr':2 'gick':3 'nattvandring':4"}::tsvector)`.execute(db);
      expect(await migrate(db, 'latest')).toContain('0011-search-filters');
      const ctx: AppContext = { database: test.database, actor: { kind: 'operator', label: 'test' }, now: () => NOW };
      for (const q of ['nattvandringar', 'vandring', 'föräldrar']) {
        expect([q, (await searchReports(ctx, { q })).map((h) => [h.reportId, h.project])]).toEqual([q, [[report.id, 'Nattvandrare']]]);
      }
      expect(await searchApprovedReports(test.database, { q: 'vandring' })).toEqual([]);
    } finally {
      await test.destroy();
    }
  });
});

// A committee's search reads its own committee's index rows only (issue 11, bench/growth.ts): the
// reporter of a small committee gets all of its own hits and none of a large committee's, which has
// many more and better-ranked matches, and the query the search runs reads none of that committee's
// index rows (PostgreSQL: the rows its plan reads from the index; SQLite: FTS5 reads one rowid range).
describe.each(TEST_DIALECTS)("a committee's search on %s", (dialect) => {
  const database = useTestDatabase(dialect);

  it("never returns another committee's section, and finds its own when another has many more matches", async () => {
    const db: Database = database();
    const section = (name: string, title: string) => ({
      narrative: { title, paragraphs: ['Läxhjälp för ungdomar i skolans lokaler.'] },
      entries: [{ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 100_000, text: 'Läxhjälp, ej fakturerad' }],
      name,
    });
    const big = Array.from({ length: 40 }, (_, i) => section(`Läxhjälp ${i + 1}`, 'Läxhjälp'));
    await aRoundReport(db, {
      committeeName: 'Stora nämnden', year: 2014, kind: 'T2', projects: big.map((s, i) => ({ number: i + 1, name: s.name })), content: big,
    });
    const small = [section('Studiecirkel', 'Kvällar'), section('Sommarskola', 'Juni')];
    const own = await aRoundReport(db, {
      committeeName: 'Lilla nämnden', year: 2014, kind: 'T2', projects: small.map((s, i) => ({ number: i + 1, name: s.name })), content: small,
    });
    const queries: CompiledQuery[] = [];
    const captor: KyselyPlugin = {
      transformQuery: (args) => {
        queries.push(db.db.getExecutor().compileQuery(args.node, args.queryId));
        return args.node;
      },
      transformResult: (args) => Promise.resolve(args.result),
    };
    const reporter: AppContext = {
      database: { ...db, db: db.db.withPlugin(captor) } as Database,
      actor: { kind: 'user', id: 1, name: 'Rapportör', role: 'reporter', committeeId: own.committeeId },
      now: () => NOW,
    };
    const hits = await searchReports(reporter, { q: 'läxhjälp', limit: 5 });
    expect(hits.map((h) => [h.committee, h.project]).sort()).toEqual([['Lilla nämnden', 'Sommarskola'], ['Lilla nämnden', 'Studiecirkel']]);
    // The controller finds all 42, the large committee's first.
    const everyone = await searchReports({ ...reporter, actor: { kind: 'operator', label: 'test' } }, { q: 'läxhjälp', limit: 100 });
    expect(everyone).toHaveLength(42);
    expect(everyone[0]!.committee).toBe('Stora nämnden');

    const query = queries.find((q) => q.sql.includes('search_sections'))!;
    if (dialect === 'sqlite') {
      const plan = await db.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
      // FTS5's plan names its constraints: M (the match), then > and < (a range of rowids: the committee's).
      expect(plan.rows.map((r) => r.detail).filter((d) => d.includes('VIRTUAL TABLE'))).toEqual([expect.stringMatching(/INDEX \d+:M\d+></)]);
    } else {
      const explained = await db.db.executeQuery<{ 'QUERY PLAN': unknown }>(CompiledQuery.raw(`explain (analyze, format json) ${query.sql}`, [...query.parameters]));
      const read: number[] = [];
      const walk = (node: Record<string, unknown>) => {
        if (node['Relation Name'] === 'search_sections' || String(node['Index Name'] ?? '').startsWith('search_sections')) {
          read.push(Number(node['Actual Rows']) * Number(node['Actual Loops']));
        }
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
      };
      walk((explained.rows[0]!['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0]!.Plan);
      expect(read.length).toBeGreaterThan(0);
      expect(Math.max(...read)).toBeLessThanOrEqual(small.length);
    }
  });
});
