import type { AppContext } from '../context.js';
import type { ReportView } from './report-view.js';
import { transitionReport, type TransitionInput } from './transition-report.js';

/**
 * A controller approves a submitted report; it becomes read-only and a public record. This is the
 * one step a closed round still allows: what was submitted before the close gets its review.
 */
export function approveReport(ctx: AppContext, input: Omit<TransitionInput, 'reason'>): Promise<ReportView> {
  return transitionReport(ctx, input, 'approve');
}
