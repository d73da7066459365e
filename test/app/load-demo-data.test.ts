import { describe, expect, it } from 'vitest';
import { signIn } from '../../src/app/accounts/sign-in.js';
import { operatorContext } from '../../src/app/context.js';
import { loadDemoData } from '../../src/app/load-demo-data.js';
import { reports, rounds, users } from '../../src/db/index.js';
import { ROLES } from '../../src/domain/roles.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { goldenReport } from '../support/seed.js';

describe.each(TEST_DIALECTS)('loadDemoData on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('stores the seed as a draft in an open round with one account per role, and never touches a database in use', async () => {
    const ctx = operatorContext(database(), 'demodata');
    const demo = await loadDemoData(ctx, { document: goldenReport(), source: 'demo.txt' });
    expect(demo?.committee).toBe('Hässelby-Vällingby stadsdelsnämnd');
    expect(demo?.accounts.map((a) => a.role)).toEqual([...ROLES]);

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
    expect(await loadDemoData(ctx, { document: other, source: 'demo.txt' })).toBeNull();
    expect(await reports.list(database().db, {})).toHaveLength(1);
    expect(await users.list(database().db)).toHaveLength(ROLES.length);
  });
});
