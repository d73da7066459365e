import { reports } from '../../db/index.js';
import type { ReportDocument } from '../../domain/report.js';
import type { DocumentApproval, DocumentFrame } from '../../documents/wording.js';
import type { AppContext } from '../context.js';
import { organisationName } from '../organisation.js';
import { documentOf, readableDetail, type ReportDetail } from './report-view.js';

/** Who approved a report imported as approved by the operator: it was approved on paper, by no user here. */
export const APPROVED_ON_PAPER = 'Godkänd på papper (inläst)';

/** The approval a document of the report carries: its approver, when and which version; null unless it is approved. */
export function approvalOf(detail: ReportDetail): DocumentApproval | null {
  const { state, approvedAt, version } = detail.meta;
  if (state !== 'approved' || approvedAt === null) return null;
  return { at: approvedAt, by: detail.approvedByName ?? APPROVED_ON_PAPER, version };
}

/**
 * A report the actor may read as a redovisa.report/1 document, with the frame its renderings carry
 * (the organisation; the approval, or none, which marks it UTKAST); not_found otherwise.
 */
export async function getReportDocument(ctx: AppContext, reportId: number): Promise<{ document: ReportDocument; frame: DocumentFrame }> {
  const db = ctx.database.db;
  const detail = await readableDetail(db, ctx.actor, reportId);
  const [sections, organisation] = await Promise.all([reports.readStoredSections(db, reportId), organisationName(db)]);
  return { document: documentOf(detail, sections), frame: { organisation, approval: approvalOf(detail) } };
}
