import { validateReport, isSubmittable, type ValidationIssue } from '../../domain/validation.js';
import type { AppContext } from '../context.js';
import type { SectionDetail } from '../../db/repositories/reports.js';
import { formatRoundCode, roundPeriod } from '../../domain/period.js';
import { loadReportView, type ReportContent } from './report-view.js';

/** A finding of the pre-submit check, anchored to the section it is in (null for the report as a whole). */
export interface ReportIssue extends ValidationIssue {
  readonly sectionId: number | null;
}

/** The check's answer: every finding, and whether none of them blocks submission. */
export interface ReportCheck {
  readonly issues: readonly ReportIssue[];
  readonly submittable: boolean;
}

/**
 * Runs the pre-submit check on a report the actor may read: the accrual rules with the committee's own
 * counterparty, the round's period and each project's grant against what the year has accrued.
 */
export async function checkReport(ctx: AppContext, reportId: number): Promise<ReportCheck> {
  const view = await loadReportView(ctx.database.db, ctx.actor, reportId);
  const issues = findIssues(view, view.sections);
  return { issues, submittable: isSubmittable(issues) };
}

/** The report rules' findings on stored content, each with the id of the section its path points into. */
export function findIssues(content: ReportContent, figures?: readonly SectionDetail[]): ReportIssue[] {
  const { round } = content.detail;
  const period = round ? roundPeriod(round.year, round.kind) : undefined;
  const issues = validateReport(content.document, {
    committeeCounterparty: content.detail.committee.counterpartyNumber,
    ...(round && period ? { round: { code: formatRoundCode(round), from: period.from, to: period.to } } : {}),
    ...(figures ? { projectFigures: figures.map((s) => ({ grantOre: s.grantOre, accruedBeforeOre: s.accruedBeforeOre })) } : {}),
  });
  return issues.map((issue) => {
    const index = /^projects\.(\d+)(?:\.|$)/.exec(issue.path)?.[1];
    return { ...issue, sectionId: index === undefined ? null : (content.sections[Number(index)]?.id ?? null) };
  });
}
