import type { AppContext } from '../context.js';
import { loadReportView, type ReportView } from './report-view.js';

/**
 * A report as the editor and review screens show it: content, sections with grants and earlier
 * accruals, comments, round and abilities. A report the actor may not read is "not found", so a
 * refusal does not reveal that it exists.
 */
export function getReport(ctx: AppContext, reportId: number): Promise<ReportView> {
  return loadReportView(ctx.database.db, ctx.actor, reportId);
}
