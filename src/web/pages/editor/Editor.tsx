import { useCallback, useReducer, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.js';
import { reportsApi } from '../../api/endpoints.js';
import type { Report } from '../../api/types.js';
import { CommentList } from '../../components/Comments.js';
import { Conversation } from '../../components/Conversation.js';
import { DateInput } from '../../components/DateInput.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ids } from '../../lib/field-ids.js';
import { roundLabel } from '../../lib/labels.js';
import { clearBackups, readBackup, type Backup } from './backup.js';
import { CheckPanel, type Review } from './CheckPanel.js';
import { ConflictPanel } from './ConflictPanel.js';
import { draftAsText, draftFromReport, draftSignature, toPayload } from './draft.js';
import { editorReducer, initEditor, isDirty } from './editor-state.js';
import { ImportPanel } from './ImportPanel.js';
import { localIssues } from './local-issues.js';
import { DiscardedPanel, RestoreBanner } from './RecoveryPanels.js';
import { focusSoon } from './focus-field.js';
import { SaveStatus } from './SaveStatus.js';
import { SectionEditor } from './SectionEditor.js';
import { previousBySection } from '../report/PreviousRound.js';
import { useLoad } from '../../lib/use-load.js';
import { useAutosave } from './use-autosave.js';

// A backup is worth offering only when it says something the server does not.
function offeredBackup(report: Report): Backup | null {
  const backup = readBackup(localStorage, report.id);
  if (!backup) return null;
  const serverDraft = draftFromReport(report, () => '');
  if (draftSignature(backup.draft) === draftSignature(serverDraft)) {
    clearBackups(localStorage, report.id);
    return null;
  }
  return backup;
}

/** The report editor: period, projects, autosave, conflicts, review and submit, import. */
export function Editor({ initial }: { initial: Report }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [state, dispatch] = useReducer(editorReducer, initial, initEditor);
  const { apply, flush, backupOk, current } = useAutosave(state, dispatch, { unexpected: t('common.unexpected') });
  const [backup, setBackup] = useState<Backup | null>(() => offeredBackup(initial));
  const [review, setReview] = useState<Review>({ kind: 'none' });
  const [submitting, setSubmitting] = useState(false);
  const [talk, setTalk] = useState<Report['comments'] | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const { report, draft, status } = state;
  // The committee's previous round beside each project; the editor works without it.
  const previousRound = useLoad(() => reportsApi.previous(initial.id), [initial.id]);
  const previous = previousBySection(previousRound.data);

  const runReview = useCallback(async () => {
    setReview({ kind: 'busy' });
    setSubmitError(null);
    const saved = await flush();
    const now = current();
    const invalid = toPayload(now.draft, now.report).invalid;
    if (invalid.length > 0) {
      setReview({ kind: 'done', submittable: false, local: true, issues: localIssues(invalid, now.report, t, lang) });
      return;
    }
    if (!saved) {
      setReview({ kind: 'blocked', message: now.status.kind === 'conflict' ? t('check.conflictFirst') : t('check.notSaved') });
      return;
    }
    try {
      const result = await reportsApi.check(now.report.id);
      setReview({ kind: 'done', issues: result.issues, submittable: result.submittable, local: false });
    } catch (error) {
      setReview({ kind: 'blocked', message: error instanceof ApiError ? error.message : t('common.unexpected') });
    }
  }, [flush, current, t, lang]);

  const submit = useCallback(async () => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      if (!(await flush())) throw new ApiError(0, 'not_saved', t('check.notSaved'));
      await reportsApi.submit(report.id, current().report.version);
      navigate(`/rapporter/${report.id}`, { state: { message: t('submit.done') } });
    } catch (error) {
      setSubmitError(error instanceof ApiError ? error.message : t('common.unexpected'));
      setSubmitting(false);
    }
  }, [flush, current, navigate, report.id, t]);

  const reportComments = report.comments.filter((c) => c.sectionId === null && c.kind !== 'comment');
  const year = report.round?.year ?? (Number(draft.accrualPeriod.from.slice(0, 4)) || null);
  return (
    <div className="editor">
      <p className="breadcrumb">
        <Link to="/">{t('nav.reports')}</Link> › <Link to={`/rapporter/${report.id}`}>{report.committee}</Link>
      </p>
      <h1 id="editor-heading" tabIndex={-1}>{t('editor.title')} <span className="h1-sub">{report.committee} · {roundLabel(report.round, t)}</span></h1>
      <div className="editor-toolbar">
        <SaveStatus state={state} backupOk={backupOk} onRetry={() => void flush()} />
        <div className="editor-toolbar__actions">
          <button type="button" className="button button--primary"
            onClick={() => { document.getElementById('check-heading')?.focus(); void runReview(); }}>
            {t('check.title')}
          </button>
          <Link to={`/rapporter/${report.id}`} className="button">{t('editor.view')}</Link>
        </div>
      </div>
      {backup ? (
        <RestoreBanner backup={backup} currentVersion={report.version}
          onRestore={() => { apply({ type: 'restore', draft: backup.draft }); setBackup(null); }}
          onDiscard={() => { clearBackups(localStorage, report.id); setBackup(null); }} />
      ) : null}
      {status.kind === 'conflict' ? (
        <ConflictPanel details={status.details} message={status.message}
          onUseTheirs={() => apply({ type: 'useTheirs' })}
          onKeepMine={() => { apply({ type: 'keepMine' }); void flush(); focusSoon('save-status'); }} />
      ) : null}
      {state.discarded ? <DiscardedPanel text={draftAsText(state.discarded, report)} onDismiss={() => {
          apply({ type: 'dismissDiscarded' });
          // The copy in the browser held the discarded version; a draft with new edits keeps its own.
          if (!isDirty(current())) clearBackups(localStorage, report.id);
        }} /> : null}
      {status.kind === 'stopped' ? (
        <div className="alert alert--error" role="alert">
          <p>{status.message}</p>
          <p><Link to={`/rapporter/${report.id}`}>{t('editor.view')}</Link></p>
        </div>
      ) : null}
      {report.state === 'returned' || reportComments.length > 0 ? <CommentList comments={reportComments} /> : null}
      {previousRound.error ? <p className="muted">{t('previous.failed', { message: previousRound.error.message })}</p> : null}
      <form className="editor-form" noValidate onSubmit={(e) => e.preventDefault()} onBlur={() => void flush()}>
        <fieldset className="fieldset period">
          <legend>{t('editor.period')}</legend>
          <DateInput id={ids.periodFrom} label={t('editor.periodFrom')} value={draft.accrualPeriod.from} required
            onChange={(value) => apply({ type: 'setPeriod', field: 'from', value })} />
          <DateInput id={ids.periodTo} label={t('editor.periodTo')} value={draft.accrualPeriod.to} required
            onChange={(value) => apply({ type: 'setPeriod', field: 'to', value })} />
        </fieldset>
        {draft.sections.map((section, i) => {
          const meta = report.sections.find((s) => s.id === section.id) ?? report.sections[i];
          if (!meta) return null;
          return (
            <SectionEditor key={section.id} index={i} meta={meta} section={section} year={year} apply={apply}
              previous={previousRound.data ? previous.get(section.id) ?? null : undefined}
              undo={state.undo?.undo.section === i ? state.undo : null}
              stated={report.content.projects[report.sections.indexOf(meta)]?.indicators ?? []}
              comments={report.comments.filter((c) => c.sectionId === section.id && c.kind !== 'comment')} />
          );
        })}
        {draft.sections.length === 0 ? <p className="muted">{t('editor.noSections')}</p> : null}
      </form>
      <CheckPanel review={review} canSubmit={report.abilities.submit} submitting={submitting} submitError={submitError}
        onReview={() => void runReview()} onSubmit={() => void submit()} />
      {report.abilities.importFile ? (
        <ImportPanel reportId={report.id}
          prepare={async () => {
            // The import replaces sections from the server's copy: anything not yet saved there (a failed
            // save, an amount that cannot be read) would be lost, so the import waits until it is.
            const saved = await flush();
            const now = current();
            return saved && now.status.kind !== 'conflict' && now.status.kind !== 'stopped' ? now.report.version : null;
          }}
          onImported={(result) => { apply({ type: 'loaded', report: result.report }); setReview({ kind: 'none' }); }} />
      ) : null}
      {/* A comment changes neither the content nor its version: only the conversation is taken from the answer. */}
      <Conversation report={{ ...report, comments: talk ?? report.comments }} onChanged={(next) => setTalk(next.comments)} />
    </div>
  );
}
