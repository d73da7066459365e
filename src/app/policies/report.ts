import type { Actor } from '../context.js';
import {
  canTransition, isEditable, readableReportStates, roundAllows, type ReportAction, type ReportRound, type ReportState, type TransitionActor,
} from '../../domain/workflow.js';

/** What a policy needs to know about a report. */
export interface ReportFacts {
  readonly committeeId: number;
  readonly state: ReportState;
}

/** A report's facts with the state of its round (null for a report outside any round), for its abilities. */
export interface ReportFactsInRound extends ReportFacts {
  readonly round: Pick<ReportRound, 'state'> | null;
}

// DESIGN.md §2: committee users see only their own committee; controllers and admins see all;
// readers see approved reports, which are public records. The operator (command line, local
// preview) is whoever holds the database file, so it may read everything.
/** Whether the actor may read the report (its content, documents and history). */
export function canReadReport(actor: Actor, report: ReportFacts): boolean {
  if (actor.kind === 'operator') return true;
  switch (actor.role) {
    case 'controller':
    case 'admin':
      return true;
    case 'reader':
      return readableReportStates(actor.role).includes(report.state);
    case 'reporter':
    case 'approver':
      return actor.committeeId === report.committeeId;
  }
}

/** Which reports a list shows the actor: all, one committee's, or only approved ones. */
export function reportListScope(actor: Actor): { committeeId?: number; state?: ReportState } | 'none' {
  if (actor.kind === 'operator') return {};
  switch (actor.role) {
    case 'controller':
    case 'admin':
      return {};
    case 'reader':
      return { state: 'approved' };
    case 'reporter':
    case 'approver':
      return actor.committeeId === null ? 'none' : { committeeId: actor.committeeId };
  }
}

/** Whether the actor may store imported reports (the operator, controllers and admins). */
export function canImportReports(actor: Actor): boolean {
  return actor.kind === 'operator' || actor.role === 'controller' || actor.role === 'admin';
}

/** What the actor may do with one report: the UI shows exactly these buttons. */
export interface ReportAbilities {
  /** Change the accrual period, entries and narratives. */
  edit: boolean;
  submit: boolean;
  return: boolean;
  approve: boolean;
  reopen: boolean;
  /** Replace the draft's content with a legacy file. */
  importFile: boolean;
  viewHistory: boolean;
  /** Write in the conversation on the report. */
  comment: boolean;
}

function isOwnCommitteeUser(actor: Actor, report: ReportFacts): boolean {
  return actor.kind === 'user' && (actor.role === 'reporter' || actor.role === 'approver') && actor.committeeId === report.committeeId;
}

// The committee writes its own report; the central office reviews it and never writes the
// committee's text (DESIGN.md §2). Whether the state allows an edit is the workflow's rule.
/** Whether the actor's role may ever edit this report's content, whatever its state. */
export function mayEditContent(actor: Actor, report: ReportFacts): boolean {
  return isOwnCommitteeUser(actor, report);
}

// A controller may load a committee's legacy file into its draft on the committee's behalf
// (contract: reporter/approver of the own committee, controller). Admins administer users.
/** Whether the actor's role may ever import a legacy file into this report, whatever its state. */
export function mayImportFile(actor: Actor, report: ReportFacts): boolean {
  return isOwnCommitteeUser(actor, report) || (actor.kind === 'user' && actor.role === 'controller');
}

// The history names the people who worked on the report and when; readers see the approved
// public record, not the office's working log.
/** Whether the actor may read the report's audit history. */
export function mayViewHistory(actor: Actor, report: ReportFacts): boolean {
  if (!canReadReport(actor, report)) return false;
  return actor.kind === 'operator' || actor.role !== 'reader';
}

// An IP address is personal data; the central office needs it to investigate, colleagues do not.
/**
 * Whether the actor may write in the conversation on a report: the committee's own reporters and
 * approvers, and the controllers who review it; in any state. Readers and admins read, they do not
 * take part.
 */
export function mayComment(actor: Actor, report: ReportFacts): boolean {
  return isOwnCommitteeUser(actor, report) || (actor.kind === 'user' && actor.role === 'controller');
}

/** Whether the actor sees the IP addresses recorded in a report's history. */
export function maySeeAuditIps(actor: Actor): boolean {
  return actor.kind === 'operator' || actor.role === 'controller' || actor.role === 'admin';
}

/** The actor as the workflow sees them, or undefined for the operator, who takes no part in it. */
export function transitionActor(actor: Actor, report: ReportFacts): TransitionActor | undefined {
  if (actor.kind === 'operator') return undefined;
  return { role: actor.role, ownCommittee: actor.committeeId !== null && actor.committeeId === report.committeeId };
}

// A closed round freezes its reports (the workflow's rule): the buttons for editing, importing,
// submitting, returning and reopening go; approving what was submitted stays.
/** Everything the actor may do with the report in its current state and round. */
export function reportAbilities(actor: Actor, report: ReportFactsInRound): ReportAbilities {
  const readable = canReadReport(actor, report);
  const editable = readable && isEditable(report.state) && roundAllows(report.round, 'edit');
  const who = transitionActor(actor, report);
  const may = (action: ReportAction) => readable && who !== undefined && canTransition(report.state, action, who, report.round);
  return {
    edit: editable && mayEditContent(actor, report),
    submit: may('submit'),
    return: may('return'),
    approve: may('approve'),
    reopen: may('reopen'),
    importFile: editable && mayImportFile(actor, report),
    viewHistory: mayViewHistory(actor, report),
    comment: readable && mayComment(actor, report),
  };
}
