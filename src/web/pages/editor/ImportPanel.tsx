import { useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { reportsApi } from '../../api/endpoints.js';
import type { ImportResult, ImportWarning } from '../../api/types.js';
import { Dialog } from '../../components/Dialog.js';
import { describedBy } from '../../components/Field.js';
import { ErrorAlert } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { bytesToBase64 } from '../../lib/base64.js';

interface Props {
  reportId: number;
  /** Saves what is unsaved and returns the version to import on top of, or null when that failed. */
  prepare: () => Promise<number | null>;
  onImported: (result: ImportResult) => void;
}

const MAX_BYTES = 10 * 1024 * 1024;

/** Reads an old report (.txt, .pdf, .docx) into this draft, replacing its period and projects. */
export function ImportPanel({ reportId, prepare, onImported }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<ImportWarning[] | null>(null);

  const ask = () => {
    if (!file) {
      setFileError(t('import.noFile'));
      input.current?.focus();
      return;
    }
    if (file.size > MAX_BYTES) {
      setFileError(t('import.tooLarge'));
      input.current?.focus();
      return;
    }
    setFileError(null);
    setConfirming(true);
  };

  const run = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setWarnings(null);
    try {
      const version = await prepare();
      if (version === null) throw new ApiError(0, 'not_saved', t('import.notSaved'));
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const result = await reportsApi.import(reportId, { version, fileName: file.name, contentBase64 });
      setWarnings(result.warnings);
      setConfirming(false);
      onImported(result);
    } catch (caught) {
      setConfirming(false);
      setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <div className={`field${fileError ? ' field--error' : ''}`}>
        <label htmlFor="import-file">{t('import.file')}</label>
        <input ref={input} id="import-file" type="file" accept=".txt,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={fileError ? true : undefined} aria-describedby={describedBy('import-file', { error: fileError })}
          onChange={(e) => { setFile(e.target.files?.[0] ?? null); setFileError(null); }} />
        {fileError ? <p id="import-file-error" className="field__error">{fileError}</p> : null}
      </div>
      <button type="button" id="import-button" className="button" onClick={ask} disabled={busy}>{t('import.run')}</button>
      <div role="status">
        {busy ? <p>{t('import.busy')}</p> : null}
        {warnings !== null ? (
          <div className="alert alert--success">
            <p>{t('import.done', { count: warnings.length })}</p>
            {warnings.length > 0 ? (
              <ul>{warnings.map((w, i) => <li key={i}>{w.line ? t('import.line', { line: w.line }) + ' ' : ''}{w.message}</li>)}</ul>
            ) : null}
          </div>
        ) : null}
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <Dialog open={confirming} id="import-dialog" title={t('import.confirmTitle')} onClose={() => setConfirming(false)}>
        <p>{t('import.confirmText', { file: file?.name ?? '' })}</p>
        <div className="button-row">
          <button type="button" className="button button--primary" data-autofocus onClick={() => void run()} disabled={busy}>
            {t('import.confirm')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
        </div>
      </Dialog>
    </section>
  );
}
