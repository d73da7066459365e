// How people read a report's history: each event is an edit, a workflow step or a comment (what the
// history page filters by), and a person's run of autosaves is one entry with the combined change,
// not a row for every pause in their typing.

/** What a history entry is about, for filtering. */
export type HistoryKind = 'edit' | 'workflow' | 'comment';

/** The kinds in the order the history page offers them. */
export const HISTORY_KINDS = ['edit', 'workflow', 'comment'] as const satisfies readonly HistoryKind[];

/** How long a pause between one person's saves may be for them to stay one entry. */
export const AUTOSAVE_PAUSE_MS = 15 * 60 * 1000;

// What changes the content: the draft made, saved, read from a file, or an earlier version restored.
const EDIT_ACTIONS: ReadonlySet<string> = new Set(['report.created', 'report.imported', 'report.saved', 'report.imported_file', 'report.restored']);

/** An edit, a comment, or else a workflow step (submitted, returned, approved, reopened …). */
export function historyKindOf(action: string): HistoryKind {
  if (action === 'report.commented') return 'comment';
  return EDIT_ACTIONS.has(action) ? 'edit' : 'workflow';
}

/** What grouping needs to know of an event. */
export interface HistoryEventFacts {
  readonly action: string;
  readonly actorId: number | null;
  readonly actorLabel: string;
  /** ISO-8601 UTC. */
  readonly occurredAt: string;
}

/**
 * The entries of a history, newest first, from its events oldest first: a person's consecutive
 * saves ('report.saved', nothing else between them), each within `pauseMs` of the one before, form
 * one entry (its events oldest first); every other event is an entry of its own.
 */
export function groupHistory<E extends HistoryEventFacts>(events: readonly E[], pauseMs = AUTOSAVE_PAUSE_MS): E[][] {
  const groups: E[][] = [];
  for (const event of events) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && continuesSaving(last, event, pauseMs)) group.push(event);
    else groups.push([event]);
  }
  return groups.reverse();
}

function continuesSaving(last: HistoryEventFacts, next: HistoryEventFacts, pauseMs: number): boolean {
  return last.action === 'report.saved' && next.action === 'report.saved'
    && last.actorId === next.actorId && last.actorLabel === next.actorLabel
    && Date.parse(next.occurredAt) - Date.parse(last.occurredAt) <= pauseMs;
}

/** One field's change as the history shows it. */
export interface FieldChangeFacts {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * The combined change of consecutive changes (oldest first): per field the first value before and
 * the last value after, in the order the fields were first changed; a field changed back to where
 * it started drops out.
 */
export function combineFieldChanges<C extends FieldChangeFacts>(lists: readonly (readonly C[])[]): C[] {
  const byPath = new Map<string, C>();
  for (const change of lists.flat()) {
    const first = byPath.get(change.path);
    byPath.set(change.path, first === undefined ? change : { ...change, before: first.before });
  }
  return [...byPath.values()].filter((change) => !sameJsonValue(change.before, change.after));
}

/**
 * Whether two JSON values are equal: null and a missing value are the same, and objects compare
 * with their keys in a fixed order, so two equal entries never differ by the order keys were written in.
 */
export function sameJsonValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return (a ?? null) === (b ?? null);
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v);
}
