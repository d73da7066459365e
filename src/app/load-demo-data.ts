import { reports } from '../db/index.js';
import type { ReportDocument } from '../domain/report.js';
import type { AppContext } from './context.js';
import { importReport, type ImportReportResult } from './import-report.js';

/**
 * Imports the demo report when the database holds no report yet, so a fresh `npm start` has
 * something to show; a database in use is never touched.
 */
export async function loadDemoData(ctx: AppContext, demo: { document: ReportDocument; source: string }): Promise<ImportReportResult | null> {
  if (await reports.any(ctx.database.db)) return null;
  return importReport(ctx, demo);
}
