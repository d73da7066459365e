import { comments, reports } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { actorId, type AppContext } from '../context.js';
import type { ReportView } from './report-view.js';
import { transitionReport, type TransitionInput } from './transition-report.js';

/** A return: the reason for the report as a whole, and optionally what to fix in particular sections. */
export interface ReturnReportInput extends TransitionInput {
  readonly sectionReasons?: readonly { readonly sectionId: number; readonly reason: string }[] | undefined;
}

/**
 * A controller returns a submitted report to the committee with a reason; each reason is kept as
 * a 'return_reason' comment, on the report or on the section it concerns.
 */
export function returnReport(ctx: AppContext, input: ReturnReportInput): Promise<ReportView> {
  // Reasons per project are reasons enough: the general one may then be left out.
  const reasonElsewhere = (input.sectionReasons ?? []).some((r) => r.reason.trim() !== '');
  return transitionReport(ctx, { ...input, reasonElsewhere }, 'return', async (trx, moved, event) => {
    const sectionIds = new Set((await reports.readStoredSections(trx, moved.id)).map((s) => s.id));
    const sectionReasons = (input.sectionReasons ?? []).map((given, i) => {
      if (!sectionIds.has(given.sectionId)) {
        throw new AppError('invalid_input', `Avsnitt ${given.sectionId} finns inte i rapporten.`, { field: `sectionReasons.${i}.sectionId` });
      }
      const reason = given.reason.trim();
      if (reason === '') throw new AppError('invalid_input', 'Ange vad som ska rättas i avsnittet.', { field: `sectionReasons.${i}.reason` });
      return { sectionId: given.sectionId, reason };
    });
    const authorId = actorId(ctx.actor);
    if (authorId !== null) {
      const now = ctx.now();
      if (event.reason !== undefined) await comments.add(trx, { reportId: moved.id, authorId, body: event.reason, kind: 'return_reason', now });
      for (const { sectionId, reason } of sectionReasons) {
        await comments.add(trx, { reportId: moved.id, sectionId, authorId, body: reason, kind: 'return_reason', now });
      }
    }
    return sectionReasons.length > 0 ? { sectionReasons } : {};
  });
}
