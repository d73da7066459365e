import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { roundsApi } from '../../api/endpoints.js';
import type { ReminderResult } from '../../api/types.js';
import { Dialog } from '../../components/Dialog.js';
import { TextAreaField } from '../../components/Field.js';
import { ErrorAlert } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Whom a reminder goes to: one committee, or every one not handed in. */
export type RemindTarget = { committeeId: number; committeeName: string } | { committeeId: null; committeeNames: readonly string[] };

interface Props {
  roundId: number;
  target: RemindTarget | null;
  /** The message the form starts from: the round and its deadline. */
  initialMessage: string;
  onSent: (result: ReminderResult) => void;
  /** The server refused (e.g. the committee handed in meanwhile): the overview may have changed. */
  onRefused: () => void;
  onClose: () => void;
}

/** "Påminn": the controller's message to a committee's (or every late committee's) reporters and approvers, editable before it goes. */
export function RemindDialog({ roundId, target, initialMessage, onSent, onRefused, onClose }: Props) {
  const { t } = useI18n();
  const title = target === null ? '' : target.committeeId === null ? t('overview.remindAllTitle') : t('overview.remindTitle', { committee: target.committeeName });
  return (
    <Dialog open={target !== null} id="remind-dialog" title={title} onClose={onClose}>
      {target ? <RemindForm roundId={roundId} target={target} initialMessage={initialMessage} onSent={onSent} onRefused={onRefused} onClose={onClose} /> : null}
    </Dialog>
  );
}

// Mounted each time the dialog opens, so the message starts from the prefilled text again.
function RemindForm({ roundId, target, initialMessage, onSent, onRefused, onClose }: Props & { target: RemindTarget }) {
  const { t } = useI18n();
  const [message, setMessage] = useState(initialMessage);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (message.trim() === '') {
      setFieldError(t('overview.remindMissing'));
      document.getElementById('remind-message')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await roundsApi.remind(roundId, { committeeId: target.committeeId, message });
      onSent(result);
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError && caught.field === 'message') setFieldError(caught.message);
      else setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
      if (caught instanceof ApiError && caught.status === 409) onRefused();
    } finally {
      setBusy(false);
    }
  };

  const who = target.committeeId === null ? target.committeeNames.join(', ') : target.committeeName;
  return (
    <form onSubmit={submit} noValidate className="form">
      <p>{t('overview.remindIntro', { committees: who })}</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <TextAreaField id="remind-message" label={t('overview.remindMessage')} value={message} onChange={setMessage}
        error={fieldError} required rows={6} className="field--wide" />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>{t('overview.remindSend')}</button>
        <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
