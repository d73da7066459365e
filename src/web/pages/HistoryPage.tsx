import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { reportsApi } from '../api/endpoints.js';
import type { HistoryEntry } from '../api/types.js';
import { ChangeList } from '../components/ChangeList.js';
import { LoadState } from '../components/DataTable.js';
import { Notice } from '../components/Messages.js';
import { HISTORY_KINDS, type HistoryKind } from '../../domain/history.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/translate.js';
import { formatDateTime, formatTime } from '../lib/dates.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { NotFoundPage } from './NotFoundPage.js';
import { RestoreDialog } from './history/RestoreDialog.js';

// The filter in the address, in Swedish like the app's other addresses (/rapporter/1/historik?visa=kommentarer).
const KIND_PARAMS: Readonly<Record<HistoryKind, string>> = { edit: 'andringar', workflow: 'arbetsflode', comment: 'kommentarer' };
const KIND_LABELS: Readonly<Record<HistoryKind, MessageKey>> = { edit: 'history.kind.edit', workflow: 'history.kind.workflow', comment: 'history.kind.comment' };

/**
 * /rapporter/:id/historik — who did what, when and why, newest first: a person's autosaves are one
 * entry with their combined change, texts show their changed words; filter by kind; restore an
 * earlier version (the committee, while the report is open for changes).
 */
export function HistoryPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  // The chosen kind is the page's own state, set in the click itself, and the address follows it:
  // the router updates the address in a transition, and a controlled radio waiting for that render
  // would spring back unchecked in between (on a busy machine, long enough to be clicked again).
  const inAddress = HISTORY_KINDS.find((k) => KIND_PARAMS[k] === params.get('visa')) ?? null;
  const [kind, setKind] = useState<HistoryKind | null>(inAddress);
  useEffect(() => setKind(inAddress), [inAddress]);
  const history = useLoad(() => reportsApi.history(id), [id]);
  const report = useLoad(() => reportsApi.get(id), [id]);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [restored, setRestored] = useState<number | null>(null);
  // After a restore its button may be gone (that version is now the report's): the focus goes to
  // the notice saying it is done, once the history has been read again.
  const notice = useRef<HTMLDivElement>(null);
  const announce = useRef<'no' | 'asked' | 'loading'>('no');
  useEffect(() => {
    if (announce.current === 'asked' && history.loading) announce.current = 'loading';
    if (announce.current !== 'loading' || history.loading) return;
    announce.current = 'no';
    notice.current?.focus();
  }, [history.loading]);
  usePageTitle(t('history.title'));
  if (history.error?.status === 404 || report.error?.status === 404) return <NotFoundPage />;

  const all = history.data?.entries ?? [];
  const shown = kind === null ? all : all.filter((e) => e.kind === kind);
  const count = (k: HistoryKind | null) => (k === null ? all.length : all.filter((e) => e.kind === k).length);
  const choose = (k: HistoryKind | null) => {
    setKind(k);
    const next = new URLSearchParams(params);
    if (k === null) next.delete('visa');
    else next.set('visa', KIND_PARAMS[k]);
    setParams(next, { replace: true });
  };
  const mayRestore = history.data?.mayRestore ?? false;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">{t('nav.reports')}</Link> › <Link to={`/rapporter/${id}`}>{report.data?.committee ?? t('report.title')}</Link>
      </p>
      <h1>{t('history.title')}{report.data ? <span className="h1-sub"> {report.data.committee}</span> : null}</h1>
      <p className="lead">{t('history.intro')}</p>
      {restored !== null ? (
        <div ref={notice} tabIndex={-1}><Notice tone="success">{t('history.restore.done', { version: restored })}</Notice></div>
      ) : null}
      <LoadState load={history} isEmpty={all.length === 0} empty={t('history.empty')} />
      {all.length > 0 ? (
        <>
          <fieldset className="history-filter">
            <legend>{t('history.filter')}</legend>
            {[null, ...HISTORY_KINDS].map((k) => (
              <label key={k ?? 'all'} className="history-filter__option">
                <input type="radio" name="history-kind" checked={kind === k} onChange={() => choose(k)} />
                {' '}{k === null ? t('history.kind.all') : t(KIND_LABELS[k])} <span className="muted">({count(k)})</span>
              </label>
            ))}
          </fieldset>
          <p role="status" className="history-count">{t('history.showing', { shown: shown.length, all: all.length })}</p>
          <ol className="history" aria-label={t('history.title')}>
            {shown.map((entry) => (
              <HistoryItem key={entry.id} entry={entry} onRestore={mayRestore && entry.restorable && entry.version !== null ? setRestoring : null} />
            ))}
          </ol>
        </>
      ) : null}
      {history.data ? (
        <RestoreDialog reportId={id} currentVersion={history.data.version} version={restoring}
          onClose={() => setRestoring(null)}
          onRestored={(next, version) => {
            setRestoring(null);
            setRestored(version);
            announce.current = 'asked';
            report.setData(next);
            history.reload();
          }} />
      ) : null}
    </>
  );
}

function HistoryItem({ entry, onRestore }: { entry: HistoryEntry; onRestore: ((version: number) => void) | null }) {
  const { t } = useI18n();
  const headingId = `history-${entry.id}`;
  return (
    <li className={`history-entry history-entry--${entry.kind}`}>
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="history-entry__title">
          {entry.actionName}
          {entry.eventCount > 1 ? <span className="history-entry__count"> {t('history.saves', { count: entry.eventCount })}</span> : null}
        </h2>
        <p className="history-entry__meta">
          <span>{when(entry)}</span>
          <span>{entry.actorLabel}{entry.ip ? <span className="muted"> ({entry.ip})</span> : null}</span>
          {entry.version !== null ? <span>{t('history.version', { version: entry.version })}</span> : null}
        </p>
        {entry.reason ? <p className="history-entry__reason"><strong>{t('history.reason')}:</strong> {entry.reason}</p> : null}
        {entry.comment ? (
          <blockquote className="history-entry__comment">
            {entry.comment.about ? <p className="muted">{t('conversation.about', { what: entry.comment.about })}</p> : null}
            <p>{entry.comment.body}</p>
          </blockquote>
        ) : null}
        {entry.changes.length > 0 ? <ChangeList changes={entry.changes} /> : null}
        {onRestore && entry.version !== null ? (
          <p className="history-entry__actions">
            <button type="button" className="button button--small" onClick={() => onRestore(entry.version ?? 0)}>
              {t('history.restore.open', { version: entry.version })}
            </button>
          </p>
        ) : null}
      </article>
    </li>
  );
}

// "2014-09-15 10:12", or for a sitting "2014-09-15 10:12–10:24" (the whole date again across midnight).
function when(entry: HistoryEntry): string {
  const end = formatDateTime(entry.occurredAt);
  if (entry.startedAt === entry.occurredAt) return end;
  const start = formatDateTime(entry.startedAt);
  return start.slice(0, 10) === end.slice(0, 10) ? `${start}–${formatTime(entry.occurredAt)}` : `${start} – ${end}`;
}
