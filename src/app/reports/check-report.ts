import { validateReport, isSubmittable, type ValidationIssue } from '../../domain/validation.js';
import type { AppContext } from '../context.js';
import { loadReportContent, type ReportContent } from './report-view.js';

/** A finding of the pre-submit check, anchored to the section it is in (null for the report as a whole). */
export interface ReportIssue extends ValidationIssue {
  readonly sectionId: number | null;
}

/** The check's answer: every finding, and whether none of them blocks submission. */
export interface ReportCheck {
  readonly issues: readonly ReportIssue[];
  readonly submittable: boolean;
}

/** Runs the pre-submit check on a report the actor may read: the accrual rules with the committee's own counterparty. */
export async function checkReport(ctx: AppContext, reportId: number): Promise<ReportCheck> {
  const issues = findIssues(await loadReportContent(ctx.database.db, ctx.actor, reportId));
  return { issues, submittable: isSubmittable(issues) };
}

/** The report rules' findings on stored content, each with the id of the section its path points into. */
export function findIssues(content: ReportContent): ReportIssue[] {
  const issues = validateReport(content.document, { committeeCounterparty: content.detail.committee.counterpartyNumber });
  return issues.map((issue) => {
    const index = /^projects\.(\d+)(?:\.|$)/.exec(issue.path)?.[1];
    return { ...issue, sectionId: index === undefined ? null : (content.sections[Number(index)]?.id ?? null) };
  });
}
