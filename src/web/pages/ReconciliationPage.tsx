import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatSek } from '../../domain/money.js';
import { ApiError } from '../api/client.js';
import { financeApi } from '../api/endpoints.js';
import type { Reconciliation } from '../api/types.js';
import { DataTable } from '../components/DataTable.js';
import { Dialog } from '../components/Dialog.js';
import { TextAreaField } from '../components/Field.js';
import { ErrorAlert, Loading, Notice } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDateTime } from '../lib/dates.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { NotFoundPage } from './NotFoundPage.js';

type Line = Reconciliation['lines'][number];

/** /avstamningar/:id — a reconciliation's worklist: lines, explanations of differences, sign-offs, downloads. */
export function ReconciliationPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const loaded = useLoad(() => financeApi.reconciliation(id), [id]);
  const [view, setView] = useState<Reconciliation | null>(null);
  const [explaining, setExplaining] = useState<Line | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const data = view ?? loaded.data;
  usePageTitle(data ? t('reconciliation.title', { round: data.round, date: data.closingDate }) : t('finance.reconciliation'));
  if (!Number.isInteger(id) || id <= 0 || loaded.error?.status === 404) return <NotFoundPage />;
  if (loaded.error) return <><h1>{t('finance.reconciliation')}</h1><ErrorAlert>{loaded.error.message}</ErrorAlert></>;
  if (!data) return <Loading />;

  const noteOf = (l: Line) => data.notes.find((n) => n.counterparty === l.counterparty && n.project === l.project);
  const sign = async () => {
    setError(null);
    try {
      setView(await financeApi.signOff(id));
      setMessage(t('reconciliation.signed'));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
    }
  };
  const { summary } = data;
  return (
    <>
      <p className="breadcrumb"><Link to={`/ekonomi/${data.round}`}>{t('reconciliation.back', { round: data.round })}</Link></p>
      <h1>{t('reconciliation.title', { round: data.round, date: data.closingDate })}</h1>
      <dl className="facts">
        <div><dt>{t('reconciliation.file')}</dt><dd>{data.bookedFileName}</dd></div>
        <div><dt>{t('reconciliation.made')}</dt><dd>{formatDateTime(data.createdAt)}, {data.createdBy}</dd></div>
        <div><dt>{t('reconciliation.status.matched')}</dt><dd>{summary.matched}</dd></div>
        <div><dt>{t('reconciliation.status.differs')}</dt><dd>{summary.differs}</dd></div>
        <div><dt>{t('reconciliation.status.only_reported')}</dt><dd>{summary.onlyReported}</dd></div>
        <div><dt>{t('reconciliation.status.only_booked')}</dt><dd>{summary.onlyBooked}</dd></div>
      </dl>
      {data.stale ? (
        <div className="alert alert--warning" role="status">
          <h2>{t('reconciliation.stale')}</h2>
          <p>{t('reconciliation.staleIntro')}</p>
          <ul>{data.staleReasons.map((r) => <li key={r}>{r}</li>)}</ul>
        </div>
      ) : null}
      {data.warnings.length > 0 ? (
        <Notice tone="warning">
          <strong>{t('reconciliation.warnings')}</strong>
          <ul>{data.warnings.map((w) => <li key={`${w.line}${w.message}`}>{w.message}</li>)}</ul>
        </Notice>
      ) : null}
      {message ? <Notice tone="success">{message}</Notice> : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <p className="download-row">
        <span>{t('finance.downloads')}:</span>
        {(['pdf', 'xlsx', 'csv'] as const).map((f) => (
          <a key={f} className="button button--small" href={financeApi.reconciliationUrl(id, f)} download>{f.toUpperCase()}</a>
        ))}
      </p>
      <DataTable label={t('reconciliation.lines')} columns={[
        { label: t('reconciliation.counterparty') }, { label: t('reconciliation.project') }, { label: t('reconciliation.reported'), className: 'num' },
        { label: t('reconciliation.booked'), className: 'num' }, { label: t('reconciliation.difference'), className: 'num' },
        { label: t('reconciliation.status') }, { label: t('reconciliation.note') }, 'actions',
      ]}>
        {data.lines.map((l) => {
          const note = noteOf(l);
          return (
            <tr key={`${l.counterparty}/${l.project}`} className={l.status === 'matched' ? undefined : 'row--late'}>
              <th scope="row">{l.counterparty}</th>
              <td className="nowrap">{l.project}</td>
              <td className="num nowrap">{formatSek(l.reportedOre)}</td>
              <td className="num nowrap">{formatSek(l.bookedOre)}</td>
              <td className="num nowrap">{formatSek(l.differenceOre)}</td>
              <td>{t(`reconciliation.status.${l.status}`)}</td>
              <td>{note ? <><strong>{t(`reconciliation.resolved.${note.resolution}`)}:</strong> {note.body} <span className="muted">({note.by})</span></> : null}</td>
              <td className="actions-cell">
                {l.status !== 'matched' && data.abilities.annotate ? (
                  <button type="button" className="button button--small" onClick={() => setExplaining(l)}>
                    {t('reconciliation.explain')}<span className="visually-hidden"> {l.project}</span>
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </DataTable>
      <section aria-labelledby="signoff-heading">
        <h2 id="signoff-heading">{t('reconciliation.signoffs')}</h2>
        {data.signoffs.length === 0 ? <p>{t('reconciliation.noSignoffs')}</p> : (
          <ul className="plain-list">
            {data.signoffs.map((s) => <li key={s.party}>{t('reconciliation.signedBy', { party: s.partyName, name: s.by, at: formatDateTime(s.at) })}</li>)}
          </ul>
        )}
        {data.committees.length > 0 ? (
          <p>{t('reconciliation.committeesSigned')}: {data.committees.map((c) => `${c.name} (${t(c.signed ? 'reconciliation.committeeSigned' : 'reconciliation.committeeNotSigned')})`).join(', ')}</p>
        ) : null}
        <div className="button-row">
          {data.abilities.signOffCentral ? <button type="button" className="button button--primary" onClick={() => void sign()}>{t('reconciliation.signCentral')}</button> : null}
          {data.abilities.signOffCommittee ? <button type="button" className="button button--primary" onClick={() => void sign()}>{t('reconciliation.signCommittee')}</button> : null}
        </div>
      </section>
      <ExplainDialog key={explaining ? `${explaining.counterparty}/${explaining.project}` : 'none'} line={explaining} existing={explaining ? noteOf(explaining) : undefined} onClose={() => setExplaining(null)}
        onSave={async (resolution, body) => {
          if (!explaining) return;
          setView(await financeApi.annotate(id, { counterparty: explaining.counterparty, project: explaining.project, resolution, body }));
          setExplaining(null);
        }} />
    </>
  );
}

function ExplainDialog({ line, existing, onClose, onSave }: {
  line: Line | null;
  existing: Reconciliation['notes'][number] | undefined;
  onClose: () => void;
  onSave: (resolution: 'explained' | 'corrected', body: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [resolution, setResolution] = useState<'explained' | 'corrected'>(existing?.resolution ?? 'explained');
  const [body, setBody] = useState(existing?.body ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(resolution, body);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={line !== null} id="explain-dialog" title={line ? t('reconciliation.explainTitle', { project: line.project }) : ''} onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <fieldset className="field">
          <legend>{t('reconciliation.resolution')}</legend>
          {(['explained', 'corrected'] as const).map((r) => (
            <label key={r} className="radio">
              <input type="radio" name="resolution" value={r} checked={resolution === r} onChange={() => setResolution(r)} /> {t(`reconciliation.${r}`)}
            </label>
          ))}
        </fieldset>
        <TextAreaField id="explain-body" label={t('reconciliation.body')} value={body} onChange={setBody} required />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>{t('reconciliation.save')}</button>
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
