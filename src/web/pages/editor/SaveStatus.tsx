import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../lib/dates.js';
import { isDirty, type EditorState } from './editor-state.js';

/** The save status as words in a polite live region ("Sparat 12:03", "Sparar…", "Ej sparat – fel"). */
export function SaveStatus({ state, backupOk, onRetry }: { state: EditorState; backupOk: boolean; onRetry: () => void }) {
  const { t } = useI18n();
  const { status } = state;
  const dirty = isDirty(state);
  let text: string;
  let tone = 'ok';
  switch (status.kind) {
    case 'saving':
      text = t('save.saving');
      break;
    case 'error':
      text = t('save.error', { message: status.message });
      tone = 'error';
      break;
    case 'conflict':
      text = t('save.conflict');
      tone = 'error';
      break;
    case 'stopped':
      text = t('save.stopped', { message: status.message });
      tone = 'error';
      break;
    case 'saved':
      if (dirty) text = t('save.pending');
      else if (status.heldBack > 0) {
        text = t('save.heldBack', { time: formatTime(status.at), count: status.heldBack });
        tone = 'warning';
      } else text = t('save.saved', { time: formatTime(status.at) });
      break;
    default:
      text = dirty ? t('save.pending') : t('save.idle');
  }
  return (
    <div className="save-status-wrap">
      <p id="save-status" role="status" aria-live="polite" className={`save-status save-status--${tone}`}>{text}</p>
      {status.kind === 'error' ? (
        <button type="button" className="button button--small" onClick={onRetry}>{t('save.retry')}</button>
      ) : null}
      {!backupOk ? <p className="save-status save-status--warning">{t('save.noBackup')}</p> : null}
    </div>
  );
}
