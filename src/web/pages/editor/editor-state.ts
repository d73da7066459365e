// The editor's state machine: the report last loaded from the server (its version is the base of the
// next save), the working copy, and the save status. Pure: keys come from a counter in the state.
import type { ConflictDetails, Report } from '../../api/types.js';
import { draftFromReport, rekeyDraft, type Draft, type DraftEntry, type DraftNarrative, type DraftParagraph, type DraftSection } from './draft.js';
import { mergeDrafts } from './merge.js';

/** Where saving stands; shown in the live region. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string; heldBack: number }
  /** `retry`: worth trying again as is (network, server fault); `field`: the path the server blamed. */
  | { kind: 'error'; message: string; retry: boolean; field: string | null; revision: number }
  | { kind: 'conflict'; details: ConflictDetails; message: string }
  | { kind: 'stopped'; message: string };

/**
 * The last removal (of a row or a paragraph) or copied narrative that the user can take back, and
 * where: a row and a paragraph go back at their place, a copy gives way to the narrative before it.
 */
export type Undo =
  | { kind: 'entry'; section: number; index: number; entry: DraftEntry }
  | { kind: 'paragraph'; section: number; index: number; paragraph: DraftParagraph }
  | { kind: 'narrative'; section: number; before: DraftNarrative | null; copied: DraftNarrative };

/** What the editor offers to take back (`restored`: it has been, and says so). */
export interface UndoNotice {
  undo: Undo;
  restored: boolean;
}

/** The whole editor state. */
export interface EditorState {
  report: Report;
  draft: Draft;
  nextKey: number;
  /** Bumped by every edit; the server holds `savedRevision`. */
  revision: number;
  savedRevision: number;
  status: SaveStatus;
  /** The user's own version after they chose the other person's: kept on screen to copy from. */
  discarded: Draft | null;
  /** The removal or copy that can be taken back, if any. */
  undo: UndoNotice | null;
}

/** A text field of an accrual row. */
export type EntryField = 'account' | 'ikb' | 'counterparty' | 'amountText' | 'text';

/** Everything that can happen in the editor. */
export type EditorAction =
  | { type: 'setPeriod'; field: 'from' | 'to'; value: string }
  | { type: 'setEntry'; section: number; entry: number; field: EntryField; value: string }
  | { type: 'setIndicator'; section: number; indicator: number; field: 'outcomeText' | 'comment'; value: string }
  | { type: 'addEntry'; section: number }
  | { type: 'removeEntry'; section: number; entry: number }
  | { type: 'startNarrative'; section: number }
  | { type: 'setTitle'; section: number; value: string }
  | { type: 'setParagraph'; section: number; paragraph: number; value: string }
  | { type: 'addParagraph'; section: number; after?: number }
  | { type: 'removeParagraph'; section: number; paragraph: number }
  | { type: 'moveParagraph'; section: number; paragraph: number; by: -1 | 1 }
  /** Replaces an empty narrative with a copy of the previous round's text. */
  | { type: 'copyNarrative'; section: number; narrative: { title: string; paragraphs: readonly string[] } }
  | { type: 'undo' }
  | { type: 'dismissUndo' }
  | { type: 'restore'; draft: Draft }
  | { type: 'saveStarted' }
  | { type: 'saveSucceeded'; report: Report; revision: number; sentOre: Record<string, number>; heldBack: number; at: string }
  | { type: 'saveFailed'; message: string; retry: boolean; field: string | null }
  | { type: 'saveStopped'; message: string }
  | { type: 'conflict'; details: ConflictDetails; message: string }
  | { type: 'useTheirs' }
  | { type: 'keepMine' }
  | { type: 'loaded'; report: Report }
  | { type: 'dismissDiscarded' };

/** The state for a report just loaded. */
export function initEditor(report: Report): EditorState {
  let n = 1;
  const draft = draftFromReport(report, () => `k${n++}`);
  return { report, draft, nextKey: n, revision: 0, savedRevision: 0, status: { kind: 'idle' }, discarded: null, undo: null };
}

/** True when the working copy holds edits the server does not have yet. */
export function isDirty(state: EditorState): boolean {
  return state.revision !== state.savedRevision;
}

function mapAt<T>(list: readonly T[], index: number, change: (item: T) => T): T[] {
  return list.map((item, i) => (i === index ? change(item) : item));
}

function withSection(state: EditorState, index: number, change: (s: DraftSection, key: () => string) => DraftSection): EditorState {
  let next = state.nextKey;
  const key = () => `k${next++}`;
  const sections = mapAt(state.draft.sections, index, (s) => change(s, key));
  return { ...state, draft: { ...state.draft, sections }, nextKey: next, revision: state.revision + 1 };
}

function newEntry(state: EditorState, section: number, key: string): DraftEntry {
  const defaults = state.report.sections[section]?.defaults ?? { account: '', ikb: '', counterparty: '' };
  return { key, account: defaults.account, ikb: defaults.ikb, counterparty: defaults.counterparty, amountText: '', savedOre: null, text: '' };
}

function swap<T>(list: readonly T[], i: number, j: number): T[] {
  const copy = [...list];
  const a = copy[i];
  const b = copy[j];
  if (a === undefined || b === undefined) return copy;
  copy[i] = b;
  copy[j] = a;
  return copy;
}

/** True when a narrative says nothing yet: none at all, or no title and only empty paragraphs. */
export function isEmptyNarrative(narrative: DraftNarrative | null): boolean {
  return narrative === null || (narrative.title.trim() === '' && narrative.paragraphs.every((p) => p.text.trim() === ''));
}

// A row or paragraph list that changes shape (added, removed, moved) makes an earlier removal's
// place meaningless: its undo goes. Typing in a field keeps it.
function undoAfter(state: EditorState, action: EditorAction): UndoNotice | null {
  const { undo } = state;
  if (!undo || !('section' in action) || action.section !== undo.undo.section) return undo;
  if (undo.undo.kind === 'entry' && action.type === 'addEntry') return null;
  if (undo.undo.kind === 'paragraph' && (action.type === 'addParagraph' || action.type === 'moveParagraph')) return null;
  return undo;
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.min(Math.max(index, 0), list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/** Takes back the last removal or copy; a copy only while its text is as it was copied. */
function undo(state: EditorState): EditorState {
  const notice = state.undo;
  if (!notice || notice.restored) return state;
  const { undo: u } = notice;
  const section = state.draft.sections[u.section];
  if (!section) return { ...state, undo: null };
  if (u.kind === 'narrative' && section.narrative !== u.copied) return { ...state, undo: null };
  const next = withSection(state, u.section, (s) => {
    switch (u.kind) {
      case 'entry':
        return { ...s, entries: insertAt(s.entries, u.index, u.entry) };
      case 'paragraph': {
        const narrative = s.narrative ?? { title: '', paragraphs: [] };
        return { ...s, narrative: { ...narrative, paragraphs: insertAt(narrative.paragraphs, u.index, u.paragraph) } };
      }
      case 'narrative':
        return { ...s, narrative: u.before };
    }
  });
  return { ...next, undo: { undo: u, restored: true } };
}

function edit(state: EditorState, action: EditorAction): EditorState {
  return change({ ...state, undo: undoAfter(state, action) }, action);
}

function change(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'setPeriod':
      return { ...state, draft: { ...state.draft, accrualPeriod: { ...state.draft.accrualPeriod, [action.field]: action.value } }, revision: state.revision + 1 };
    case 'setEntry':
      return withSection(state, action.section, (s) => ({ ...s, entries: mapAt(s.entries, action.entry, (e) => ({ ...e, [action.field]: action.value })) }));
    case 'setIndicator':
      return withSection(state, action.section, (s) => ({
        ...s, indicators: mapAt(s.indicators ?? [], action.indicator, (i) => ({ ...i, [action.field]: action.value })),
      }));
    case 'addEntry':
      return withSection(state, action.section, (s, key) => ({ ...s, entries: [...s.entries, newEntry(state, action.section, key())] }));
    case 'removeEntry': {
      const entry = state.draft.sections[action.section]?.entries[action.entry];
      if (!entry) return state;
      const next = withSection(state, action.section, (s) => ({ ...s, entries: s.entries.filter((_, i) => i !== action.entry) }));
      return { ...next, undo: { undo: { kind: 'entry', section: action.section, index: action.entry, entry }, restored: false } };
    }
    case 'startNarrative':
      return withSection(state, action.section, (s, key) => (s.narrative ? s : { ...s, narrative: { title: '', paragraphs: [{ key: key(), text: '' }] } }));
    case 'setTitle':
      return withSection(state, action.section, (s) => (s.narrative ? { ...s, narrative: { ...s.narrative, title: action.value } } : s));
    case 'setParagraph':
      return withSection(state, action.section, (s) => (s.narrative
        ? { ...s, narrative: { ...s.narrative, paragraphs: mapAt(s.narrative.paragraphs, action.paragraph, (p) => ({ ...p, text: action.value })) } }
        : s));
    case 'addParagraph':
      return withSection(state, action.section, (s, key) => {
        const narrative = s.narrative ?? { title: '', paragraphs: [] };
        const at = action.after === undefined ? narrative.paragraphs.length : action.after + 1;
        const paragraphs = [...narrative.paragraphs.slice(0, at), { key: key(), text: '' }, ...narrative.paragraphs.slice(at)];
        return { ...s, narrative: { ...narrative, paragraphs } };
      });
    case 'removeParagraph': {
      const paragraph = state.draft.sections[action.section]?.narrative?.paragraphs[action.paragraph];
      if (!paragraph) return state;
      const next = withSection(state, action.section, (s) => (s.narrative
        ? { ...s, narrative: { ...s.narrative, paragraphs: s.narrative.paragraphs.filter((_, i) => i !== action.paragraph) } }
        : s));
      return { ...next, undo: { undo: { kind: 'paragraph', section: action.section, index: action.paragraph, paragraph }, restored: false } };
    }
    case 'copyNarrative': {
      // Only into a narrative that says nothing yet: the copy never overwrites the user's own text.
      const before = state.draft.sections[action.section]?.narrative ?? null;
      if (!state.draft.sections[action.section] || !isEmptyNarrative(before)) return state;
      let n = state.nextKey;
      const copied: DraftNarrative = { title: action.narrative.title, paragraphs: action.narrative.paragraphs.map((text) => ({ key: `k${n++}`, text })) };
      const next = withSection({ ...state, nextKey: n }, action.section, (s) => ({ ...s, narrative: copied }));
      return { ...next, undo: { undo: { kind: 'narrative', section: action.section, before, copied }, restored: false } };
    }
    case 'undo':
      return undo(state);
    case 'dismissUndo':
      return { ...state, undo: null };
    case 'moveParagraph':
      return withSection(state, action.section, (s) => {
        if (!s.narrative) return s;
        const to = action.paragraph + action.by;
        if (to < 0 || to >= s.narrative.paragraphs.length) return s;
        return { ...s, narrative: { ...s.narrative, paragraphs: swap(s.narrative.paragraphs, action.paragraph, to) } };
      });
    case 'restore': {
      let n = state.nextKey;
      return { ...state, draft: rekeyDraft(action.draft, () => `k${n++}`), nextKey: n, revision: state.revision + 1, discarded: null, undo: null };
    }
    default:
      return state;
  }
}

/** The editor's reducer. */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'saveStarted':
      return { ...state, status: { kind: 'saving' } };
    case 'saveSucceeded': {
      // Rows sent in this save now have their amount on the server; later edits stay dirty.
      const sections = state.draft.sections.map((s) => ({
        ...s,
        entries: s.entries.map((e) => (e.key in action.sentOre ? { ...e, savedOre: action.sentOre[e.key] ?? e.savedOre } : e)),
      }));
      return {
        ...state, report: action.report, draft: { ...state.draft, sections },
        savedRevision: Math.max(state.savedRevision, action.revision),
        status: { kind: 'saved', at: action.at, heldBack: action.heldBack },
      };
    }
    case 'saveFailed':
      return { ...state, status: { kind: 'error', message: action.message, retry: action.retry, field: action.field, revision: state.revision } };
    case 'saveStopped':
      return { ...state, status: { kind: 'stopped', message: action.message } };
    case 'conflict':
      return { ...state, status: { kind: 'conflict', details: action.details, message: action.message } };
    case 'useTheirs': {
      if (state.status.kind !== 'conflict') return state;
      const fresh = initEditor(state.status.details.current);
      return { ...fresh, revision: state.revision + 1, savedRevision: state.revision + 1, discarded: state.draft };
    }
    case 'keepMine': {
      // The user's edits go on top of their version (fields the user did not touch take theirs);
      // the next save sends that, and savedRevision -1 makes the draft dirty.
      if (state.status.kind !== 'conflict') return state;
      let n = state.nextKey;
      const keys = () => `k${n++}`;
      const current = state.status.details.current;
      const draft = mergeDrafts(draftFromReport(state.report, keys), state.draft, draftFromReport(current, keys));
      return { ...state, report: current, draft, nextKey: n, savedRevision: -1, status: { kind: 'idle' }, undo: null };
    }
    case 'loaded':
      return { ...initEditor(action.report), revision: state.revision + 1, savedRevision: state.revision + 1 };
    case 'dismissDiscarded':
      return { ...state, discarded: null };
    default:
      return edit(state, action);
  }
}
