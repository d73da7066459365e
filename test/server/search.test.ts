// GET /api/search against the refusal table's world: two committees with drafts of their own
// ("Hemligt utkaststycke från Rinkeby/Tensta") and an approved report of the first. Each user finds
// exactly what the report policy lets them read; bad queries are 400s naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/contract/search.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { buildPolicyWorld, type World } from '../support/policy-world.js';
import { startTestServer } from '../support/server.js';

describe.each(TEST_DIALECTS)('GET /api/search on %s', (dialect) => {
  const database = useTestDatabase(dialect);
  let w: World;

  beforeAll(async () => {
    w = await buildPolicyWorld(await startTestServer(database()), database());
  });
  afterAll(() => w?.app.close());

  const hitsOf = async (user: keyof World['users'], query: string) => {
    const res = await w.users[user].client.get(`/api/search?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<SearchResult>().hits;
  };
  const where = (hits: SearchResult['hits']) => hits.map((h) => `${h.committee}: ${h.reportState}`).sort();

  it("finds the committee's own drafts and never another committee's", async () => {
    const q = 'q=utkaststycket';
    const own = `${w.secrets.own.name}: draft`;
    const other = `${w.secrets.other.name}: draft`;
    expect(where(await hitsOf('reporter', q))).toEqual([own]);
    expect(where(await hitsOf('approver', q))).toEqual([own]);
    expect(where(await hitsOf('otherReporter', q))).toEqual([other]);
    expect(where(await hitsOf('otherApprover', `${q}&committee=${w.committeeId}`))).toEqual([]);
    expect(where(await hitsOf('controller', q))).toEqual([own, other].sort());
    expect(where(await hitsOf('admin', q))).toEqual([own, other].sort());
    expect(await hitsOf('reader', q)).toEqual([]);
  });

  it('answers hits with committee, round, project and a highlighted snippet', async () => {
    const [hit, ...rest] = await hitsOf('reader', 'q=kv%C3%A4llspassen&round=2014-T1');
    expect(rest).toEqual([]);
    expect(hit).toEqual({
      reportId: w.reports.approved.id, reportState: 'approved', committee: w.secrets.own.name, round: '2014-T1',
      project: 'Trygghetsvärdar i Rinkeby', snippet: 'Värdarna gick 412 kvällspass.', marks: [{ start: 18, end: 28 }],
    });
  });

  it('refuses an empty, missing or too long query and a bad filter with 400 naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['q=', 'q'], ['q=%20%20', 'q'], ['', 'q'], [`q=${'a'.repeat(201)}`, 'q'], ['q=och%20att', 'q'],
      ['q=bostad&round=2014-T9', 'round'], ['q=bostad&year=fjol', 'year'], ['q=bostad&committee=abc', 'committee'],
      ['q=bostad&programme=0', 'programme'], ['q=bostad&limit=1000', 'limit'],
    ];
    for (const [query, field] of cases) {
      const res = await w.users.controller.client.get(`/api/search?${query}`);
      expect([query, res.statusCode, res.json<{ details?: { field?: string } }>().details?.field]).toEqual([query, 400, field]);
      expect(res.json<{ message: string }>().message).toMatch(new RegExp(`^(${field}|Sökord \\(q\\)|Omgång \\(round\\))`));
    }
  });
});
