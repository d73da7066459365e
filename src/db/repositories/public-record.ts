// What the public record reads: approved reports only, and a cheap stamp that changes whenever
// anything the public pages show may have changed. No column naming a person is ever selected here.
import type { RoundKind } from '../../domain/period.js';
import type { Executor } from '../transaction.js';

/** An approved report as the public lists show it: no user, no comment, no state but approved. */
export interface PublicReportSummary {
  id: number;
  version: number;
  committeeId: number;
  committeeName: string;
  round: { year: number; kind: RoundKind } | null;
  title: string;
  accrualFrom: string;
  accrualTo: string;
  /** The instant of approval (ISO); the public pages show its date. */
  approvedAt: string;
}

/** Every approved report, by round (newest year first) and committee. */
export async function approvedReports(db: Executor, filter: { roundId?: number; reportId?: number } = {}): Promise<PublicReportSummary[]> {
  let query = db
    .selectFrom('reports as r')
    .innerJoin('committees as c', 'c.id', 'r.committee_id')
    .leftJoin('rounds as o', 'o.id', 'r.round_id')
    .select(['r.id', 'r.version', 'r.committee_id', 'c.name as committee_name', 'o.year', 'o.kind', 'r.title', 'r.accrual_from', 'r.accrual_to', 'r.approved_at'])
    .where('r.state', '=', 'approved');
  if (filter.roundId !== undefined) query = query.where('r.round_id', '=', filter.roundId);
  if (filter.reportId !== undefined) query = query.where('r.id', '=', filter.reportId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    committeeId: row.committee_id,
    committeeName: row.committee_name,
    round: row.year === null || row.kind === null ? null : { year: row.year, kind: row.kind },
    title: row.title,
    accrualFrom: row.accrual_from,
    accrualTo: row.accrual_to,
    approvedAt: row.approved_at ?? '',
  }));
}

// Every change Redovisa makes writes an audit event in its own transaction (DESIGN.md §3), so the
// newest event's id moves whenever a report is approved or reopened, a name or grant changes, or the
// public site is switched. Ids are handed out at insert, not at commit: a transaction holding id 100
// can commit after the one holding 101, and the newest id alone would then miss it. The count of
// the last RECENT ids sees such a late arrival too. Both are index range reads, on either engine.
const RECENT = 64;

/** A stamp of everything stored: it differs after any committed change (see above). */
export async function changeStamp(db: Executor): Promise<string> {
  const top = await db.selectFrom('audit_events').select((eb) => eb.fn.max('id').as('top')).executeTakeFirst();
  const newest = Number(top?.top ?? 0);
  const recent = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('id', '>', newest - RECENT)
    .executeTakeFirst();
  return `${newest}:${Number(recent?.n ?? 0)}`;
}
