import { useI18n } from '../i18n/I18nProvider.js';

/**
 * A form's buttons in the order every dialog uses: the primary action first, then "Avbryt" when the
 * form can be left (in a dialog). One save button per form.
 */
export function FormButtons({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel?: (() => void) | undefined }) {
  const { t } = useI18n();
  return (
    <div className="button-row">
      <button type="submit" className="button button--primary" disabled={busy}>{submitLabel}</button>
      {onCancel ? <button type="button" className="button" onClick={onCancel}>{t('common.cancel')}</button> : null}
    </div>
  );
}
