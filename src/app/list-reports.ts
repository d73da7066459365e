import { reports } from '../db/index.js';
import type { ReportSummary } from '../db/repositories/reports.js';

export type { ReportSummary };
import type { AppContext } from './context.js';
import { reportListScope } from './policies/report.js';

/** The reports the actor may see, newest first as the repository orders them. */
export async function listReports(ctx: AppContext): Promise<ReportSummary[]> {
  const scope = reportListScope(ctx.actor);
  if (scope === 'none') return [];
  return reports.list(ctx.database.db, scope);
}
