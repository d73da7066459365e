import { describe, expect, it } from 'vitest';
import { signIn } from '../../src/app/accounts/sign-in.js';
import { operatorContext } from '../../src/app/context.js';
import { getYearDashboard } from '../../src/app/dashboards/year-dashboard.js';
import { demoHistoryGrantOre, loadDemoData } from '../../src/app/load-demo-data.js';
import { readDemoFiles } from '../../src/cli/demo-files.js';
import { reports, rounds, users } from '../../src/db/index.js';
import { ROLES } from '../../src/domain/roles.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { goldenReport } from '../support/seed.js';

describe.each(TEST_DIALECTS)('loadDemoData on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('stores the seed as a draft in an open round with one account per role, and never touches a database in use', async () => {
    const ctx = operatorContext(database(), 'demodata');
    const demo = await loadDemoData(ctx, { document: goldenReport(), source: 'demo.txt', history: [] });
    expect(demo?.committee).toBe('Hässelby-Vällingby stadsdelsnämnd');
    expect(demo?.accounts.map((a) => a.role)).toEqual([...ROLES]);
    expect(demo?.history).toEqual([]);

    const [report] = await reports.list(database().db, {});
    expect(report).toMatchObject({ id: demo!.reportId, state: 'draft' });
    const round = await rounds.getById(database().db, report!.roundId!);
    expect(round).toMatchObject({ year: 2014, kind: 'VB', state: 'open', deadline: '2015-01-31' });

    // Each printed password signs its account in; committee roles belong to the seed's committee.
    for (const account of demo!.accounts) {
      const session = await signIn(database(), { email: account.email, password: account.password, ip: null, now: new Date() });
      expect(session.user.role).toBe(account.role);
      expect(session.user.committeeId === report!.committeeId).toBe(account.role === 'reporter' || account.role === 'approver');
    }

    // Three of the seed's projects carry indicators with 2014 targets; the draft states them with outcomes.
    const stored = await reports.getDocument(database().db, demo!.reportId);
    expect(stored.document.projects.map((p) => p.indicators?.length ?? 0)).toEqual([2, 2, 1]);
    expect(stored.document.projects[1]?.indicators?.[1]).toEqual({ name: 'Andel deltagare som fullföljt kursen', unit: '%', baseline: '62', target: '70', outcome: '71.5' });
    const targets = await database().db.selectFrom('indicator_targets').select(['year', 'target']).execute();
    expect(targets).toHaveLength(5);
    expect(targets.every((t) => t.year === 2014)).toBe(true);
    const linked = await database().db.selectFrom('section_indicators').select('indicator_id').execute();
    expect(linked.every((row) => row.indicator_id !== null)).toBe(true);

    const other = { ...goldenReport(), accrualPeriod: { from: '2015-01-01', to: '2015-04-30' } };
    expect(await loadDemoData(ctx, { document: other, source: 'demo.txt', history: [] })).toBeNull();
    expect(await reports.list(database().db, {})).toHaveLength(1);
    expect(await users.list(database().db)).toHaveLength(ROLES.length);
  });

});

describe.each(TEST_DIALECTS)('the demo with its history, on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('grants a history project its accruals plus a quarter, rounded up to the next 100 000 kr', () => {
    expect(demoHistoryGrantOre(22_658_750)).toBe(30_000_000); // 226 587,50 + 56 646,88 → 300 000 kr
    expect(demoHistoryGrantOre(100_000_000)).toBe(130_000_000); // 1 250 000 kr → the next step above
    expect(demoHistoryGrantOre(0)).toBe(10_000_000);
    expect(demoHistoryGrantOre(-5_000)).toBe(10_000_000);
  });

  it("stores the history approved in its rounds beside the seed's draft, so the year and the year before have figures", async () => {
    const ctx = operatorContext(database(), 'demodata');
    const demo = await loadDemoData(ctx, await readDemoFiles());
    expect(demo?.history).toEqual([
      '2014-VB: Kungsholmens stadsdelsnämnd', '2015-T1: Enskede-Årsta-Vantörs stadsdelsnämnd', '2015-T1: Rinkeby-Kista stadsdelsnämnd',
      '2015-T2: Skärholmens stadsdelsnämnd', '2015-VB: Bromma stadsdelsnämnd', '2015-VB: Skarpnäcks stadsdelsnämnd',
    ]);
    const stored = await database().db.selectFrom('reports as r').innerJoin('rounds as o', 'o.id', 'r.round_id').innerJoin('committees as c', 'c.id', 'r.committee_id')
      .select(['o.year', 'o.kind', 'o.state as roundState', 'c.name', 'r.state']).orderBy('r.id').execute();
    // The seed is the only draft, and the only report in the open round's committees' drafts: the history came after the opening.
    expect(stored.map((r) => `${r.year}-${r.kind} ${r.roundState} ${r.name} ${r.state}`)).toEqual([
      '2014-VB open Hässelby-Vällingby stadsdelsnämnd draft',
      '2014-VB open Kungsholmens stadsdelsnämnd approved',
      '2015-T1 closed Enskede-Årsta-Vantörs stadsdelsnämnd approved',
      '2015-T1 closed Rinkeby-Kista stadsdelsnämnd approved',
      '2015-T2 closed Skärholmens stadsdelsnämnd approved',
      '2015-VB closed Bromma stadsdelsnämnd approved',
      '2015-VB closed Skarpnäcks stadsdelsnämnd approved',
    ]);

    // The sums the files state, worked out from their golden files: 2014's grants are the seed's
    // 3 300 000 kr and Kungsholmen's 2 600 000 kr; Kungsholmen approved 1 534 937,50 kr.
    const controller = { ...ctx, actor: { kind: 'user' as const, id: 1, name: 'Test', role: 'controller' as const, committeeId: null } };
    const y2015 = await getYearDashboard(controller, { year: 2015 });
    expect([y2015.totals.grantOre, y2015.totals.accruedOre]).toEqual([1_390_000_000, 912_877_979]);
    expect(y2015.previous).toMatchObject({ year: 2014, grantOre: 590_000_000 });
    // Seven active committees in 2014's VB: Kungsholmen's approved, the seed's draft, five without a report that year.
    expect(y2015.previous.byRound[2]).toEqual({ kind: 'VB', yearToDateOre: 153_493_750, approvedCommittees: 1, notApprovedCommittees: 6 });
    expect(y2015.committees.find((c) => c.committeeName === 'Bromma stadsdelsnämnd')).toMatchObject({ grantOre: 410_000_000, accruedOre: 284_579_999, asOf: 'VB' });
    // The indicators of 2015: above, on and below the target, from approved reports.
    expect(y2015.indicators.map((i) => [i.committeeName, i.name, i.target, i.outcome, i.againstTarget, i.sharePercent])).toEqual([
      ['Bromma stadsdelsnämnd', 'Elever i läxhjälpen', '60', '60', 0, 100],
      ['Skarpnäcks stadsdelsnämnd', 'Kvällspass med trygghetsvärdar', '200', '212', 1, 106],
      ['Skarpnäcks stadsdelsnämnd', 'Unga i arbete eller studier efter coachning', '50', '46.5', -1, 93],
    ]);
    // 2014: the seed's indicators state outcomes in a draft, which count nowhere.
    const y2014 = await getYearDashboard(controller, { year: 2014 });
    expect(y2014.indicators.map((i) => i.outcome)).toEqual([null, null, null, null, null]);
    expect([y2014.totals.grantOre, y2014.totals.accruedOre]).toEqual([590_000_000, 153_493_750]);
  });
});
