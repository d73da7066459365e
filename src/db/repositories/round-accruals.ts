// The money of a round after approval: every entry of its approved reports with the project's ledger
// code and programme, for the SIE export, reconciliation and the city-wide report. One query each.
import { parseStoredOre } from '../../domain/money.js';
import type { Executor } from '../transaction.js';

/** One accrual entry of an approved report, with where it came from and what it is booked on. */
export interface ApprovedEntry {
  entryId: number;
  reportId: number;
  reportVersion: number;
  committeeId: number;
  committeeName: string;
  sectionNumber: number;
  sectionName: string;
  /** Null where the report's section is not linked to a project (then it has no ledger code either). */
  projectId: number | null;
  projectCode: string | null;
  programmeId: number | null;
  programmeName: string | null;
  accruedIncomeAccount: string | null;
  account: string;
  ikb: string;
  counterparty: string;
  amountOre: number;
  text: string;
  exportBatchId: number | null;
}

/** Every entry of the round's approved reports, by committee, section and entry order. */
export async function approvedEntries(db: Executor, roundId: number): Promise<ApprovedEntry[]> {
  const rows = await db
    .selectFrom('accrual_entries as e')
    .innerJoin('project_sections as s', 's.id', 'e.section_id')
    .innerJoin('reports as r', 'r.id', 's.report_id')
    .innerJoin('committees as c', 'c.id', 'r.committee_id')
    .leftJoin('projects as p', 'p.id', 's.project_id')
    .leftJoin('programmes as g', 'g.id', 'p.programme_id')
    .select([
      'e.id as entry_id', 'r.id as report_id', 'r.version as report_version', 'c.id as committee_id', 'c.name as committee_name',
      's.number as section_number', 's.name as section_name', 'p.id as project_id', 'p.project_code', 'g.id as programme_id',
      'g.name as programme_name', 'g.accrued_income_account', 'e.account', 'e.ikb', 'e.counterparty', 'e.amount_ore', 'e.text',
      'e.export_batch_id',
    ])
    .where('r.round_id', '=', roundId)
    .where('r.state', '=', 'approved')
    .orderBy('c.name').orderBy('r.id').orderBy('s.position').orderBy('e.position')
    .execute();
  return rows.map((row) => ({
    entryId: row.entry_id,
    reportId: row.report_id,
    reportVersion: row.report_version,
    committeeId: row.committee_id,
    committeeName: row.committee_name,
    sectionNumber: row.section_number,
    sectionName: row.section_name,
    projectId: row.project_id,
    projectCode: row.project_code,
    programmeId: row.programme_id,
    programmeName: row.programme_name,
    accruedIncomeAccount: row.accrued_income_account === null ? null : row.accrued_income_account.trim(),
    account: row.account.trim(),
    ikb: row.ikb.trim(),
    counterparty: row.counterparty.trim(),
    amountOre: parseStoredOre(row.amount_ore),
    text: row.text,
    exportBatchId: row.export_batch_id,
  }));
}

/** A project's net accruals per round of one year, from approved reports and (optionally) one more report. */
export interface ProjectRoundSum {
  projectId: number;
  roundId: number;
  /** The last day of the round: the sums of a year's rounds add up to the round ending on it. */
  periodTo: string;
  reportId: number;
  reportVersion: number;
  state: string;
  sumOre: number;
}

/**
 * Each project's summed entries per round of the year, for every report in those rounds (any state;
 * the caller decides which states count). Sums are per report section linked to a project.
 */
export async function projectSumsForYear(db: Executor, year: number, filter: { committeeId?: number } = {}): Promise<ProjectRoundSum[]> {
  let query = db
    .selectFrom('accrual_entries as e')
    .innerJoin('project_sections as s', 's.id', 'e.section_id')
    .innerJoin('reports as r', 'r.id', 's.report_id')
    .innerJoin('rounds as o', 'o.id', 'r.round_id')
    .select((eb) => ['s.project_id', 'o.id as round_id', 'o.period_to', 'r.id as report_id', 'r.version as report_version', 'r.state',
      eb.fn.sum('e.amount_ore').as('sum_ore')])
    .where('o.year', '=', year)
    .where('s.project_id', 'is not', null)
    .groupBy(['s.project_id', 'o.id', 'o.period_to', 'r.id', 'r.version', 'r.state']);
  if (filter.committeeId !== undefined) query = query.where('r.committee_id', '=', filter.committeeId);
  const rows = await query.execute();
  return rows.flatMap((row) => row.project_id === null ? [] : [{
    projectId: row.project_id,
    roundId: row.round_id,
    periodTo: row.period_to,
    reportId: row.report_id,
    reportVersion: row.report_version,
    state: row.state,
    sumOre: parseStoredOre(row.sum_ore),
  }]);
}

/** A report of the round with its state and version, for the finance use cases. */
export interface RoundReport {
  reportId: number;
  version: number;
  state: string;
  committeeId: number;
  committeeName: string;
  approvedAt: string | null;
  approvedBy: string | null;
}

/** Every report of the round (any state), by committee name. */
export async function reportsOfRound(db: Executor, roundId: number): Promise<RoundReport[]> {
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('committees as c', 'c.id', 'r.committee_id')
    .leftJoin('users as u', 'u.id', 'r.approved_by')
    .select(['r.id', 'r.version', 'r.state', 'c.id as committee_id', 'c.name as committee_name', 'r.approved_at', 'u.name as approved_by'])
    .where('r.round_id', '=', roundId)
    .orderBy('c.name').orderBy('r.id')
    .execute();
  return rows.map((row) => ({
    reportId: row.id, version: row.version, state: row.state, committeeId: row.committee_id, committeeName: row.committee_name,
    approvedAt: row.approved_at, approvedBy: row.approved_by,
  }));
}
