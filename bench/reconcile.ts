// Counterparty reconciliation of 10 000 reported against 10 000 booked entries (budget: ≤ 1 s), in
// two shapes: a city's spread (few pairs, many entries each) and the worst case for the sort (every
// entry its own pair, so up to 20 000 lines).
import { reconcile, type BookedAmount, type ReportedAmount } from '../src/domain/reconciliation.js';
import { median, report, timeRuns } from './support.js';

const ENTRIES = 10_000;

/**
 * Deterministic entries over `projectsPerCounterparty` projects of 14 counterparties; the booked side
 * mostly agrees, is one öre off for some entries, and books about 3 % on pairs of its own.
 */
function entries(projectsPerCounterparty: number): { reported: ReportedAmount[]; booked: BookedAmount[] } {
  const reported: ReportedAmount[] = [];
  const booked: BookedAmount[] = [];
  let state = 20141231;
  const next = () => (state = (state * 1103515245 + 12345) >>> 0);
  for (let i = 0; i < ENTRIES; i++) {
    const counterparty = String(1700 + (i % 14));
    const project = `${counterparty}-${String(Math.floor(i / 14) % projectsPerCounterparty).padStart(2, '0')}`;
    const amountOre = (next() % 500_000_000) - 100_000_000;
    reported.push({ counterparty, project, amountOre });
    const roll = next() % 100;
    if (roll < 3) booked.push({ counterparty, project: `${project}-B`, amountOre });
    else booked.push({ counterparty, project, amountOre: roll < 8 ? amountOre + 1 : amountOre });
  }
  return { reported, booked };
}

for (const [name, projects] of [['city', 20], ['pair per entry', ENTRIES]] as const) {
  const input = { round: '2014-VB', closingDate: '2014-12-31', ...entries(projects) };
  const { lines } = reconcile(input);
  const ms = median(await timeRuns(() => reconcile(input), 15));
  report(`reconcile 10k×10k, ${name}`, ms, 'ms', '≤ 1000', ms <= 1000);
  console.log(`  (${lines.length} lines)`);
}
