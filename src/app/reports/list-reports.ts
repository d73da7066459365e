import { reports } from '../../db/index.js';
import type { ReportSummary } from '../../db/repositories/reports.js';
import type { ReportState } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { reportListScope } from '../policies/report.js';

export type { ReportSummary };

/** The reports the actor may see, most recently changed first, optionally of one round or in one state. */
export async function listReports(ctx: AppContext, filter: { roundId?: number; state?: ReportState } = {}): Promise<ReportSummary[]> {
  const scope = reportListScope(ctx.actor);
  if (scope === 'none') return [];
  // The policy's scope wins: a reader asking for drafts gets the approved reports that are drafts, none.
  if (scope.state !== undefined && filter.state !== undefined && filter.state !== scope.state) return [];
  return reports.list(ctx.database.db, { ...filter, ...scope });
}
