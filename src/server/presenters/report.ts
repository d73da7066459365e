import type { ReportMeta } from '../../app/get-report.js';
import type { ReportSummary } from '../../app/list-reports.js';
import type { ReportDocument } from '../../domain/report.js';

/** A report in the API: its redovisa.report/1 content and its workflow facts, field by field. */
export function presentReport(document: ReportDocument, meta: ReportMeta) {
  return {
    id: meta.id,
    state: meta.state,
    version: meta.version,
    committeeId: meta.committeeId,
    roundId: meta.roundId,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    submittedAt: meta.submittedAt,
    approvedAt: meta.approvedAt,
    content: document,
  };
}

/** One line of the report list in the API. */
export function presentSummary(summary: ReportSummary) {
  return {
    id: summary.id,
    committeeId: summary.committeeId,
    committee: summary.committeeName,
    roundId: summary.roundId,
    title: summary.title,
    state: summary.state,
    version: summary.version,
    accrualPeriod: { from: summary.accrualFrom, to: summary.accrualTo },
    projectCount: summary.projectCount,
    totalOre: summary.totalOre,
    updatedAt: summary.updatedAt,
  };
}
