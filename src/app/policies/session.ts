import type { Actor } from '../context.js';
import { canReadOutbox } from './notification.js';
import { canExportLedger, canReadCityReport, canReadReconciliation, canReconcile } from './finance.js';

/** What the signed-in user may do across the application: the UI builds its navigation from this. */
export interface GlobalAbilities {
  /** Read the reports list (every role; what it shows depends on the role). */
  readReports: boolean;
  /** Committees, programmes, projects with grants, and rounds (the central set-up). */
  manageSetup: boolean;
  /** The round overview: every committee's report state and lateness. */
  viewRoundOverview: boolean;
  /** Return, approve and reopen submitted reports. */
  reviewReports: boolean;
  /** Users and their roles. */
  manageUsers: boolean;
  /** Export approved accruals to the ledger (SIE). */
  exportLedger: boolean;
  /** Run reconciliations, explain their differences, sign them off for the central office. */
  reconcile: boolean;
  /** Read reconciliations (a committee its own lines). */
  readReconciliation: boolean;
  /** The city-wide report and every approved entry of a round. */
  readCityReport: boolean;
  /** The outbox of e-mails. */
  readOutbox: boolean;
}

// DESIGN.md §2: controllers run the central set-up and review; admins manage users and committees
// (and may see the set-up); committee users and readers work with reports only.
/** The global abilities of an actor. */
export function globalAbilities(actor: Actor): GlobalAbilities {
  if (actor.kind === 'operator') {
    return { readReports: true, manageSetup: true, viewRoundOverview: true, reviewReports: false, manageUsers: true, ...financeAbilities(actor) };
  }
  const central = actor.role === 'controller' || actor.role === 'admin';
  return {
    readReports: true,
    manageSetup: central,
    viewRoundOverview: central,
    reviewReports: actor.role === 'controller',
    manageUsers: actor.role === 'admin',
    ...financeAbilities(actor),
  };
}

function financeAbilities(actor: Actor) {
  return {
    exportLedger: canExportLedger(actor),
    reconcile: canReconcile(actor),
    readReconciliation: canReadReconciliation(actor),
    readCityReport: canReadCityReport(actor),
    readOutbox: canReadOutbox(actor),
  };
}
