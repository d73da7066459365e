import { auditEvents } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { combineFieldChanges, groupHistory, historyKindOf, type HistoryKind } from '../../domain/history.js';
import { REPORT_STATE_NAMES, REPORT_STATES } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { maySeeAuditIps, mayViewHistory, reportAbilities } from '../policies/report.js';
import { REPORT_ACTION_NAMES } from './audit.js';
import { contentChanges, fieldLabel, type EditableProject, type FieldChange } from './content-changes.js';
import { changesContent, rebuildVersions, type VersionedEvent } from './report-versions.js';
import { loadReportContent } from './report-view.js';

/** One entry of a report's history: an event, or a person's run of autosaves with their combined change. */
export interface HistoryEntry {
  /** The id of the entry's newest event. */
  readonly id: number;
  readonly kind: HistoryKind;
  readonly action: string;
  readonly actionName: string;
  readonly actorLabel: string;
  /** Shown to the central office only; null for others and when none was recorded. */
  readonly ip: string | null;
  /** When the entry's first and last events happened (the same for a single event). */
  readonly startedAt: string;
  readonly occurredAt: string;
  /** How many events the entry gathers (autosaves). */
  readonly eventCount: number;
  readonly reason: string | null;
  /** A comment's text and the project it is about (null: the whole report). */
  readonly comment: { readonly body: string; readonly about: string | null } | null;
  /** For an edit: the report's version once it was made. */
  readonly version: number | null;
  /** Whether this version can be restored: its content is known exactly and differs from the report's now. */
  readonly restorable: boolean;
  readonly changes: readonly FieldChange[];
}

/** A report's history, newest first, with its version now and whether the actor may restore an earlier one. */
export interface ReportHistory {
  readonly entries: readonly HistoryEntry[];
  readonly version: number;
  readonly mayRestore: boolean;
}

/** A report's history for actors who may read it (readers may not: 403), newest first. */
export async function getReportHistory(ctx: AppContext, reportId: number): Promise<ReportHistory> {
  const db = ctx.database.db;
  const [content, events] = await Promise.all([loadReportContent(db, ctx.actor, reportId), auditEvents.listForReport(db, reportId)]);
  const { meta, round } = content.detail;
  if (!mayViewHistory(ctx.actor, meta)) {
    throw new AppError('forbidden', 'Du har inte behörighet att se rapportens historik.');
  }
  const showIp = maySeeAuditIps(ctx.actor);
  const current = { accrualPeriod: content.document.accrualPeriod, projects: content.document.projects };
  const versions = rebuildVersions(current, meta.version, events);
  const sectionName = (id: unknown) => {
    const section = content.sections.find((s) => s.id === id);
    return section ? `Projekt ${section.number} ${section.name}` : null;
  };
  const facts = versions.events.map((v) => ({ ...v.event, versioned: v }));
  const entries = groupHistory(facts).map((group): HistoryEntry => {
    const first = group[0]!.versioned;
    const last = group.at(-1)!.versioned;
    const { event } = last;
    const after = asRecord(event.after);
    const kind = historyKindOf(event.action);
    return {
      id: event.id,
      kind,
      action: event.action,
      actionName: event.action === 'report.restored' && typeof after.restoredVersion === 'number'
        ? `Återställde version ${after.restoredVersion}`
        : REPORT_ACTION_NAMES[event.action] ?? event.action,
      actorLabel: event.actorLabel,
      ip: showIp ? event.ip : null,
      startedAt: first.event.occurredAt,
      occurredAt: event.occurredAt,
      eventCount: group.length,
      reason: typeof after.reason === 'string' ? after.reason : null,
      comment: event.action === 'report.commented' && typeof after.body === 'string' ? { body: after.body, about: sectionName(after.sectionId) } : null,
      version: kind === 'edit' ? last.version : null,
      restorable: kind === 'edit' && last.after !== null && contentChanges(last.after, current).length > 0,
      changes: changesOfEntry(group.map((g) => g.versioned), current.projects),
    };
  });
  return { entries, version: meta.version, mayRestore: reportAbilities(ctx.actor, { ...meta, round }).edit };
}

// An entry's change: between the content before its first event and after its last, with full
// texts, where the trail could be undone that far; else the events' stored changes, combined (long
// texts then show only their changed words with some context). Facts that are not content (the
// state, the name of a file read in) come from the events.
function changesOfEntry(group: readonly VersionedEvent[], projects: readonly EditableProject[]): FieldChange[] {
  const stored = group.map((v) => storedChanges(v, projects));
  const before = group[0]?.before;
  const after = group.at(-1)?.after;
  if (!group.every((v) => changesContent(v.event.action)) || !before || !after) return combineFieldChanges(stored);
  const facts = combineFieldChanges(stored).filter((c) => !CONTENT_PATH.test(c.path));
  return [...facts, ...contentChanges(before, after)];
}

// Content events store the changed fields keyed by their paths; transitions store the states.
// Anything else an event carries (counts of an import, a reason) is not a field change.
const FIELD_PATH = /^(accrualPeriod\.|projects\.\d+|state$|file$)/;
const CONTENT_PATH = /^(accrualPeriod\.|projects\.\d+)/;

function storedChanges({ event }: VersionedEvent, projects: readonly EditableProject[]): FieldChange[] {
  const before = asRecord(event.before);
  const after = asRecord(event.after);
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

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {};
}
