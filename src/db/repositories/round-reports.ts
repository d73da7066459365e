// Reports seen from a round: which committees still need a report when the round opens, and the
// round overview with every committee's state and total. Kept apart from reports.ts, which works on
// one report at a time.
import { isIntegerOverflow } from '../errors.js';
import type { ReportState } from '../schema.js';
import type { Executor } from '../transaction.js';
import type { Committee } from './committees.js';
import { totalOf, totalTooLarge } from './reports.js';

/** One committee's line in a round's overview; the report fields are null when it has no report yet. */
export interface RoundOverviewRow {
  committeeId: number;
  committeeName: string;
  committeeActive: boolean;
  counterpartyNumber: string;
  reportId: number | null;
  state: ReportState | null;
  reportVersion: number | null;
  submittedAt: string | null;
  updatedAt: string | null;
  totalOre: number;
}

const swedish = new Intl.Collator('sv');

/** The active committees without a report in the round, in one query. */
export async function committeesWithoutReport(db: Executor, roundId: number): Promise<Committee[]> {
  const rows = await db
    .selectFrom('committees as c')
    .selectAll('c')
    .where('c.active', '=', 1)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('reports as r').select('r.id').whereRef('r.committee_id', '=', 'c.id').where('r.round_id', '=', roundId))))
    .orderBy('c.id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, counterpartyNumber: row.counterparty_number, active: row.active === 1 }));
}

/**
 * Every active committee with its report in the round (if any), plus inactive committees that do
 * have one, so no report in the round is left out. One query; names in Swedish order. `committeeId`
 * narrows it to that committee's line, read through its key (not every line, then one).
 */
export async function overview(db: Executor, roundId: number, filter: { committeeId?: number } = {}): Promise<RoundOverviewRow[]> {
  let query = db
    .selectFrom('committees as c')
    .leftJoin('reports as r', (join) => join.onRef('r.committee_id', '=', 'c.id').on('r.round_id', '=', roundId))
    .select((eb) => [
      'c.id as committee_id', 'c.name as committee_name', 'c.active as committee_active', 'c.counterparty_number',
      'r.id as report_id', 'r.state', 'r.version', 'r.submitted_at', 'r.updated_at',
      // A correlated sum walks only this report's sections and entries through their indexes.
      eb
        .selectFrom('accrual_entries as e')
        .innerJoin('project_sections as s', 's.id', 'e.section_id')
        .whereRef('s.report_id', '=', 'r.id')
        .select((e) => e.fn.sum('e.amount_ore').as('total'))
        .as('total_ore'),
    ])
    .where((eb) => eb.or([eb('c.active', '=', 1), eb('r.id', 'is not', null)]));
  if (filter.committeeId !== undefined) query = query.where('c.id', '=', filter.committeeId);
  const rows = await query
    .execute()
    .catch((error: unknown) => {
      throw isIntegerOverflow(error) ? totalTooLarge() : error;
    });
  return rows
    .map((row) => ({
      committeeId: row.committee_id,
      committeeName: row.committee_name,
      committeeActive: row.committee_active === 1,
      counterpartyNumber: row.counterparty_number,
      reportId: row.report_id,
      state: row.state,
      reportVersion: row.version,
      submittedAt: row.submitted_at,
      updatedAt: row.updated_at,
      totalOre: totalOf(row.total_ore),
    }))
    .sort((a, b) => swedish.compare(a.committeeName, b.committeeName) || a.committeeId - b.committeeId);
}

