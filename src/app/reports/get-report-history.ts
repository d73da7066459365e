import { auditEvents } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { REPORT_STATE_NAMES, REPORT_STATES } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { maySeeAuditIps, mayViewHistory } from '../policies/report.js';
import { REPORT_ACTION_NAMES } from './audit.js';
import { fieldLabel, type FieldChange } from './content-changes.js';
import { loadReportContent } from './report-view.js';

/** One event of a report's history: who did what, when, from where, why, and what changed. */
export interface HistoryEntry {
  readonly id: number;
  readonly occurredAt: string;
  readonly actorLabel: string;
  readonly action: string;
  readonly actionName: string;
  /** Shown to the central office only; null for others and when none was recorded. */
  readonly ip: string | null;
  readonly reason: string | null;
  readonly changes: readonly FieldChange[];
}

/** A report's audit history, oldest first, for actors who may read it (readers may not: 403). */
export async function getReportHistory(ctx: AppContext, reportId: number): Promise<HistoryEntry[]> {
  const db = ctx.database.db;
  const [content, events] = await Promise.all([loadReportContent(db, ctx.actor, reportId), auditEvents.listForReport(db, reportId)]);
  if (!mayViewHistory(ctx.actor, content.detail.meta)) {
    throw new AppError('forbidden', 'Du har inte behörighet att se rapportens historik.');
  }
  const showIp = maySeeAuditIps(ctx.actor);
  const projects = content.document.projects;
  return events.map((event) => {
    const before = asRecord(event.before);
    const after = asRecord(event.after);
    const reason = typeof after.reason === 'string' ? after.reason : null;
    return {
      id: event.id,
      occurredAt: event.occurredAt,
      actorLabel: event.actorLabel,
      action: event.action,
      actionName: REPORT_ACTION_NAMES[event.action] ?? event.action,
      ip: showIp ? event.ip : null,
      reason,
      changes: changesOf(before, after, projects),
    };
  });
}

// Content events store the changed fields keyed by their paths; transitions store the states.
// Anything else an event carries (counts of an import, a reason) is not a field change.
const FIELD_PATH = /^(accrualPeriod\.|projects\.\d+|state$|file$)/;

function changesOf(before: Record<string, unknown>, after: Record<string, unknown>, projects: Parameters<typeof fieldLabel>[1]): FieldChange[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((p) => FIELD_PATH.test(p));
  return paths.map((path) => ({
    path,
    label: fieldLabel(path, projects),
    before: path === 'state' ? stateName(before[path]) : (before[path] ?? null),
    after: path === 'state' ? stateName(after[path]) : (after[path] ?? null),
  }));
}

// The history is read by people: a state reads as its Swedish name.
function stateName(value: unknown): unknown {
  const state = REPORT_STATES.find((s) => s === value);
  return state === undefined ? (value ?? null) : REPORT_STATE_NAMES[state];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
