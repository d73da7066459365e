import { useI18n } from '../../i18n/I18nProvider.js';
import { fieldIdCandidates } from '../../lib/field-ids.js';
import type { EditorState } from './editor-state.js';
import { focusPath } from './focus-field.js';
import { saveStatusText } from './save-status-text.js';

/** The save status as words in a polite live region ("Sparat 12:03", "Sparar …", "Ej sparat – fel"). */
export function SaveStatus({ state, backupOk, onRetry }: { state: EditorState; backupOk: boolean; onRetry: () => void }) {
  const { t } = useI18n();
  const { text, tone } = saveStatusText(state, t);
  return (
    <div className="save-status-wrap">
      <p id="save-status" tabIndex={-1} role="status" aria-live="polite" className={`save-status save-status--${tone}`}>{text}</p>
      {state.status.kind === 'error' && state.status.field ? (
        <a href={`#${fieldIdCandidates(state.status.field)[0] ?? ''}`} onClick={(event) => {
          if (state.status.kind === 'error' && state.status.field && focusPath(state.status.field)) event.preventDefault();
        }}>{t('save.toField')}</a>
      ) : null}
      {state.status.kind === 'error' ? (
        <button type="button" className="button button--small" onClick={onRetry}>{t('save.retry')}</button>
      ) : null}
      {!backupOk ? <p className="save-status save-status--warning">{t('save.noBackup')}</p> : null}
    </div>
  );
}
