import { reports } from '../db/index.js';
import type { ReportMeta } from '../db/repositories/reports.js';

export type { ReportMeta };
import { AppError } from '../domain/errors.js';
import type { ReportDocument } from '../domain/report.js';
import type { AppContext } from './context.js';
import { canReadReport } from './policies/report.js';

/**
 * A report the actor may read, as a redovisa.report/1 document with its meta. A report the actor
 * may not read is "not found", so a refusal does not reveal that it exists.
 */
export async function getReport(ctx: AppContext, reportId: number): Promise<{ document: ReportDocument; meta: ReportMeta }> {
  const found = await reports.getDocument(ctx.database.db, reportId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  });
  if (!found || !canReadReport(ctx.actor, found.meta)) {
    throw new AppError('not_found', `Redovisning ${reportId} finns inte.`, { reportId });
  }
  return found;
}
