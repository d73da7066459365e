// The editor's state machine: the report last loaded from the server (its version is the base of the
// next save), the working copy, and the save status. Pure: keys come from a counter in the state.
import type { ConflictDetails, Report } from '../../api/types.js';
import { draftFromReport, rekeyDraft, type Draft, type DraftEntry, type DraftSection } from './draft.js';
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
  return { report, draft, nextKey: n, revision: 0, savedRevision: 0, status: { kind: 'idle' }, discarded: null };
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

function edit(state: EditorState, action: EditorAction): EditorState {
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
    case 'removeEntry':
      return withSection(state, action.section, (s) => ({ ...s, entries: s.entries.filter((_, i) => i !== action.entry) }));
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
    case 'removeParagraph':
      return withSection(state, action.section, (s) => (s.narrative
        ? { ...s, narrative: { ...s.narrative, paragraphs: s.narrative.paragraphs.filter((_, i) => i !== action.paragraph) } }
        : s));
    case 'moveParagraph':
      return withSection(state, action.section, (s) => {
        if (!s.narrative) return s;
        const to = action.paragraph + action.by;
        if (to < 0 || to >= s.narrative.paragraphs.length) return s;
        return { ...s, narrative: { ...s.narrative, paragraphs: swap(s.narrative.paragraphs, action.paragraph, to) } };
      });
    case 'restore': {
      let n = state.nextKey;
      return { ...state, draft: rekeyDraft(action.draft, () => `k${n++}`), nextKey: n, revision: state.revision + 1, discarded: null };
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
      return { ...state, report: current, draft, nextKey: n, savedRevision: -1, status: { kind: 'idle' } };
    }
    case 'loaded':
      return { ...initEditor(action.report), revision: state.revision + 1, savedRevision: state.revision + 1 };
    case 'dismissDiscarded':
      return { ...state, discarded: null };
    default:
      return edit(state, action);
  }
}
