import type { Actor } from '../context.js';
import type { ReportState } from '../../domain/workflow.js';

/** What a policy needs to know about a report. */
export interface ReportFacts {
  readonly committeeId: number;
  readonly state: ReportState;
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
      return report.state === 'approved';
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
