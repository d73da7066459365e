import { AppError } from './errors.js';
import { ROUND_KIND_NAMES, type RoundKind } from './period.js';
import { isCommitteeRole, type Role } from './roles.js';

/** The states of a report (DESIGN.md §3). */
export const REPORT_STATES = ['draft', 'submitted', 'returned', 'approved', 'reopened'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** Swedish names of the states, for screens and documents. */
export const REPORT_STATE_NAMES: Readonly<Record<ReportState, string>> = {
  draft: 'Utkast',
  submitted: 'Inskickad',
  returned: 'Återsänd',
  approved: 'Godkänd',
  reopened: 'Återöppnad',
};

/**
 * The states in which a role may ever read a report: approved reports are public records, so a
 * reader sees those only; everyone else may read every state (of the committees they may read).
 * The read policy and the reports list's state filter both follow this.
 */
export function readableReportStates(role: Role): readonly ReportState[] {
  return role === 'reader' ? ['approved'] : REPORT_STATES;
}

/** A committee's standing in a round: its report's state, or not started when it has no report yet. */
export type RoundStatus = ReportState | 'not_started';

/** The Swedish name of a committee's standing in a round ("Ej påbörjad", "Utkast" …). */
export function roundStatusName(status: RoundStatus): string {
  return status === 'not_started' ? 'Ej påbörjad' : REPORT_STATE_NAMES[status];
}

/** The transitions a report can take. */
export type ReportAction = 'submit' | 'return' | 'approve' | 'reopen';

/** What can be asked of a report: a workflow transition, or a change of its content (a save or an import). */
export type ReportChange = ReportAction | 'edit';

/** What a transition records in the audit trail. */
export interface TransitionEvent {
  readonly action: `report.${ReportAction}`;
  readonly from: ReportState;
  readonly to: ReportState;
  readonly reason?: string;
}

/** Who asks for a transition: their role and, for committee roles, whether it is their committee. */
export interface TransitionActor {
  readonly role: Role;
  readonly ownCommittee: boolean;
}

interface Rule {
  readonly from: readonly ReportState[];
  readonly to: ReportState;
  readonly roles: readonly Role[];
  readonly needsReason: boolean;
  readonly committeeOnly: boolean;
}

// Submitting is the committee's act (its approver signs for it); returning, approving and
// reopening are the central office's. Admins administer users, not reports.
const RULES: Readonly<Record<ReportAction, Rule>> = {
  submit: { from: ['draft', 'returned', 'reopened'], to: 'submitted', roles: ['approver'], needsReason: false, committeeOnly: true },
  return: { from: ['submitted'], to: 'returned', roles: ['controller'], needsReason: true, committeeOnly: false },
  approve: { from: ['submitted'], to: 'approved', roles: ['controller'], needsReason: false, committeeOnly: false },
  reopen: { from: ['approved'], to: 'reopened', roles: ['controller'], needsReason: true, committeeOnly: false },
};

const ACTION_NAMES: Readonly<Record<ReportAction, string>> = {
  submit: 'skicka in', return: 'återsända', approve: 'godkänna', reopen: 'återöppna',
};
const ACTION_PASSIVE: Readonly<Record<ReportChange, string>> = {
  submit: 'skickas in', return: 'återsändas', approve: 'godkännas', reopen: 'återöppnas', edit: 'ändras',
};

/** States in which the report's content may be edited; submitted and approved are read-only. */
export const EDITABLE_STATES: readonly ReportState[] = ['draft', 'returned', 'reopened'];

/** True when the report's content may be changed in this state. */
export function isEditable(state: ReportState): boolean {
  return EDITABLE_STATES.includes(state);
}

/** Throws unless a report in this state may be edited. */
export function assertEditable(state: ReportState): void {
  if (!isEditable(state)) {
    throw new AppError('invalid_transition', `Rapporten är ${REPORT_STATE_NAMES[state].toLowerCase()} och kan inte ändras.`, { state });
  }
}

/** The round a report belongs to, as the workflow needs it (a report outside any round has none). */
export interface ReportRound {
  readonly year: number;
  readonly kind: RoundKind;
  readonly state: 'planned' | 'open' | 'closed';
}

// Closing a round freezes its reports: the committee can no longer change or submit them, and the
// central office does not return or reopen one either, since that would hand the report to a
// committee that cannot edit it. Approving what was submitted before the close is still the
// controller's job. Opening the round again lets changes in; reports outside any round never freeze.
const ALLOWED_IN_CLOSED_ROUND: readonly ReportChange[] = ['approve'];

/** Whether the report's round lets this change through; true for a report outside any round (null). */
export function roundAllows(round: Pick<ReportRound, 'state'> | null | undefined, change: ReportChange): boolean {
  return !round || round.state !== 'closed' || ALLOWED_IN_CLOSED_ROUND.includes(change);
}

/**
 * Throws invalid_transition when the report's round is closed and does not allow the change. The
 * message tells a committee user to ask the central office, and anyone else to open the round.
 */
export function assertRoundAllows(round: ReportRound | null | undefined, change: ReportChange, role: Role | null): void {
  if (!round || roundAllows(round, change)) return;
  const name = `${ROUND_KIND_NAMES[round.kind]} ${round.year}`;
  const next = role !== null && isCommitteeRole(role) ? 'Be stadsledningskontoret öppna omgången igen.' : 'Öppna omgången igen först.';
  throw new AppError('invalid_transition', `Omgången ${name} är stängd; redovisningen kan inte ${ACTION_PASSIVE[change]}. ${next}`, {
    roundState: round.state, action: change,
  });
}

/**
 * Whether the actor may take the action from this state in this round (no reason check): for
 * showing buttons. `round` is null or left out for a report outside any round.
 */
export function canTransition(state: ReportState, action: ReportAction, actor: TransitionActor, round?: Pick<ReportRound, 'state'> | null): boolean {
  const rule = RULES[action];
  return rule.from.includes(state) && rule.roles.includes(actor.role) && (!rule.committeeOnly || actor.ownCommittee)
    && roundAllows(round, action);
}

/**
 * Decides a transition: returns the event to record, or throws an AppError that says why not —
 * the role (forbidden), the report's state or its closed round (invalid_transition), a missing
 * reason (invalid_input), in that order. `round` is null or left out for a report outside any round.
 */
export function transition(
  state: ReportState, action: ReportAction, actor: TransitionActor, reason?: string, round?: ReportRound | null,
  /** A reason is given another way (a return with reasons per project): the general one may be left out. */
  reasonGivenElsewhere = false,
): TransitionEvent {
  const rule = RULES[action];
  if (!rule.roles.includes(actor.role) || (rule.committeeOnly && !actor.ownCommittee)) {
    throw new AppError('forbidden', `Du har inte behörighet att ${ACTION_NAMES[action]} rapporten.`, { action });
  }
  if (!rule.from.includes(state)) {
    throw new AppError('invalid_transition',
      `En rapport som är ${REPORT_STATE_NAMES[state].toLowerCase()} kan inte ${ACTION_PASSIVE[action]}.`,
      { state, action });
  }
  assertRoundAllows(round, action, actor.role);
  const trimmed = reason?.trim() ?? '';
  if (rule.needsReason && trimmed === '' && !reasonGivenElsewhere) {
    throw new AppError('invalid_input', `Ange ett skäl för att ${ACTION_NAMES[action]} rapporten.`, { field: 'reason' });
  }
  return { action: `report.${action}`, from: state, to: rule.to, ...(trimmed ? { reason: trimmed } : {}) };
}
