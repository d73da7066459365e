import type { Selectable } from 'kysely';
import { AppError } from '../../domain/errors.js';
import { parseStoredOre } from '../../domain/money.js';
import { REPORT_FORMAT, type ReportDocument } from '../../domain/report.js';
import { countOf, isIntegerOverflow, notFound, uniquely } from '../errors.js';
import type { ReportState, ReportsTable, RoundKind, RoundState } from '../schema.js';
import { inTransaction, type Executor } from '../transaction.js';
import { insertSections, readSections, type ProjectIds } from './report-sections.js';

// Sections belong to their report: callers reach them through this module.
export {
  readSectionDetails, readStoredSections, updateSections,
  type SectionContent, type SectionDetail, type StoredSection,
} from './report-sections.js';
export { earlierSectionFigures, findEarlierSections, type EarlierSection, type EarlierSectionFigures } from './earlier-sections.js';

/** The part of a `redovisa.report/1` document a report stores; the committee comes from committeeId. */
export type ReportContent = Pick<ReportDocument, 'title' | 'reportType' | 'accrualPeriod' | 'projects'>;

/** A stored report's bookkeeping: who it belongs to, where it is in the workflow, its version. */
export interface ReportMeta {
  id: number;
  committeeId: number;
  roundId: number | null;
  state: ReportState;
  /** Grows by one with every change; a save names the version it started from. */
  version: number;
  submittedBy: number | null;
  submittedAt: string | null;
  approvedBy: number | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One line of the report list: totals and counts are computed by the database. */
export interface ReportSummary {
  id: number;
  committeeId: number;
  committeeName: string;
  roundId: number | null;
  /** The round's year, kind and deadline; null for a report outside any round. */
  round: { year: number; kind: RoundKind; deadline: string } | null;
  title: string;
  state: ReportState;
  version: number;
  accrualFrom: string;
  accrualTo: string;
  updatedAt: string;
  projectCount: number;
  totalOre: number;
}

const metaColumns = [
  'id', 'committee_id', 'round_id', 'state', 'version', 'submitted_by', 'submitted_at',
  'approved_by', 'approved_at', 'created_at', 'updated_at',
] as const;

function toMeta(row: Pick<Selectable<ReportsTable>, (typeof metaColumns)[number]>): ReportMeta {
  return {
    id: row.id,
    committeeId: row.committee_id,
    roundId: row.round_id,
    state: row.state,
    version: row.version,
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Stores a new report with its sections and entries, all or nothing. `projectIds` links sections
 * to the committee's projects by name; sections without a match are stored unlinked.
 */
export function create(
  db: Executor,
  input: {
    committeeId: number; roundId: number | null; content: ReportContent; now: Date;
    state?: ReportState; projectIds?: ProjectIds; importDigest?: string;
  },
): Promise<ReportMeta> {
  const now = input.now.toISOString();
  return inTransaction(db, async (trx) => {
    const row = await uniquely(
      trx
        .insertInto('reports')
        .values({
          committee_id: input.committeeId,
          round_id: input.roundId,
          title: input.content.title,
          report_type: input.content.reportType,
          accrual_from: input.content.accrualPeriod.from,
          accrual_to: input.content.accrualPeriod.to,
          state: input.state ?? 'draft',
          // History loaded as approved (an import by the operator) is approved when it is stored.
          approved_at: input.state === 'approved' ? now : null,
          import_digest: input.importDigest ?? null,
          created_at: now,
          updated_at: now,
        })
        .returning(metaColumns)
        .executeTakeFirstOrThrow(),
      'Nämnden har redan en redovisning för den här omgången.',
      { field: 'roundId' },
    );
    await insertSections(trx, row.id, input.content.projects, input.projectIds ?? new Map());
    return toMeta(row);
  });
}

/** A report's bookkeeping without its content; not_found when it does not exist. */
export async function getMeta(db: Executor, id: number): Promise<ReportMeta> {
  const row = await db.selectFrom('reports').select(metaColumns).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Redovisningen', id);
  return toMeta(row);
}

/** True when at least one report is stored; one indexed row, whatever the size of the table. */
export async function any(db: Executor): Promise<boolean> {
  return (await db.selectFrom('reports').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** The committee's report imported with this content digest, if there is one. */
export async function findByImportDigest(db: Executor, committeeId: number, digest: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('reports')
    .select('id')
    .where('committee_id', '=', committeeId)
    .where('import_digest', '=', digest)
    .executeTakeFirst();
  return row?.id;
}

/** The committee's report for a round, if there is one. */
export async function findByCommitteeRound(db: Executor, committeeId: number, roundId: number): Promise<ReportMeta | undefined> {
  const row = await db
    .selectFrom('reports')
    .select(metaColumns)
    .where('committee_id', '=', committeeId)
    .where('round_id', '=', roundId)
    .executeTakeFirst();
  return row && toMeta(row);
}

/** The whole report as a `redovisa.report/1` document, with its meta, in three queries. */
export async function getDocument(db: Executor, id: number): Promise<{ document: ReportDocument; meta: ReportMeta }> {
  const row = await db
    .selectFrom('reports as r')
    .innerJoin('committees as c', 'c.id', 'r.committee_id')
    .selectAll('r')
    .select('c.name as committee_name')
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Redovisningen', id);
  const document: ReportDocument = {
    format: REPORT_FORMAT,
    title: row.title,
    reportType: row.report_type,
    committee: row.committee_name,
    accrualPeriod: { from: row.accrual_from, to: row.accrual_to },
    projects: await readSections(db, id),
  };
  return { document, meta: toMeta(row) };
}

/** Report summaries, most recently changed first, optionally narrowed to a committee, round or state. */
export async function list(
  db: Executor,
  filter: { committeeId?: number; roundId?: number; state?: ReportState } = {},
): Promise<ReportSummary[]> {
  let query = db
    .selectFrom('reports as r')
    .innerJoin('committees as c', 'c.id', 'r.committee_id')
    .leftJoin('rounds as o', 'o.id', 'r.round_id')
    .select((eb) => [
      'r.id', 'r.committee_id', 'c.name as committee_name', 'r.round_id', 'r.title', 'r.state', 'r.version',
      'o.year as round_year', 'o.kind as round_kind', 'o.deadline as round_deadline',
      'r.accrual_from', 'r.accrual_to', 'r.updated_at',
      // Correlated subqueries walk the report's own sections and entries through their indexes.
      eb.selectFrom('project_sections as s').whereRef('s.report_id', '=', 'r.id').select((e) => e.fn.countAll().as('n')).as('project_count'),
      eb
        .selectFrom('accrual_entries as e')
        .innerJoin('project_sections as s', 's.id', 'e.section_id')
        .whereRef('s.report_id', '=', 'r.id')
        .select((e) => e.fn.sum('e.amount_ore').as('total'))
        .as('total_ore'),
    ])
    .orderBy('r.updated_at', 'desc')
    .orderBy('r.id', 'desc');
  if (filter.committeeId !== undefined) query = query.where('r.committee_id', '=', filter.committeeId);
  if (filter.roundId !== undefined) query = query.where('r.round_id', '=', filter.roundId);
  if (filter.state !== undefined) query = query.where('r.state', '=', filter.state);
  const rows = await query.execute().catch((error: unknown) => {
    throw isIntegerOverflow(error) ? totalTooLarge() : error;
  });
  return rows.map((r) => ({
    id: r.id,
    committeeId: r.committee_id,
    committeeName: r.committee_name,
    roundId: r.round_id,
    round: r.round_year === null || r.round_kind === null || r.round_deadline === null
      ? null
      : { year: r.round_year, kind: r.round_kind, deadline: r.round_deadline },
    title: r.title,
    state: r.state,
    version: r.version,
    accrualFrom: r.accrual_from,
    accrualTo: r.accrual_to,
    updatedAt: r.updated_at,
    projectCount: countOf(r.project_count ?? 0),
    totalOre: totalOf(r.total_ore),
  }));
}

// Writes refuse a report whose total leaves the exact integer range, so only rows written around
// this repository get here. SQLite then fails inside SUM (past 2^63) or returns an inexact number,
// PostgreSQL a numeric string; all three become the same refusal instead of a driver error.
/** The refusal for a report total outside the exact integer range (a driver error otherwise). */
export function totalTooLarge(): AppError {
  return new AppError('internal', 'En redovisning har belopp vars summa är för stor för att räknas ut exakt.', { field: 'totalOre' });
}

/** A report's summed entries from the database as öre; NULL (no entries) is zero, an inexact sum a refusal. */
export function totalOf(sum: string | number | bigint | null): number {
  // SUM over no rows is NULL: a report without entries totals zero.
  if (sum === null) return 0;
  try {
    return parseStoredOre(sum);
  } catch {
    throw totalTooLarge();
  }
}

/** A report's header as the editor shows it: meta, content header, committee, round and names. */
export interface ReportDetail {
  meta: ReportMeta;
  title: string;
  reportType: string;
  accrualPeriod: { from: string; to: string };
  committee: { name: string; counterpartyNumber: string };
  round: { id: number; year: number; kind: RoundKind; periodTo: string; deadline: string; state: RoundState } | null;
  submittedByName: string | null;
  approvedByName: string | null;
}

/** A report's header with its committee, round and the names of who submitted and approved it, in one query. */
export async function getDetail(db: Executor, id: number): Promise<ReportDetail> {
  const row = await db
    .selectFrom('reports as r')
    .innerJoin('committees as c', 'c.id', 'r.committee_id')
    .leftJoin('rounds as o', 'o.id', 'r.round_id')
    .leftJoin('users as sb', 'sb.id', 'r.submitted_by')
    .leftJoin('users as ab', 'ab.id', 'r.approved_by')
    .select([
      ...metaColumns.map((c) => `r.${c}` as const), 'r.title', 'r.report_type', 'r.accrual_from', 'r.accrual_to',
      'c.name as committee_name', 'c.counterparty_number',
      'o.year as round_year', 'o.kind as round_kind', 'o.period_to as round_period_to', 'o.deadline as round_deadline', 'o.state as round_state',
      'sb.name as submitted_by_name', 'ab.name as approved_by_name',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('Redovisningen', id);
  const { round_id: roundId, round_year: year, round_kind: kind, round_period_to: periodTo, round_deadline: deadline, round_state: state } = row;
  return {
    meta: toMeta(row),
    title: row.title,
    reportType: row.report_type,
    accrualPeriod: { from: row.accrual_from, to: row.accrual_to },
    committee: { name: row.committee_name, counterpartyNumber: row.counterparty_number },
    round: roundId === null || year === null || kind === null || periodTo === null || deadline === null || state === null
      ? null
      : { id: roundId, year, kind, periodTo, deadline, state },
    submittedByName: row.submitted_by_name,
    approvedByName: row.approved_by_name,
  };
}

/**
 * Claims the next version of a report for an edit: one UPDATE that succeeds only while the report
 * is still at `expectedVersion` and in one of `states`, so of two people saving from the same
 * version exactly one wins, even from two app processes. Undefined when it did not.
 */
export async function claimForEdit(
  db: Executor,
  id: number,
  expected: { version: number; states: readonly ReportState[] },
  now: Date,
): Promise<ReportMeta | undefined> {
  const row = await db
    .updateTable('reports')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now.toISOString() }))
    .where('id', '=', id)
    .where('version', '=', expected.version)
    .where('state', 'in', [...expected.states])
    .returning(metaColumns)
    .executeTakeFirst();
  return row && toMeta(row);
}

/** Sets a report's accrual period (the caller has claimed the version in the same transaction). */
export async function setAccrualPeriod(db: Executor, id: number, period: { from: string; to: string }): Promise<void> {
  await db.updateTable('reports').set({ accrual_from: period.from, accrual_to: period.to }).where('id', '=', id).execute();
}

/**
 * Moves a report from `from` to `to` in one UPDATE that succeeds only while it is still at
 * `expectedVersion` in state `from`; records who submitted or approved it, and forgets the approval
 * when it is reopened. Undefined when the report had moved on. Which moves are allowed is the
 * workflow's decision.
 */
export async function moveState(
  db: Executor,
  id: number,
  change: { expectedVersion: number; from: ReportState; to: ReportState; actorId: number | null; now: Date },
): Promise<ReportMeta | undefined> {
  const at = change.now.toISOString();
  const row = await db
    .updateTable('reports')
    .set((eb) => ({
      version: eb('version', '+', 1),
      updated_at: at,
      state: change.to,
      ...(change.to === 'submitted' ? { submitted_by: change.actorId, submitted_at: at } : {}),
      ...(change.to === 'approved' ? { approved_by: change.actorId, approved_at: at } : {}),
      ...(change.to === 'reopened' ? { approved_by: null, approved_at: null } : {}),
    }))
    .where('id', '=', id)
    .where('version', '=', change.expectedVersion)
    .where('state', '=', change.from)
    .returning(metaColumns)
    .executeTakeFirst();
  return row && toMeta(row);
}
