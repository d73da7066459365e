import { reports } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import type { ReportDocument } from '../../domain/report.js';
import type { AppContext } from '../context.js';
import { canReadReport } from '../policies/report.js';
import { reportNotFound } from './report-view.js';

/** A report the actor may read as a redovisa.report/1 document, for rendering; not_found otherwise. */
export async function getReportDocument(ctx: AppContext, reportId: number): Promise<ReportDocument> {
  const found = await reports.getDocument(ctx.database.db, reportId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return undefined;
    throw error;
  });
  if (!found || !canReadReport(ctx.actor, found.meta)) throw reportNotFound(reportId);
  return found.document;
}
