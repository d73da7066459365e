// Deadline reminders, a background job of `redovisa serve`: seven days and one day before an open
// round's deadline, to the reporters and approvers of each committee whose report is not handed in;
// once the day has passed, to those committees and (one summary) to the controllers.
//
// Exactly once, with any number of processes on one PostgreSQL: each reminder is claimed by a row in
// `reminders` (unique per round × committee × kind) inserted in the same transaction as its
// notifications, e-mails and audit event. Of two processes claiming at once, the second waits for the
// first and then finds the row there; if the first fails, nothing of it was written and the second
// sends. A restarted process reads the rows and sends only what is due and not yet sent.
import { auditEvents, committees, notifications, reminders, reports, rounds, withTransaction, type Database, type Executor } from '../../db/index.js';
import { overview, type RoundOverviewRow } from '../../db/repositories/round-reports.js';
import type { Round } from '../../db/repositories/rounds.js';
import { isHandedIn, stockholmDate } from '../../domain/lateness.js';
import { formatRoundCode } from '../../domain/period.js';
import { dueReminder, timeLeft, type DeadlineReminder } from '../../domain/reminders.js';
import { roundStatusName } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { auditBy } from '../setup/audit.js';
import { notify } from './notify.js';
import { repeat, type Repeating } from './repeat.js';
import { reportLink } from './workflow-events.js';

const COMMITTEE_ROLES = ['reporter', 'approver'] as const;

/** Who the audit trail says sent an automatic reminder. */
export const REMINDER_SENDER = 'Redovisa (påminnelser)';

/** What a run needs besides the database: the clock, which tests set. */
export interface ReminderOptions {
  readonly now?: () => Date;
}

/**
 * Whether the round waits on the committee: it has a report there, not handed in. (An active
 * committee without a report, made after the round opened, has nothing it could send.)
 */
const waitingOn = (line: RoundOverviewRow) => line.reportId !== null && !isHandedIn(line.state ?? 'not_started');

/**
 * Sends every reminder that is due now and not sent yet, each in its own transaction; returns how
 * many were sent (a committee's, or the controllers' summary, counts one).
 */
export async function sendDueReminders(database: Database, options: ReminderOptions = {}): Promise<{ sent: number }> {
  const ctx: AppContext = { database, actor: { kind: 'operator', label: REMINDER_SENDER }, now: options.now ?? (() => new Date()) };
  const today = stockholmDate(ctx.now());
  let sent = 0;
  for (const round of await rounds.list(database.db)) {
    const kind = round.state === 'open' ? dueReminder(round.deadline, today) : null;
    if (kind === null) continue;
    const done = await reminders.sentForRound(database.db, round.id);
    const waiting = (await overview(database.db, round.id)).filter(waitingOn);
    for (const line of waiting) {
      if (done.has(reminders.keyOf({ roundId: round.id, committeeId: line.committeeId, kind }))) continue;
      if (await remindCommittee(ctx, round, line.committeeId, kind, today)) sent++;
    }
    const toControllers = { roundId: round.id, committeeId: null, kind };
    if (kind === 'deadline_passed' && waiting.length > 0 && !done.has(reminders.keyOf(toControllers))) {
      if (await remindControllers(ctx, round)) sent++;
    }
  }
  return { sent };
}

/** The reminder to one committee's reporters and approvers, unless it is sent or the report handed in meanwhile. */
async function remindCommittee(ctx: AppContext, round: Round, committeeId: number, kind: DeadlineReminder, today: string): Promise<boolean> {
  return withTransaction(ctx.database, async (trx) => {
    const report = await reports.findByCommitteeRound(trx, committeeId, round.id);
    if (report === undefined || isHandedIn(report.state)) return false;
    const now = ctx.now();
    if (!(await reminders.claim(trx, { roundId: round.id, committeeId, kind }, now))) return false;
    const committee = (await committees.getById(trx, committeeId)).name;
    const code = formatRoundCode(round);
    const text = kind === 'deadline_passed'
      ? {
        title: `Redovisningen för ${code} är försenad`,
        body: `Redovisningen för ${committee} i omgången ${code} skulle ha varit inskickad senast ${round.deadline} och är försenad. Skicka in den så snart som möjligt.`,
      }
      : {
        title: `Påminnelse: redovisningen för ${code} ska vara inskickad senast ${round.deadline}`,
        body: `Redovisningen för ${committee} i omgången ${code} är inte inskickad än. Den ska vara inskickad senast ${round.deadline}, ${timeLeft(round.deadline, today)}.`,
      };
    const notified = await notify(trx, ctx, {
      kind: kind === 'deadline_passed' ? 'deadline_passed' : 'deadline_approaching',
      recipients: await notifications.recipients(trx, COMMITTEE_ROLES, [committeeId]),
      reportId: report.id, roundId: round.id, ...text, link: reportLink(report.id),
    });
    await audit(trx, ctx, round, { kind, committeeId, committee, notified });
    return true;
  });
}

/** One message to the controllers once a deadline has passed: which committees have not handed in. */
async function remindControllers(ctx: AppContext, round: Round): Promise<boolean> {
  return withTransaction(ctx.database, async (trx) => {
    const waiting = (await overview(trx, round.id)).filter(waitingOn);
    if (waiting.length === 0) return false;
    const now = ctx.now();
    if (!(await reminders.claim(trx, { roundId: round.id, committeeId: null, kind: 'deadline_passed' }, now))) return false;
    const code = formatRoundCode(round);
    const list = waiting.map((line) => `${line.committeeName} (${roundStatusName(line.state!).toLowerCase()})`).join(', ');
    const notified = await notify(trx, ctx, {
      kind: 'deadline_passed',
      recipients: await notifications.recipients(trx, ['controller']),
      reportId: null, roundId: round.id,
      title: `Sista dag för ${code} har passerat: ${waiting.length} ${waiting.length === 1 ? 'nämnd har' : 'nämnder har'} inte skickat in`,
      body: `Redovisningarna i omgången ${code} skulle ha varit inskickade senast ${round.deadline}. Inte inskickade: ${list}.`,
      link: `/omgangar/${round.id}`,
    });
    await audit(trx, ctx, round, { kind: 'deadline_passed', committeeId: null, committee: null, notified });
    return true;
  });
}

function audit(trx: Executor, ctx: AppContext, round: Round, after: { kind: DeadlineReminder; committeeId: number | null; committee: string | null; notified: number }) {
  return auditEvents.append(trx, {
    ...auditBy(ctx, ctx.now()), action: 'round.reminder_sent', entityType: 'round', entityId: round.id, after: { round: formatRoundCode(round), ...after },
  });
}

/**
 * The job as `redovisa serve` runs it: at once (catching up on what came due while no process ran),
 * then every `everyMs`.
 */
export function startReminders(database: Database, options: ReminderOptions & { everyMs: number; onError: (error: unknown) => void }): Repeating {
  return repeat(() => sendDueReminders(database, options), { ...options, atOnce: true });
}
