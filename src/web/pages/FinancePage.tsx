import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatSek, sumOre } from '../../domain/money.js';
import { parseRoundCode, roundClosingDate } from '../../domain/period.js';
import { ApiError } from '../api/client.js';
import { financeApi, roundsApi } from '../api/endpoints.js';
import type { ExportBatch, Round, RoundFigures } from '../api/types.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { DataTable, LoadState } from '../components/DataTable.js';
import { describedBy, SelectField } from '../components/Field.js';
import { ErrorAlert, Notice } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { bytesToBase64 } from '../lib/base64.js';
import { formatDateTime } from '../lib/dates.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { useSession } from '../session/SessionProvider.js';

const MAX_BYTES = 10 * 1024 * 1024;
const amount = (ore: number | null) => (ore === null ? '–' : formatSek(ore));

/** /ekonomi/:round — grants against accruals, the SIE export, reconciliation and the city-wide report of a round. */
export function FinancePage() {
  const { t } = useI18n();
  const { round: code } = useParams();
  const navigate = useNavigate();
  const rounds = useLoad(() => roundsApi.list(), []);
  const list = [...(rounds.data?.rounds ?? [])].sort((a, b) => b.year - a.year || b.kind.localeCompare(a.kind));
  const codeOf = (r: Round) => `${r.year}-${r.kind}`;
  usePageTitle(t('finance.title', { round: code ?? '' }));

  // Without a round in the address, the newest round is the one people mean.
  useEffect(() => {
    const newest = list[0];
    if (!code && newest) void navigate(`/ekonomi/${codeOf(newest)}`, { replace: true });
  }, [code, list, navigate]);

  if (!code) {
    return <><h1>{t('nav.finance')}</h1><LoadState load={rounds} isEmpty={list.length === 0} empty={t('finance.noRounds')} /></>;
  }
  return (
    <>
      <h1>{t('finance.title', { round: code })}</h1>
      {list.length > 0 ? (
        <SelectField id="finance-round" label={t('finance.pickRound')} value={code}
          options={list.map((r) => ({ value: codeOf(r), label: `${t(`roundKind.${r.kind}`)} ${r.year} (${codeOf(r)})` }))}
          onChange={(value) => void navigate(`/ekonomi/${value}`)} />
      ) : null}
      <Figures code={code} />
      <ExportSection code={code} />
      <ReconciliationSection code={code} />
    </>
  );
}

function Figures({ code }: { code: string }) {
  const { t } = useI18n();
  const { abilities } = useSession();
  const figures = useLoad(() => financeApi.figures(code), [code]);
  const data: RoundFigures | null = figures.data;
  const all = data?.committees.flatMap((c) => c.projects) ?? [];
  const total = (key: 'grantOre' | 'accruedThisRoundOre' | 'yearToDateOre' | 'remainingOre') =>
    sumOre(all.map((p) => p[key]).filter((v): v is number => v !== null));
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('finance.figures')}</h2>
      <p className="muted">{t('finance.figuresIntro')}</p>
      {abilities.readCityReport || abilities.viewRoundOverview ? (
        <div className="download-row">
          <span>{t('finance.downloads')}:</span>
          {abilities.readCityReport ? (
            <>
              {(['pdf', 'docx', 'xlsx'] as const).map((f) => (
                <a key={f} className="button button--small" href={financeApi.cityReportUrl(code, f)} download>
                  {t('finance.cityReport')} ({f.toUpperCase()})
                </a>
              ))}
              {(['csv', 'xlsx'] as const).map((f) => (
                <a key={f} className="button button--small" href={financeApi.entriesUrl(code, f)} download>
                  {t('finance.entriesList')} ({f.toUpperCase()})
                </a>
              ))}
            </>
          ) : null}
          {abilities.viewRoundOverview ? (['csv', 'xlsx'] as const).map((f) => (
            <a key={f} className="button button--small" href={financeApi.overviewUrl(code, f)} download>
              {t('finance.overviewList')} ({f.toUpperCase()})
            </a>
          )) : null}
        </div>
      ) : null}
      <LoadState load={figures} isEmpty={false} />
      {data ? (
        <DataTable label={t('finance.figuresTable')} columns={[
          { label: t('finance.project') }, { label: t('finance.grant'), className: 'num' }, { label: t('finance.thisRound'), className: 'num' },
          { label: t('finance.yearToDate'), className: 'num' }, { label: t('finance.remaining'), className: 'num' },
        ]}>
          {data.committees.flatMap((c) => [
            <tr key={`c${c.committeeId}`} className="row--group">
              <th scope="rowgroup" colSpan={5}>
                {c.reportId !== null ? <Link to={`/rapporter/${c.reportId}`}>{c.committeeName}</Link> : c.committeeName}
                {' '}<span className="muted">{c.status === 'approved' ? c.statusName : t('finance.notApproved', { status: c.statusName })}</span>
              </th>
            </tr>,
            ...(c.projects.length === 0
              ? [<tr key={`e${c.committeeId}`}><td colSpan={5} className="muted">{t('finance.noProjects')}</td></tr>]
              : c.projects.map((p) => (
                <tr key={`p${p.projectId}`}>
                  <th scope="row"><span className="nowrap">{p.projectCode}</span> {p.name}</th>
                  <td className="num nowrap">{amount(p.grantOre)}</td>
                  <td className="num nowrap">{amount(p.accruedThisRoundOre)}</td>
                  <td className="num nowrap">{amount(p.yearToDateOre)}</td>
                  <td className={`num nowrap${p.remainingOre !== null && p.remainingOre < 0 ? ' amount--negative' : ''}`}>{amount(p.remainingOre)}</td>
                </tr>
              ))),
          ])}
          <tr className="row--total">
            <th scope="row">{t('finance.total')}</th>
            <td className="num nowrap">{formatSek(total('grantOre'))}</td>
            <td className="num nowrap">{formatSek(total('accruedThisRoundOre'))}</td>
            <td className="num nowrap">{formatSek(total('yearToDateOre'))}</td>
            <td className="num nowrap">{formatSek(total('remainingOre'))}</td>
          </tr>
        </DataTable>
      ) : null}
    </section>
  );
}

function ExportSection({ code }: { code: string }) {
  const { t } = useI18n();
  const { abilities } = useSession();
  const batches = useLoad(() => (abilities.exportLedger ? financeApi.exports(code) : Promise.resolve({ batches: [] })), [code, abilities.exportLedger]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [again, setAgain] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!abilities.exportLedger) return null;
  const done = (batch: ExportBatch) => {
    setMessage(t('finance.exported', { batch: batch.id, vouchers: batch.voucherCount, total: formatSek(batch.totalOre) }));
    batches.reload();
  };
  const run = async () => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      done(await financeApi.exportSie(code, { again: false }));
    } catch (caught) {
      // Already exported: the server says which batch; a person decides whether to book it again.
      if (caught instanceof ApiError && caught.status === 409 && caught.field === 'again') setAgain(caught.message);
      else setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
    } finally {
      setBusy(false);
    }
  };
  const list = batches.data?.batches ?? [];
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('finance.export')}</h2>
      <p className="muted">{t('finance.exportIntro', { date: closingDateOf(code) })}</p>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <p><button type="button" className="button button--primary" disabled={busy} onClick={() => void run()}>{t('finance.exportButton')}</button></p>
      <h3>{t('finance.batches')}</h3>
      <LoadState load={batches} isEmpty={list.length === 0} empty={t('finance.noBatches')} />
      {list.length > 0 ? (
        <DataTable label={t('finance.batches')} columns={[
          { label: t('finance.batch') }, { label: t('finance.createdAt') }, { label: t('finance.createdBy') },
          { label: t('finance.vouchers'), className: 'num' }, { label: t('finance.entries'), className: 'num' }, { label: t('finance.sum'), className: 'num' }, 'actions',
        ]}>
          {list.map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.id}{b.again ? ` (${t('finance.again')})` : ''}</th>
              <td className="nowrap">{formatDateTime(b.createdAt)}</td>
              <td>{b.createdBy}</td>
              <td className="num">{b.voucherCount}</td>
              <td className="num">{b.entryCount}</td>
              <td className="num nowrap">{formatSek(b.totalOre)}</td>
              <td className="actions-cell">
                <a className="button button--small" href={financeApi.exportFileUrl(b.id)} download={b.fileName}>
                  {t('finance.downloadBatch', { batch: b.id })}
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <ConfirmDialog open={again !== null} id="export-again-dialog" onClose={() => setAgain(null)}
        title={t('finance.againTitle')} text={again ?? ''} confirmLabel={t('finance.againConfirm')}
        onConfirm={async () => done(await financeApi.exportSie(code, { again: true }))} />
    </section>
  );
}

// The closing date follows from the round's code: T1 30 April, T2 31 August, VB 31 December.
function closingDateOf(code: string): string {
  const round = parseRoundCode(code);
  return round.ok ? roundClosingDate(round.value) : '';
}

function ReconciliationSection({ code }: { code: string }) {
  const { t } = useI18n();
  const { abilities } = useSession();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const list = useLoad(() => (abilities.readReconciliation ? financeApi.reconciliations(code) : Promise.resolve({ reconciliations: [] })), [code, abilities.readReconciliation]);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!abilities.readReconciliation) return null;
  const run = async () => {
    if (!file || file.size > MAX_BYTES) {
      setFileError(t(file ? 'finance.tooLarge' : 'finance.noFile'));
      input.current?.focus();
      return;
    }
    setFileError(null);
    setError(null);
    setBusy(true);
    try {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const made = await financeApi.reconcile(code, { fileName: file.name, contentBase64 });
      void navigate(`/avstamningar/${made.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common.unexpected'));
    } finally {
      setBusy(false);
    }
  };
  const items = list.data?.reconciliations ?? [];
  return (
    <section aria-labelledby="reconciliation-heading">
      <h2 id="reconciliation-heading">{t('finance.reconciliation')}</h2>
      {abilities.reconcile ? (
        <form className="form" onSubmit={(e) => { e.preventDefault(); void run(); }} noValidate>
          <p className="muted">{t('finance.reconcileIntro')}</p>
          {error ? <ErrorAlert>{error}</ErrorAlert> : null}
          <div className={`field${fileError ? ' field--error' : ''}`}>
            <label htmlFor="booked-file">{t('finance.bookedFile')}</label>
            {fileError ? <p id="booked-file-error" className="field__error">{fileError}</p> : null}
            <input ref={input} id="booked-file" type="file" accept=".csv,.txt,.se,.si,.sie,text/csv"
              aria-invalid={fileError ? true : undefined} aria-describedby={describedBy('booked-file', { error: fileError })}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <p><button type="submit" className="button button--primary" disabled={busy}>{t('finance.reconcileButton')}</button></p>
        </form>
      ) : null}
      <h3>{t('finance.reconciliations')}</h3>
      <LoadState load={list} isEmpty={items.length === 0} empty={t('finance.noReconciliations')} />
      {items.length > 0 ? (
        <ul className="plain-list">
          {items.map((r) => (
            <li key={r.id}>
              <Link to={`/avstamningar/${r.id}`}>{t('finance.open', { id: r.id })}</Link>
              {' '}<span className="muted">{formatDateTime(r.createdAt)}, {r.createdBy}, {r.bookedFileName}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
