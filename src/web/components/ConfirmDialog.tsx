import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { Dialog } from './Dialog.js';
import { ErrorAlert } from './Messages.js';

interface Props {
  open: boolean;
  id: string;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** "Are you sure?" for a step that changes much (opening a round creates every committee's draft). */
export function ConfirmDialog({ open, id, title, text, confirmLabel, onConfirm, onClose }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} id={id} title={title} onClose={close}>
      <p>{text}</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="button-row">
        <button type="button" className="button button--primary" data-autofocus disabled={busy} onClick={() => void confirm()}>{confirmLabel}</button>
        <button type="button" className="button" onClick={close}>{t('common.cancel')}</button>
      </div>
    </Dialog>
  );
}
