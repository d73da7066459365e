import { Link, useSearchParams } from 'react-router';
import { formatSek } from '../../domain/money.js';
import { readableReportStates } from '../../domain/workflow.js';
import { reportsApi, roundsApi } from '../api/endpoints.js';
import { SelectField } from '../components/Field.js';
import { DataTable, LoadState } from '../components/DataTable.js';
import { StatusBadge } from '../components/StatusBadge.js';
import type { ReportSummary } from '../api/types.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatDate, formatDateTime, todayInStockholm } from '../lib/dates.js';
import { deadlineNotices, whatIsLeft } from '../lib/deadlines.js';
import { periodLabel, roundLabel } from '../lib/labels.js';
import { useSorting, type SortKey } from '../lib/sorting.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { useSession } from '../session/SessionProvider.js';

const SORT_KEYS: readonly SortKey<ReportSummary>[] = [(r) => r.committee, (r) => (r.round ? `${r.round.year}-${r.round.kind === 'VB' ? 'T3' : r.round.kind}` : null), (r) => r.accrualPeriod.from, (r) => r.state, (r) => r.totalOre, (r) => r.updatedAt];

/** `/`: the reports the user may read, filtered by round and state (kept in the address). */
export function ReportsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  usePageTitle(t('reports.title'));
  const [params, setParams] = useSearchParams();
  const roundId = params.get('omgang') ?? '';
  const state = params.get('status') ?? '';
  const rounds = useLoad(() => roundsApi.list(), []);
  const reports = useLoad(
    () => reportsApi.list({ roundId: roundId ? Number(roundId) : undefined, state: state || undefined }),
    [roundId, state],
  );

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const roundOptions = [
    { value: '', label: t('reports.allRounds') },
    ...(rounds.data?.rounds ?? []).map((r) => ({ value: String(r.id), label: `${t(`roundKind.${r.kind}`)} ${r.year}` })),
  ];
  // Only the states this user can ever see; a reader sees approved reports only, so has no state to choose.
  const states = readableReportStates(user.role);
  const stateOptions = [{ value: '', label: t('reports.allStates') }, ...states.map((s) => ({ value: s, label: t(`state.${s}`) }))];
  const list = reports.data?.reports ?? [];
  const sorting = useSorting(list, SORT_KEYS);
  // A committee's people are told on arrival what each open round still needs from them, and by when.
  const committeeUser = user.role === 'reporter' || user.role === 'approver';
  const own = useLoad(() => (committeeUser ? reportsApi.list({}) : Promise.resolve({ reports: [] })), [committeeUser]);
  const notices = committeeUser && rounds.data && own.data ? deadlineNotices(rounds.data.rounds, own.data.reports, todayInStockholm()) : [];

  return (
    <>
      <h1>{t('reports.title')}</h1>
      {notices.map((n) => {
        const name = `${t(`roundKind.${n.round.kind}`)} ${n.round.year}`;
        return (
          <div key={n.round.id} className={`alert ${n.late ? 'alert--warning' : 'alert--info'}`}>
            <p>
              {t(n.late ? 'reports.deadlineLate' : 'reports.deadline', { round: name, date: formatDate(n.round.deadline) })}{' '}
              {n.reportId !== null ? <Link to={`/rapporter/${n.reportId}`}>{t('reports.deadlineOpen', { round: name })}</Link> : null}
            </p>
            <p>{t(whatIsLeft(n.status, user.role))}</p>
          </div>
        );
      })}
      <form className="filters" role="search" aria-label={t('reports.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField id="filter-round" label={t('reports.filterRound')} value={roundId} options={roundOptions}
          onChange={(v) => setFilter('omgang', v)} />
        {states.length > 1 ? (
          <SelectField id="filter-state" label={t('reports.filterState')} value={state} options={stateOptions}
            onChange={(v) => setFilter('status', v)} />
        ) : null}
      </form>
      <LoadState load={reports} isEmpty={list.length === 0} empty={t(roundId || state ? 'reports.empty' : 'reports.none')} />
      {list.length > 0 ? (
        <DataTable sorting={sorting} label={t('reports.title')} caption={t('reports.caption', { count: list.length })}
          columns={[{ label: t('reports.committee') }, { label: t('reports.round') }, { label: t('reports.period') }, { label: t('reports.state') },
            { label: t('reports.total'), className: 'num' }, { label: t('reports.updated') }]}>
          {sorting.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/rapporter/${r.id}`}>
                  {r.committee}<span className="visually-hidden">, {roundLabel(r.round, t)}</span>
                </Link>
              </th>
              <td>{roundLabel(r.round, t)}</td>
              <td className="nowrap">{periodLabel(r.accrualPeriod)}</td>
              <td><StatusBadge state={r.state} /></td>
              <td className="num nowrap">{formatSek(r.totalOre)}</td>
              <td className="nowrap">{formatDateTime(r.updatedAt)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
