// The one path every workflow transition takes (submit, return, approve, reopen): the workflow's
// decision (including the report's round: a closed round freezes its reports), the version check,
// the move with who and when, the action's own work, its audit event and its notifications — all in one transaction,
// so a refused transition writes nothing.
import { reports, withTransaction, type Executor } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { transition, type ReportAction, type TransitionEvent } from '../../domain/workflow.js';
import { actorId, type AppContext } from '../context.js';
import { transitionActor } from '../policies/report.js';
import { notifyTransition } from '../notifications/workflow-events.js';
import { appendReportEvent } from './audit.js';
import { lastChange, staleVersion } from './conflict.js';
import { loadReportView, readableDetail, type ReportMeta, type ReportView } from './report-view.js';
import { roundOf } from './round-freeze.js';

/** What every transition names: the report, the version the client loaded, and a reason where one is needed. */
export interface TransitionInput {
  readonly reportId: number;
  readonly version: number;
  readonly reason?: string | undefined;
  /** The action's reason is given another way (reasons per project on a return). */
  readonly reasonElsewhere?: boolean;
}

/**
 * An action's own work inside the transaction, after the move: checks that may still refuse it
 * (throwing rolls the move back) and comments; returns facts for the audit event.
 */
export type TransitionWork = (trx: Executor, moved: ReportMeta, event: TransitionEvent) => Promise<Record<string, unknown> | void>;

/** Takes the report through `action` for the context's actor and returns the report as it now is. */
export async function transitionReport(ctx: AppContext, input: TransitionInput, action: ReportAction, work?: TransitionWork): Promise<ReportView> {
  const db = ctx.database.db;
  const { meta, round } = await readableDetail(db, ctx.actor, input.reportId);
  const who = transitionActor(ctx.actor, meta);
  if (!who) throw new AppError('forbidden', 'Bara inloggade användare kan skicka in, granska och återöppna rapporter.');
  // Role (403), state and round (409) and reason (400), in that order: the workflow's pure decision.
  const event = transition(meta.state, action, who, input.reason, round, input.reasonElsewhere);
  if (meta.version !== input.version) throw staleVersion(await lastChange(db, ctx.actor, meta), ctx.now(), meta.version);

  return withTransaction(ctx.database, async (trx) => {
    const moved = await reports.moveState(trx, input.reportId, {
      expectedVersion: input.version, from: event.from, to: event.to, actorId: actorId(ctx.actor), now: ctx.now(),
    });
    if (!moved) {
      // Someone moved it first: say whether the action still makes sense, then who did it.
      const current = await reports.getMeta(trx, input.reportId);
      transition(current.state, action, who, input.reason, await roundOf(trx, current.roundId), input.reasonElsewhere);
      throw staleVersion(await lastChange(trx, ctx.actor, current), ctx.now(), current.version);
    }
    // The round as it stands now, read after the move in the same transaction: a round closed
    // since the decision above refuses the transition and the move is rolled back.
    transition(event.from, action, who, input.reason, await roundOf(trx, moved.roundId), input.reasonElsewhere);
    const facts = (await work?.(trx, moved, event)) ?? {};
    await appendReportEvent(trx, ctx, input.reportId, {
      action: event.action,
      before: { state: event.from },
      after: { state: event.to, ...(event.reason === undefined ? {} : { reason: event.reason }), ...facts },
    });
    await notifyTransition(trx, ctx, moved, event);
    return loadReportView(trx, ctx.actor, input.reportId);
  });
}
