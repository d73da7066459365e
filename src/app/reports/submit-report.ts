import { AppError } from '../../domain/errors.js';
import type { AppContext } from '../context.js';
import { findIssues } from './check-report.js';
import { loadReportContent, type ReportView } from './report-view.js';
import { transitionReport, type TransitionInput } from './transition-report.js';

/**
 * The committee's approver submits the report for review. The pre-submit check runs on the very
 * version being submitted, inside the transaction: any error refuses the submission with the issues.
 */
export function submitReport(ctx: AppContext, input: Omit<TransitionInput, 'reason'>): Promise<ReportView> {
  return transitionReport(ctx, input, 'submit', async (trx, moved) => {
    const issues = findIssues(await loadReportContent(trx, ctx.actor, moved.id));
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) {
      throw new AppError('invalid_transition',
        `Rapporten kan inte skickas in: ${errors.length === 1 ? 'ett fel' : `${errors.length} fel`} behöver rättas först. ${errors[0]?.message ?? ''}`.trim(),
        { issues });
    }
  });
}
