import { useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { reportsApi } from '../../api/endpoints.js';
import type { ImportPreview, ImportResult, ImportWarning } from '../../api/types.js';
import { Dialog } from '../../components/Dialog.js';
import { describedBy } from '../../components/Field.js';
import { EntryCodeCells, EntryCodeHeads } from '../../components/EntryCells.js';
import { ErrorAlert, TableWrap } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { bytesToBase64 } from '../../lib/base64.js';
import { periodLabel } from '../../lib/labels.js';
import { figuresText, placeText } from './import-figures.js';

interface Props {
  reportId: number;
  /** Saves what is unsaved and returns the version to import on top of, or null when that failed. */
  prepare: () => Promise<number | null>;
  onImported: (result: ImportResult) => void;
}

const MAX_BYTES = 10 * 1024 * 1024;

/** The file as read: what the preview compared, and the same bytes to send with the import. */
interface Read {
  preview: ImportPreview;
  contentBase64: string;
}

/**
 * Reads an old report (.txt, .pdf, .docx) into this draft, replacing its period and projects: the
 * server reads the file first and says what it would replace; the import, once confirmed, sends the
 * same bytes with the preview's digest, so exactly the file shown is read in.
 */
export function ImportPanel({ reportId, prepare, onImported }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [read, setRead] = useState<Read | null>(null);
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<ImportWarning[] | null>(null);

  const readFile = async () => {
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
    setError(null);
    setWarnings(null);
    setBusy('reading');
    try {
      // The preview compares with what the server holds: what is typed but unsaved goes there first.
      if ((await prepare()) === null) throw new ApiError(0, 'not_saved', t('import.notSaved'));
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const preview = await reportsApi.previewImport(reportId, { fileName: file.name, contentBase64 });
      setRead({ preview, contentBase64 });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
    } finally {
      setBusy(null);
    }
  };

  const run = async () => {
    if (!read) return;
    setBusy('importing');
    setError(null);
    try {
      const version = await prepare();
      if (version === null) throw new ApiError(0, 'not_saved', t('import.notSaved'));
      const { preview, contentBase64 } = read;
      const result = await reportsApi.import(reportId, { version, fileName: preview.fileName, contentBase64, digest: preview.digest });
      setWarnings(result.warnings);
      setRead(null);
      onImported(result);
    } catch (caught) {
      setRead(null);
      setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
    } finally {
      setBusy(null);
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
      <button type="button" id="import-button" className="button" onClick={() => void readFile()} disabled={busy !== null}>{t('import.run')}</button>
      <div role="status">
        {busy === 'reading' ? <p>{t('import.reading')}</p> : null}
        {busy === 'importing' ? <p>{t('import.busy')}</p> : null}
        {warnings !== null ? (
          <div className="alert alert--success">
            <p>{t('import.done', { count: warnings.length })}</p>
            {warnings.length > 0 ? <WarningList warnings={warnings} /> : null}
          </div>
        ) : null}
      </div>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <Dialog open={read !== null} id="import-dialog" title={t('import.confirmTitle')} onClose={() => setRead(null)}>
        {read ? <PreviewText preview={read.preview} /> : null}
        <div className="button-row">
          <button type="button" className="button button--primary" data-autofocus onClick={() => void run()} disabled={busy !== null}>
            {t('import.confirm')}
          </button>
          <button type="button" className="button" onClick={() => setRead(null)}>{t('common.cancel')}</button>
        </div>
      </Dialog>
    </section>
  );
}

function WarningList({ warnings }: { warnings: readonly ImportWarning[] }) {
  const { t } = useI18n();
  const at = (w: ImportWarning) => {
    if (w.line === undefined) return '';
    return `${w.page === undefined ? t('import.line', { line: w.line }) : t('import.pageLineAt', { page: w.page, line: w.line })} `;
  };
  return <ul>{warnings.map((w, i) => <li key={i}>{at(w)}{w.message}</li>)}</ul>;
}

/** What the file would replace: the period, each project now and from the file, and the reader's warnings. */
function PreviewText({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const { current, incoming } = preview.accrualPeriod;
  const samePeriod = current.from === incoming.from && current.to === incoming.to;
  return (
    <>
      <p>{t('import.confirmText', { file: preview.fileName })}</p>
      <p>{samePeriod
        ? t('import.periodSame', { period: periodLabel(current) })
        : t('import.period', { current: periodLabel(current), incoming: periodLabel(incoming) })}</p>
      <TableWrap label={t('import.table')}>
        <table className="table table--preview">
          <caption className="visually-hidden">{t('import.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.project')}</th>
              <th scope="col">{t('import.now')}</th>
              <th scope="col">{t('import.incoming')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.projects.map((p) => (
              <tr key={p.sectionId}>
                <th scope="row">{t('project.heading', { number: p.number, name: p.name })}</th>
                <td>{figuresText(p.current, t)}</td>
                <td>{p.incoming ? figuresText(p.incoming, t) : <span className="muted">{t('import.notInFile')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <FileEntries preview={preview} />
      {preview.warnings.length > 0 ? (
        <>
          <h3 className="dialog__subtitle">{t('import.warnings', { count: preview.warnings.length })}</h3>
          <WarningList warnings={preview.warnings} />
        </>
      ) : null}
    </>
  );
}

/**
 * Each amount the file brings, project by project, with where it stands in the file (a PDF's page
 * and line, a text file's line), so that a person can check every amount against the file. A Word
 * file has no such place, and its table has no such column.
 */
function FileEntries({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const projects = preview.projects.flatMap((p) => (p.incoming && p.incoming.entries.length > 0 ? [{ ...p, incoming: p.incoming }] : []));
  if (projects.length === 0) return null;
  const placed = projects.some((p) => p.incoming.heading !== null || p.incoming.entries.some((e) => e.place !== null));
  const columns = placed ? 5 : 4;
  return (
    <TableWrap label={t('import.entries')}>
      <table className="table table--preview">
        <caption className="visually-hidden">{t('import.entries')}</caption>
        <thead>
          <tr>
            <EntryCodeHeads />
            {placed ? <th scope="col">{t('import.place')}</th> : null}
          </tr>
        </thead>
        {projects.map((p) => (
          <tbody key={p.sectionId}>
            <tr className="row--group">
              <th scope="rowgroup" colSpan={columns}>
                {t('project.heading', { number: p.number, name: p.name })}
                {p.incoming.heading ? <>{' '}<span className="muted">({t('import.headingAt', { place: placeText(p.incoming.heading, t) })})</span></> : null}
              </th>
            </tr>
            {p.incoming.entries.map((e, i) => (
              <tr key={i}>
                <EntryCodeCells entry={e} />
                {placed ? <td className="nowrap">{e.place ? placeText(e.place, t) : null}</td> : null}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableWrap>
  );
}
