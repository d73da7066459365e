// What the workflow tells whom: a round opened reaches the committees' reporters and approvers, a
// submission the controllers, and a return, approval or reopening the report's committee.
import { committees, notifications, rounds, type Executor } from '../../db/index.js';
import type { ReportMeta } from '../../db/repositories/reports.js';
import type { Round } from '../../db/repositories/rounds.js';
import { overview } from '../../db/repositories/round-reports.js';
import type { NotificationKind } from '../../domain/notifications.js';
import { formatRoundCode } from '../../domain/period.js';
import type { TransitionEvent } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { notify } from './notify.js';

const COMMITTEE_ROLES = ['reporter', 'approver'] as const;

/** The path of a report's page in the app. */
export function reportLink(reportId: number): string {
  return `/rapporter/${reportId}`;
}

/** Tells every committee with a report in the just-opened round that its report is waiting, and by when. */
export async function notifyRoundOpened(trx: Executor, ctx: AppContext, round: Round): Promise<void> {
  const name = formatRoundCode(round);
  for (const line of await overview(trx, round.id)) {
    if (line.reportId === null) continue;
    await notify(trx, ctx, {
      kind: 'round_opened',
      recipients: await notifications.recipients(trx, COMMITTEE_ROLES, [line.committeeId]),
      reportId: line.reportId, roundId: round.id,
      title: `Omgången ${name} är öppen`,
      body: `${line.committeeName} kan nu redovisa i omgången ${name}. Redovisningen ska vara inskickad senast ${round.deadline}.`,
      link: reportLink(line.reportId),
    });
  }
}

const TRANSITION_KINDS = {
  'report.submit': 'report_submitted', 'report.return': 'report_returned', 'report.approve': 'report_approved', 'report.reopen': 'report_reopened',
} as const satisfies Record<TransitionEvent['action'], NotificationKind>;

/** Tells those concerned that a report moved: the controllers of a submission, the committee of the rest. */
export async function notifyTransition(trx: Executor, ctx: AppContext, report: ReportMeta, event: TransitionEvent): Promise<void> {
  const committee = await committees.getById(trx, report.committeeId);
  const round = report.roundId === null ? null : await rounds.getById(trx, report.roundId);
  const what = round === null ? `Redovisningen för ${committee.name}` : `Redovisningen för ${committee.name} i ${formatRoundCode(round)}`;
  const kind = TRANSITION_KINDS[event.action];
  const reason = event.reason === undefined ? '' : ` Skäl: ${event.reason}`;
  const texts: Record<(typeof TRANSITION_KINDS)[keyof typeof TRANSITION_KINDS], { title: string; body: string }> = {
    report_submitted: { title: `${what} är inskickad`, body: `${what} har skickats in och väntar på granskning.` },
    report_returned: { title: `${what} har skickats tillbaka`, body: `${what} har skickats tillbaka för komplettering.${reason}` },
    report_approved: { title: `${what} är godkänd`, body: `${what} har godkänts.` },
    report_reopened: { title: `${what} har återöppnats`, body: `${what} har återöppnats och kan ändras igen.${reason}` },
  };
  const recipients = kind === 'report_submitted'
    ? await notifications.recipients(trx, ['controller'])
    : await notifications.recipients(trx, COMMITTEE_ROLES, [report.committeeId]);
  await notify(trx, ctx, { kind, recipients, reportId: report.id, roundId: report.roundId, ...texts[kind], link: reportLink(report.id) });
}

/**
 * Tells the other side of the conversation that someone wrote: a committee user's remark goes to the
 * controllers, a controller's to the committee's reporters and approvers; whoever wrote what it
 * answers is told too. Never the writer.
 */
export async function notifyComment(
  trx: Executor, ctx: AppContext, report: ReportMeta, comment: { body: string; sectionName: string | null; answersUserId: number | null },
): Promise<void> {
  const committee = await committees.getById(trx, report.committeeId);
  const round = report.roundId === null ? null : await rounds.getById(trx, report.roundId);
  const what = round === null ? `redovisningen för ${committee.name}` : `redovisningen för ${committee.name} i ${formatRoundCode(round)}`;
  const fromCommittee = ctx.actor.kind === 'user' && ctx.actor.committeeId === report.committeeId;
  const recipients = [
    ...(fromCommittee ? await notifications.recipients(trx, ['controller']) : await notifications.recipients(trx, COMMITTEE_ROLES, [report.committeeId])),
    ...(comment.answersUserId === null ? [] : (await notifications.recipients(trx, ['reporter', 'approver', 'controller'])).filter((r) => r.id === comment.answersUserId)),
  ];
  const writer = ctx.actor.kind === 'user' ? ctx.actor.name : 'Redovisa';
  const about = comment.sectionName === null ? '' : ` (${comment.sectionName})`;
  const excerpt = comment.body.length > 300 ? `${comment.body.slice(0, 300)} …` : comment.body;
  await notify(trx, ctx, {
    kind: 'report_commented', recipients, reportId: report.id, roundId: report.roundId,
    title: `${writer} har skrivit om ${what}`, body: `${writer}${about}: ”${excerpt}”`, link: reportLink(report.id),
  });
}
