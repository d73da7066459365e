// The report events this module writes, and their Swedish names for the history. Each event is
// appended in the transaction of the change it records.
import { auditEvents, type Executor } from '../../db/index.js';
import type { ReportAction } from '../../domain/workflow.js';
import { actorId, actorLabel, type AppContext } from '../context.js';

/** A report event and its payload: content changes are keyed by path, transitions carry the states. */
export type ReportEvent =
  | { action: 'report.saved'; before: Record<string, unknown>; after: Record<string, unknown> }
  | { action: 'report.imported_file'; before: Record<string, unknown>; after: Record<string, unknown> }
  | { action: 'report.restored'; before: Record<string, unknown>; after: Record<string, unknown> & { restoredVersion: number } }
  | { action: `report.${ReportAction}`; before: { state: string }; after: { state: string; reason?: string; sectionReasons?: unknown[] } }
  | { action: 'report.commented'; before?: undefined; after: { commentId: number; sectionId: number | null; parentId: number | null; body: string } };

/** Swedish names of the actions in a report's history; unknown actions are shown as written. */
export const REPORT_ACTION_NAMES: Readonly<Record<string, string>> = {
  'report.created': 'Skapade rapporten',
  'report.imported': 'Importerade rapporten',
  'report.saved': 'Sparade',
  'report.imported_file': 'Läste in en fil',
  'report.restored': 'Återställde en tidigare version',
  'report.submit': 'Skickade in',
  'report.return': 'Återsände',
  'report.approve': 'Godkände',
  'report.reopen': 'Återöppnade',
  'report.commented': 'Kommenterade',
};

/** How a conflict message says what the last person did: "sparade", "återsände" … */
export const REPORT_ACTION_VERBS: Readonly<Record<string, string>> = {
  'report.saved': 'sparade',
  'report.imported_file': 'läste in en fil till',
  'report.restored': 'återställde en tidigare version av',
  'report.submit': 'skickade in',
  'report.return': 'återsände',
  'report.approve': 'godkände',
  'report.reopen': 'återöppnade',
  'report.commented': 'kommenterade',
};

/** Appends a report event for the context's actor, in the caller's transaction. */
export async function appendReportEvent(trx: Executor, ctx: AppContext, reportId: number, event: ReportEvent): Promise<void> {
  await auditEvents.append(trx, {
    occurredAt: ctx.now(),
    actorId: actorId(ctx.actor),
    actorLabel: actorLabel(ctx.actor),
    action: event.action,
    entityType: 'report',
    entityId: reportId,
    reportId,
    ip: ctx.ip ?? null,
    before: event.before,
    after: event.after,
  });
}
