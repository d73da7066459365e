import { auditEvents, notifications, rounds, withTransaction } from '../../db/index.js';
import { overview } from '../../db/repositories/round-reports.js';
import type { Round } from '../../db/repositories/rounds.js';
import { AppError } from '../../domain/errors.js';
import { isHandedIn } from '../../domain/lateness.js';
import { MAX_REASON_LENGTH } from '../../domain/limits.js';
import { formatRoundCode } from '../../domain/period.js';
import { actorLabel, type AppContext } from '../context.js';
import { notify } from '../notifications/notify.js';
import { reportLink } from '../notifications/workflow-events.js';
import { canRemindCommittees } from '../policies/round.js';
import { auditBy } from '../setup/audit.js';
import { roundName } from './round-state.js';

/** Whom to remind: one committee, or (committeeId null) every committee that has not handed in. */
export interface RemindInput {
  readonly roundId: number;
  readonly committeeId: number | null;
  /** The controller's words, as the recipients will read them. */
  readonly message: string;
}

/** What a reminder did: each committee reminded and how many of its people were told. */
export interface RemindResult {
  readonly round: Round;
  readonly reminded: readonly { committeeId: number; committeeName: string; notified: number }[];
}

/** The refusal for anyone but the central office. */
export function remindForbidden(): AppError {
  return new AppError('forbidden', 'Bara controller och administratör får påminna nämnderna.');
}

/** Throws 403 unless the actor may remind committees (checked before a request's body is read). */
export function assertMayRemind(actor: AppContext['actor']): void {
  if (!canRemindCommittees(actor)) throw remindForbidden();
}

/**
 * "Påminn": tells a committee's reporters and approvers (in the app, and by e-mail as each has chosen)
 * that their report in an open round is awaited, in the controller's words. Only a report not yet
 * handed in can be reminded of; "Påminn alla" reminds every such committee. One transaction with its
 * audit event.
 */
export async function remindCommittees(ctx: AppContext, input: RemindInput): Promise<RemindResult> {
  assertMayRemind(ctx.actor);
  const message = input.message.trim();
  if (message === '') throw new AppError('invalid_input', 'Skriv ett meddelande till nämnden.', { field: 'message' });
  if (message.length > MAX_REASON_LENGTH) {
    throw new AppError('invalid_input', `Meddelandet får vara högst ${MAX_REASON_LENGTH.toLocaleString('sv-SE')} tecken.`, { field: 'message' });
  }
  return withTransaction(ctx.database, async (trx) => {
    const round = await rounds.getById(trx, input.roundId);
    if (round.state !== 'open') {
      throw new AppError('invalid_transition', `Omgången ${roundName(round)} är inte öppen: det finns inget att påminna om.`, { state: round.state });
    }
    const lines = (await overview(trx, round.id)).filter((line) => line.reportId !== null);
    const waiting = lines.filter((line) => !isHandedIn(line.state ?? 'not_started'));
    let targets = waiting;
    if (input.committeeId !== null) {
      const line = lines.find((l) => l.committeeId === input.committeeId);
      if (line === undefined) {
        throw new AppError('invalid_input', `Nämnd ${input.committeeId} har ingen redovisning i omgången ${roundName(round)}.`, { field: 'committeeId' });
      }
      if (!waiting.includes(line)) {
        throw new AppError('conflict', `${line.committeeName} har redan skickat in sin redovisning i ${roundName(round)}.`, { committeeId: line.committeeId });
      }
      targets = [line];
    } else if (targets.length === 0) {
      throw new AppError('conflict', `Alla nämnder har redan skickat in sina redovisningar i ${roundName(round)}.`);
    }
    const code = formatRoundCode(round);
    const reminded: { committeeId: number; committeeName: string; notified: number }[] = [];
    for (const line of targets) {
      const reportId = line.reportId!;
      const notified = await notify(trx, ctx, {
        kind: 'report_reminder',
        recipients: await notifications.recipients(trx, ['reporter', 'approver'], [line.committeeId]),
        reportId, roundId: round.id,
        title: `${actorLabel(ctx.actor)} påminner om redovisningen för ${line.committeeName} i ${code}`,
        body: message,
        link: reportLink(reportId),
      });
      reminded.push({ committeeId: line.committeeId, committeeName: line.committeeName, notified });
    }
    await auditEvents.append(trx, {
      ...auditBy(ctx, ctx.now()), action: 'round.reminded', entityType: 'round', entityId: round.id,
      after: { round: code, committees: reminded, message },
    });
    return { round, reminded };
  });
}
