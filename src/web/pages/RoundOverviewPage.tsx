import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatSek } from '../../domain/money.js';
import { reminderMessage } from '../../domain/reminders.js';
import { roundsApi } from '../api/endpoints.js';
import { ErrorAlert, Loading, Notice, TableWrap } from '../components/Messages.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDate, formatDateTime } from '../lib/dates.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { NotFoundPage } from './NotFoundPage.js';
import { RemindDialog, type RemindTarget } from './rounds/RemindDialog.js';

/**
 * /omgangar/:id — every committee's report in a round: state, lateness (in words), totals; and
 * "Påminn" for each committee not handed in (and all of them), where the server allows it.
 */
export function RoundOverviewPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const overview = useLoad(() => roundsApi.overview(id), [id]);
  const [remindTarget, setRemindTarget] = useState<RemindTarget | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const data = overview.data;
  const name = data ? `${t(`roundKind.${data.round.kind}`)} ${data.round.year}` : t('overview.title');
  usePageTitle(name);
  if (!Number.isInteger(id) || id <= 0 || overview.error?.status === 404) return <NotFoundPage />;
  if (overview.error) return <><h1>{t('overview.title')}</h1><ErrorAlert>{overview.error.message}</ErrorAlert></>;
  if (!data) return <Loading />;

  const { round, committees } = data;
  const count = (pred: (s: string) => boolean) => committees.filter((c) => pred(c.status)).length;
  const late = committees.filter((c) => c.late).length;
  const total = committees.reduce((sum, c) => sum + c.totalOre, 0);
  const remindable = committees.filter((c) => c.remind);
  // Every committee not handed in is late, or none is: the deadline is the round's.
  const initialMessage = reminderMessage(round, remindable.some((c) => c.late));
  return (
    <>
      <p className="breadcrumb"><Link to="/omgangar">{t('nav.rounds')}</Link></p>
      <h1>{name}</h1>
      <p><Link to={`/ekonomi/${round.code}`}>{t('nav.finance')} {round.code}</Link></p>
      <dl className="facts">
        <div><dt>{t('rounds.period')}</dt><dd>{round.periodFrom} – {round.periodTo}</dd></div>
        <div><dt>{t('rounds.deadline')}</dt><dd>{formatDate(round.deadline)}</dd></div>
        <div><dt>{t('rounds.state')}</dt><dd>{t(`roundState.${round.state}`)}</dd></div>
        <div><dt>{t('overview.submitted')}</dt><dd>{t('overview.ofTotal', { n: count((s) => s === 'submitted' || s === 'approved'), total: committees.length })}</dd></div>
        <div><dt>{t('overview.late')}</dt><dd>{late}</dd></div>
      </dl>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {remindable.length > 0 ? (
        <p>
          <button type="button" className="button"
            onClick={() => setRemindTarget({ committeeId: null, committeeNames: remindable.map((c) => c.committeeName) })}>
            {t('overview.remindAll')}
          </button>
        </p>
      ) : null}
      <TableWrap label={t('overview.table')}>
        <table className="table">
          <caption className="visually-hidden">{t('overview.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.committee')}</th>
              <th scope="col">{t('reports.state')}</th>
              <th scope="col">{t('overview.lateColumn')}</th>
              <th scope="col">{t('overview.submittedAt')}</th>
              <th scope="col">{t('reports.updated')}</th>
              <th scope="col" className="num">{t('reports.total')}</th>
              {remindable.length > 0 ? <th scope="col"><span className="visually-hidden">{t('overview.remindColumn')}</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {committees.map((c) => (
              <tr key={c.committeeId} className={c.late ? 'row--late' : undefined}>
                <th scope="row">
                  {c.reportId !== null ? <Link to={`/rapporter/${c.reportId}`}>{c.committeeName}</Link> : c.committeeName}
                </th>
                <td><StatusBadge state={c.status} /></td>
                <td>{c.late ? <strong className="late-flag">{t('overview.isLate')}</strong> : <span className="muted">{t('overview.onTime')}</span>}</td>
                <td className="nowrap">{formatDateTime(c.submittedAt)}</td>
                <td className="nowrap">{formatDateTime(c.updatedAt)}</td>
                <td className="num nowrap">{formatSek(c.totalOre)}</td>
                {remindable.length > 0 ? (
                  <td className="actions-cell">
                    {c.remind ? (
                      <button type="button" className="button button--small"
                        onClick={() => setRemindTarget({ committeeId: c.committeeId, committeeName: c.committeeName })}>
                        {t('overview.remind')}<span className="visually-hidden"> {c.committeeName}</span>
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={5}>{t('overview.sum')}</th>
              <td className="num nowrap">{formatSek(total)}</td>
              {remindable.length > 0 ? <td /> : null}
            </tr>
          </tfoot>
        </table>
      </TableWrap>
      <RemindDialog roundId={round.id} target={remindTarget} initialMessage={initialMessage}
        onClose={() => setRemindTarget(null)} onRefused={() => overview.reload()}
        onSent={(result) => setMessage(t('overview.reminded', { committees: result.reminded.map((r) => r.committeeName).join(', ') }))} />
    </>
  );
}
