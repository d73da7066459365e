import { Link, useParams } from 'react-router';
import { reportsApi } from '../api/endpoints.js';
import { ErrorAlert, Loading, TableWrap } from '../components/Messages.js';
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
      {history.error ? <ErrorAlert>{history.error.message}</ErrorAlert> : null}
      {history.loading && !history.data ? <Loading /> : null}
      {history.data && events.length === 0 ? <p>{t('history.empty')}</p> : null}
      {events.length > 0 ? (
        <TableWrap label={t('history.title')}>
          <table className="table table--history">
            <caption className="visually-hidden">{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.who')}</th>
                <th scope="col">{t('history.what')}</th>
                <th scope="col">{t('history.reason')}</th>
                <th scope="col">{t('history.changes')}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </>
  );
}
