import { Link, useParams } from 'react-router';
import { reportsApi } from '../api/endpoints.js';
import { DataTable, LoadState } from '../components/DataTable.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDateTime } from '../lib/dates.js';
import { formatValue } from '../lib/values.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { NotFoundPage } from './NotFoundPage.js';

/** /rapporter/:id/historik — the audit trail: when, who, what, why, and what changed. */
export function HistoryPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const history = useLoad(() => reportsApi.history(id), [id]);
  const report = useLoad(() => reportsApi.get(id), [id]);
  usePageTitle(t('history.title'));
  if (history.error?.status === 404 || report.error?.status === 404) return <NotFoundPage />;
  const events = history.data?.events ?? [];
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">{t('nav.reports')}</Link> › <Link to={`/rapporter/${id}`}>{report.data?.committee ?? t('report.title')}</Link>
      </p>
      <h1>{t('history.title')}{report.data ? <span className="h1-sub"> {report.data.committee}</span> : null}</h1>
      <LoadState load={history} isEmpty={events.length === 0} empty={t('history.empty')} />
      {events.length > 0 ? (
        <DataTable label={t('history.title')} caption={t('history.caption')} className="table table--history"
          columns={[{ label: t('history.when') }, { label: t('history.who') }, { label: t('history.what') }, { label: t('history.reason') },
            { label: t('history.changes') }]}>
          {events.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">{formatDateTime(e.occurredAt)}</td>
              <td>{e.actorLabel}{e.ip ? <span className="muted"> ({e.ip})</span> : null}</td>
              <th scope="row">{e.actionName}</th>
              <td>{e.reason ?? '–'}</td>
              <td>
                {e.changes.length === 0 ? '–' : (
                  <ul className="changes">
                    {e.changes.map((c, i) => (
                      <li key={i}>
                        <span className="changes__label">{c.label}:</span>{' '}
                        <span className="visually-hidden">{t('history.before')} </span>
                        <del>{formatValue(c.before, c.path, t('common.empty'))}</del>
                        {' → '}
                        <span className="visually-hidden">{t('history.after')} </span>
                        <ins>{formatValue(c.after, c.path, t('common.empty'))}</ins>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
