import { useI18n } from '../../i18n/I18nProvider.js';

interface Props {
  /** The live region's id; its button is `${id}-button`. */
  id: string;
  /** What happened ("Rad 2 i projekt 1 är borttagen."), or null while there is nothing to say. */
  message: string | null;
  /** Takes it back; without it the message stands alone (after the undo). */
  onUndo?: () => void;
  /** What "Ångra" takes back, for screen readers ("borttagningen av rad 2 i projekt 1"). */
  what?: string;
}

/**
 * Says what a removal or copy did, with "Ångra" beside it. The live region is on the page before
 * anything is said in it, so that screen readers announce the message when it comes.
 */
export function UndoStatus({ id, message, onUndo, what }: Props) {
  const { t } = useI18n();
  return (
    <div id={id} role="status" className="undo-status">
      {message ? (
        <p className="undo-status__message">
          {message}{' '}
          {onUndo ? (
            <button type="button" id={`${id}-button`} className="button button--small" onClick={onUndo}>
              {t('undo.undo')}{what ? <span className="visually-hidden"> {what}</span> : null}
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
