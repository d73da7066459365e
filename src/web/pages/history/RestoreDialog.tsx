import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { reportsApi } from '../../api/endpoints.js';
import type { Report } from '../../api/types.js';
import { ChangeList } from '../../components/ChangeList.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert, Loading } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useLoad } from '../../lib/use-load.js';

interface Props {
  reportId: number;
  /** The report's version now, which the restore starts from. */
  currentVersion: number;
  /** The version to restore; null while the dialog is closed. */
  version: number | null;
  onRestored: (report: Report, version: number) => void;
  onClose: () => void;
}

/**
 * "Återställ version N?": says what will change — each field as it is now and as it will be — and
 * that nothing is lost (the restore is a new version; the present one stays in the history).
 */
export function RestoreDialog({ reportId, currentVersion, version, onRestored, onClose }: Props) {
  const { t } = useI18n();
  return (
    <Dialog open={version !== null} id="restore-dialog" title={t('history.restore.title', { version: version ?? '' })} onClose={onClose}>
      {version !== null ? (
        <RestoreForm reportId={reportId} currentVersion={currentVersion} version={version} onRestored={onRestored} onClose={onClose} />
      ) : null}
    </Dialog>
  );
}

function RestoreForm({ reportId, currentVersion, version, onRestored, onClose }: Props & { version: number }) {
  const { t } = useI18n();
  const preview = useLoad(() => reportsApi.version(reportId, version), [reportId, version]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      onRestored(await reportsApi.restore(reportId, { version: currentVersion, restoreVersion: version }), version);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
    } finally {
      setBusy(false);
    }
  };
  const changes = preview.data?.changes ?? [];
  return (
    <>
      <p>{t('history.restore.intro', { version, current: currentVersion })}</p>
      {preview.loading ? <Loading /> : null}
      {preview.error ? <ErrorAlert>{preview.error.message}</ErrorAlert> : null}
      {preview.data ? (
        changes.length === 0 ? <p>{t('history.restore.nothing')}</p> : (
          <>
            <h3 id="restore-changes-heading" className="dialog__subtitle">{t('history.restore.changes', { count: changes.length })}</h3>
            <div className="restore-changes" role="region" aria-labelledby="restore-changes-heading" tabIndex={0}>
              <ChangeList changes={changes} />
            </div>
          </>
        )
      ) : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={busy || changes.length === 0} onClick={() => void restore()}>
          {t('history.restore.confirm', { version })}
        </button>
        {/* Focus starts on the way out: the restore replaces what the report holds now. */}
        <button type="button" className="button" data-autofocus onClick={onClose}>{t('common.cancel')}</button>
      </div>
    </>
  );
}
