import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.js';
import type { CheckIssue, Section } from '../../api/types.js';
import { Dialog } from '../../components/Dialog.js';
import { TextAreaField } from '../../components/Field.js';
import { ErrorAlert } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** What the user wrote in the dialog. */
export interface TransitionInput {
  reason: string;
  sectionReasons: { sectionId: number; reason: string }[];
}

interface Props {
  open: boolean;
  id: string;
  title: string;
  intro: string;
  confirmLabel: string;
  needsReason?: boolean;
  /** Sections that may each get their own reason (returning a report). */
  sections?: readonly Section[];
  reportId: number;
  onConfirm: (input: TransitionInput) => Promise<void>;
  onClose: () => void;
}

function issuesOf(error: ApiError): CheckIssue[] {
  const issues = error.details.issues;
  return Array.isArray(issues) ? issues.filter((i): i is CheckIssue => typeof i === 'object' && i !== null && 'message' in i) : [];
}

/** A confirmation of a workflow step, with a reason where the step needs one. */
export function TransitionDialog({ open, id, title, intro, confirmLabel, needsReason, sections, reportId, onConfirm, onClose }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [sectionReasons, setSectionReasons] = useState<Record<number, string>>({});
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setSectionReasons({});
    setReasonError(null);
    setError(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // On a return, a reason for one project is reason enough; the general one may then be left out.
    const projectReason = Object.values(sectionReasons).some((text) => text.trim() !== '');
    if (needsReason && reason.trim() === '' && !projectReason) {
      setReasonError(t(sections && sections.length > 0 ? 'transition.reasonMissingAny' : 'transition.reasonMissing'));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onConfirm({
        reason: reason.trim(),
        sectionReasons: Object.entries(sectionReasons)
          .filter(([, text]) => text.trim() !== '')
          .map(([sectionId, text]) => ({ sectionId: Number(sectionId), reason: text.trim() })),
      });
      close();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'internal', t('common.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  const issues = error ? issuesOf(error) : [];
  return (
    <Dialog open={open} id={id} title={title} onClose={close}>
      <form onSubmit={submit} noValidate className="form">
        <p>{intro}</p>
        {error ? (
          <ErrorAlert>
            <p>{error.field === 'reason' ? t('transition.reasonMissing') : error.message}</p>
            {issues.length > 0 ? (
              <>
                <ul>{issues.map((issue, i) => <li key={i}>{issue.message}</li>)}</ul>
                <p><Link to={`/rapporter/${reportId}/redigera`}>{t('transition.openEditor')}</Link></p>
              </>
            ) : null}
          </ErrorAlert>
        ) : null}
        {needsReason ? (
          <TextAreaField id={`${id}-reason`} label={t('transition.reason')} value={reason} onChange={setReason}
            error={reasonError} required={!sections || sections.length === 0} rows={4} className="field--wide" />
        ) : null}
        {sections && sections.length > 0 ? (
          <fieldset className="fieldset">
            <legend>{t('transition.sectionReasons')}</legend>
            <p className="field__hint">{t('transition.sectionReasonsHint')}</p>
            {sections.map((s) => (
              <TextAreaField key={s.id} id={`${id}-section-${s.id}`} rows={2}
                label={t('transition.sectionReason', { number: s.number, name: s.name })}
                value={sectionReasons[s.id] ?? ''} onChange={(v) => setSectionReasons((r) => ({ ...r, [s.id]: v }))} />
            ))}
          </fieldset>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>{confirmLabel}</button>
          <button type="button" className="button" onClick={close}>{t('common.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
