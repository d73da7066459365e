import { comments } from '../../db/index.js';
import { actorId, type AppContext } from '../context.js';
import type { ReportView } from './report-view.js';
import { transitionReport, type TransitionInput } from './transition-report.js';

/** A controller reopens an approved report with a reason, kept as a 'reopen_reason' comment. */
export function reopenReport(ctx: AppContext, input: TransitionInput): Promise<ReportView> {
  return transitionReport(ctx, input, 'reopen', async (trx, moved, event) => {
    const authorId = actorId(ctx.actor);
    if (authorId !== null && event.reason !== undefined) {
      await comments.add(trx, { reportId: moved.id, authorId, body: event.reason, kind: 'reopen_reason', now: ctx.now() });
    }
  });
}
