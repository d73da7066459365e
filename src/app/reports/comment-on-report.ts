import { comments, reports, withTransaction } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { MAX_REASON_LENGTH } from '../../domain/limits.js';
import { actorId, type AppContext } from '../context.js';
import { notifyComment } from '../notifications/workflow-events.js';
import { mayComment } from '../policies/report.js';
import { appendReportEvent } from './audit.js';
import { loadReportView, readableDetail, type ReportView } from './report-view.js';

/** A remark in the conversation on a report: on the whole report or one project, perhaps answering another. */
export interface CommentInput {
  readonly reportId: number;
  readonly body: string;
  readonly sectionId?: number | null | undefined;
  readonly parentId?: number | null | undefined;
}

/**
 * Adds a comment to the conversation between the committee and the central office: the committee's
 * reporters and approvers and the controllers may write, in any state of the report (a question may
 * come after approval too). A reply belongs to the same report and project as what it answers. The
 * comment and its audit event are one transaction.
 */
export async function commentOnReport(ctx: AppContext, input: CommentInput): Promise<ReportView> {
  const body = input.body.trim();
  return withTransaction(ctx.database, async (trx) => {
    const detail = await readableDetail(trx, ctx.actor, input.reportId);
    if (!mayComment(ctx.actor, detail.meta)) {
      throw new AppError('forbidden', 'Bara nämndens rapportörer och attestanter och controllers kan skriva i samtalet om redovisningen.');
    }
    const authorId = actorId(ctx.actor);
    if (authorId === null) throw new AppError('forbidden', 'Kommentarer skrivs av inloggade användare.');
    if (body === '') throw new AppError('invalid_input', 'Skriv något i kommentaren.', { field: 'body' });
    if (body.length > MAX_REASON_LENGTH) throw new AppError('invalid_input', `Kommentaren får vara högst ${MAX_REASON_LENGTH.toLocaleString('sv-SE')} tecken.`, { field: 'body' });
    let sectionId = input.sectionId ?? null;
    let answersUserId: number | null = null;
    if (input.parentId !== undefined && input.parentId !== null) {
      const parent = (await comments.listForReport(trx, input.reportId)).find((c) => c.id === input.parentId);
      if (parent === undefined) throw new AppError('invalid_input', `Kommentar ${input.parentId} finns inte i redovisningen.`, { field: 'parentId' });
      if (input.sectionId !== undefined && input.sectionId !== null && input.sectionId !== parent.sectionId) {
        throw new AppError('invalid_input', 'Ett svar hör till samma projekt som kommentaren det svarar på.', { field: 'sectionId' });
      }
      sectionId = parent.sectionId;
      answersUserId = parent.authorId;
    } else if (sectionId !== null) {
      const sections = await reports.readStoredSections(trx, input.reportId);
      if (!sections.some((s) => s.id === sectionId)) throw new AppError('invalid_input', `Avsnitt ${sectionId} finns inte i redovisningen.`, { field: 'sectionId' });
    }
    const now = ctx.now();
    const id = await comments.add(trx, { reportId: input.reportId, sectionId, parentId: input.parentId ?? null, authorId, body, kind: 'comment', now });
    await appendReportEvent(trx, ctx, input.reportId, { action: 'report.commented', after: { commentId: id, sectionId, parentId: input.parentId ?? null, body } });
    const section = sectionId === null ? undefined : (await reports.readStoredSections(trx, input.reportId)).find((s) => s.id === sectionId);
    await notifyComment(trx, ctx, detail.meta, { body, sectionName: section ? `projekt ${section.number} ${section.name}` : null, answersUserId });
    return loadReportView(trx, ctx.actor, input.reportId);
  });
}
