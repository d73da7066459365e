// Saving without a save button: ~1.5 s after the last change, at once when a field loses focus or
// the tab is hidden, and again after a failure. One save at a time, always with the version last
// loaded, so the server can refuse a save that would overwrite someone else's (409 conflict).
import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import { ApiError } from '../../api/client.js';
import { reportsApi } from '../../api/endpoints.js';
import type { ConflictDetails } from '../../api/types.js';
import { isRecord, isReport } from '../../lib/guards.js';
import { clearBackups, writeBackup } from './backup.js';
import { bodyContent, heldBackCount, reportBody, toPayload } from './draft.js';
import { editorReducer, isDirty, type EditorAction, type EditorState } from './editor-state.js';

const DEBOUNCE_MS = 1500;
const RETRY_MS = 10_000;

function conflictDetails(error: ApiError): ConflictDetails | null {
  const d = error.details;
  if (!isReport(d.current) || !Array.isArray(d.changes)) return null;
  return {
    current: d.current,
    savedBy: typeof d.savedBy === 'string' ? d.savedBy : '',
    savedAt: typeof d.savedAt === 'string' ? d.savedAt : '',
    changes: d.changes.filter(isRecord).map((c) => ({
      path: typeof c.path === 'string' ? c.path : '', label: typeof c.label === 'string' ? c.label : String(c.path ?? ''),
      yours: c.yours, theirs: c.theirs,
    })),
  };
}

/** What the editor gets from the hook. */
export interface Autosave {
  /** Applies an action to the editor (and to the hook's own copy at once). */
  apply: (action: EditorAction) => void;
  /** Saves now if anything is unsaved; resolves true when the server holds the whole draft. */
  flush: () => Promise<boolean>;
  /** False when the browser refused the local backup (storage full or disabled). */
  backupOk: boolean;
  /** The editor state including actions not yet drawn. */
  current: () => EditorState;
}

/** Runs autosave and the local backup for an editor whose state lives in `state`/`dispatch`. */
export function useAutosave(state: EditorState, dispatch: Dispatch<EditorAction>, messages: { unexpected: string }): Autosave {
  const ref = useRef(state);
  ref.current = state;
  const inFlight = useRef<Promise<boolean> | null>(null);
  const backupOk = useRef(true);
  const reportId = state.report.id;

  // The hook's copy moves with each action at once, so a save right after another never reads a stale version.
  const apply = useCallback((action: EditorAction) => {
    ref.current = editorReducer(ref.current, action);
    dispatch(action);
  }, [dispatch]);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    const s = ref.current;
    if (s.status.kind === 'conflict' || s.status.kind === 'stopped') return false;
    if (!isDirty(s)) return true;
    const revision = s.revision;
    const payload = toPayload(s.draft, s.report);
    const at = new Date().toISOString();
    if (bodyContent(payload.body) === bodyContent(reportBody(s.report))) {
      // Nothing the server lacks (an edit undone, or only an unreadable amount or date): no new version.
      apply({ type: 'saveSucceeded', report: s.report, revision, sentOre: payload.sentOre, heldBack: heldBackCount(payload.invalid), at });
      return payload.invalid.length === 0;
    }
    apply({ type: 'saveStarted' });
    try {
      const report = await reportsApi.save(s.report.id, payload.body);
      apply({ type: 'saveSucceeded', report, revision, sentOre: payload.sentOre, heldBack: heldBackCount(payload.invalid), at: new Date().toISOString() });
      return payload.invalid.length === 0 && !isDirty(ref.current);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      const details = apiError?.status === 409 && apiError.code === 'conflict' ? conflictDetails(apiError) : null;
      if (apiError && details) apply({ type: 'conflict', details, message: apiError.message });
      else if (apiError?.code === 'invalid_transition' || apiError?.status === 403 || apiError?.status === 404) {
        apply({ type: 'saveStopped', message: apiError.message });
      } else {
        // Bad input stays bad until the user changes something; a network or server fault may pass.
        const retry = !apiError || apiError.status === 0 || apiError.status >= 500;
        apply({ type: 'saveFailed', message: apiError?.message ?? messages.unexpected, retry, field: apiError?.field ?? null });
      }
      return false;
    }
  }, [apply, messages.unexpected]);

  const flush = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    const run = saveOnce().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = run;
    return run;
  }, [saveOnce]);

  const dirty = isDirty(state);
  const statusKind = state.status.kind;
  const { status, revision } = state;
  // An error that retrying cannot fix waits for the next edit; other errors retry after a pause.
  const waitForEdit = status.kind === 'error' && !status.retry && status.revision === revision;
  const delay = status.kind === 'error' && status.revision === revision ? RETRY_MS : DEBOUNCE_MS;
  useEffect(() => {
    if (!dirty || waitForEdit || statusKind === 'saving' || statusKind === 'conflict' || statusKind === 'stopped') return;
    const timer = window.setTimeout(() => void flush(), delay);
    return () => window.clearTimeout(timer);
  }, [dirty, revision, statusKind, waitForEdit, delay, flush]);

  // Fields held back from a save exist only here and in the backup, so it stays until they are fixed.
  const heldBack = state.status.kind === 'saved' ? state.status.heldBack : 0;
  useEffect(() => {
    if (dirty || heldBack > 0) {
      backupOk.current = writeBackup(localStorage, {
        reportId, version: state.report.version, savedAt: new Date().toISOString(), draft: state.draft,
      });
    } else if (statusKind === 'saved') {
      clearBackups(localStorage, reportId);
    }
  }, [dirty, heldBack, state.draft, state.report.version, statusKind, reportId]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isDirty(ref.current)) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [flush]);

  const current = useCallback(() => ref.current, []);
  return { apply, flush, backupOk: backupOk.current, current };
}
