import { describe, expect, it } from 'vitest';
import { operatorContext } from '../../src/app/context.js';
import { loadDemoData } from '../../src/app/load-demo-data.js';
import { reports } from '../../src/db/index.js';
import { TEST_DIALECTS, useTestDatabase } from '../support/db.js';
import { goldenReport } from '../support/seed.js';

describe.each(TEST_DIALECTS)('loadDemoData on %s', (dialect) => {
  const database = useTestDatabase(dialect);

  it('imports the demo report into an empty database, and never into one in use', async () => {
    const ctx = operatorContext(database(), 'demodata');
    const first = await loadDemoData(ctx, { document: goldenReport(), source: 'demo.txt' });
    expect(first?.committee.name).toBe('Hässelby-Vällingby stadsdelsnämnd');
    const other = { ...goldenReport(), accrualPeriod: { from: '2015-01-01', to: '2015-04-30' } };
    expect(await loadDemoData(ctx, { document: other, source: 'demo.txt' })).toBeNull();
    expect(await reports.list(database().db, {})).toHaveLength(1);
  });
});
