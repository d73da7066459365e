import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { DashboardCommittee, Punctuality } from '../../domain/dashboard.js';
import { PUNCTUALITIES } from '../../domain/dashboard.js';
import { formatRoundedSek, percentOf, shortCommitteeName } from '../../domain/charts/format.js';
import {
  committeeMoneyChart, projectMoneyChart, punctualityChart, punctualityCounts, roundComparisonChart, type ChartLook,
} from '../../domain/charts/options.js';
import { MONEY_COLOURS, PUNCTUALITY_COLOURS } from '../../domain/charts/palette.js';
import { moneyFacts, type MoneyFacts, type MoneyRow } from '../../domain/charts/summaries.js';
import { formatSek, sumOre } from '../../domain/money.js';
import type { RoundKind } from '../../domain/period.js';
import { dashboardApi, roundsApi } from '../api/endpoints.js';
import type { YearDashboard } from '../api/types.js';
import { Chart, pageFont, prefersReducedMotion } from '../components/charts/Chart.js';
import { ChartFigure, chartHeight, Key } from '../components/charts/ChartFigure.js';
import { LoadState } from '../components/DataTable.js';
import { SelectField } from '../components/Field.js';
import { TableWrap } from '../components/Messages.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/translate.js';
import { formatDate } from '../lib/dates.js';
import { useLoad, usePageTitle } from '../lib/use-load.js';
import { useSession } from '../session/SessionProvider.js';
import { IndicatorFigure } from './dashboard/IndicatorFigure.js';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;
const amount = (ore: number | null) => (ore === null ? '–' : formatSek(ore));
const ROUND_KINDS: readonly RoundKind[] = ['T1', 'T2', 'VB'];

/** The text summary of a money chart, in the reader's language. */
function moneySummary(t: T, facts: MoneyFacts): string {
  return t('dashboard.summary.money', {
    grant: formatRoundedSek(facts.grantOre), accrued: formatRoundedSek(facts.accruedOre),
    share: facts.sharePercent === null ? '' : t('dashboard.summary.share', { share: facts.sharePercent }),
  })
    + (facts.mostRemaining ? t('dashboard.summary.most', { name: facts.mostRemaining.name, amount: formatRoundedSek(facts.mostRemaining.remainingOre) }) : '')
    + (facts.overspent.length > 0 ? t('dashboard.summary.over', { names: facts.overspent.join(', ') }) : '');
}

/** /oversikt — the year's grants, approved accruals and reports, as charts that also read as tables. */
export function DashboardPage() {
  const { t } = useI18n();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const rounds = useLoad(() => roundsApi.list(), []);
  const years = useMemo(() => {
    const set = new Set((rounds.data?.rounds ?? []).map((r) => r.year));
    set.add(new Date().getFullYear());
    return [...set].sort((a, b) => b - a);
  }, [rounds.data]);
  const newestWithRounds = rounds.data?.rounds.map((r) => r.year).sort((a, b) => b - a)[0];
  const asked = Number(params.get('ar'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : (newestWithRounds ?? new Date().getFullYear());
  const own = session.user.committeeId;
  const askedCommittee = Number(params.get('namnd'));
  const committeeFilter = own ?? (Number.isInteger(askedCommittee) && askedCommittee > 0 ? askedCommittee : undefined);
  const ready = rounds.data !== null || rounds.error !== null;
  const dashboard = useLoad(
    () => (ready ? dashboardApi.year(year, committeeFilter) : new Promise<never>(() => undefined)),
    [ready, year, committeeFilter],
  );
  // The full list of committees for the filter, from the unfiltered answer (central roles only).
  const [committeeChoices, setCommitteeChoices] = useState<Array<{ id: number; name: string }>>([]);
  const d = dashboard.data;
  useEffect(() => {
    if (d && d.committeeId === null && own === null) setCommitteeChoices(d.committees.map((c) => ({ id: c.committeeId, name: c.committeeName })));
  }, [d, own]);
  usePageTitle(t('dashboard.title', { year }));
  const look: ChartLook = useMemo(() => ({ fontFamily: pageFont(), animation: !prefersReducedMotion() }), []);

  const choose = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) if (value === null) next.delete(key); else next.set(key, value);
    setParams(next);
  };

  return (
    <>
      <h1>{t('dashboard.title', { year })}</h1>
      <p className="muted intro">{t('dashboard.intro')}</p>
      <div className="filters">
        <SelectField id="dashboard-year" label={t('dashboard.pickYear')} value={String(year)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(value) => choose({ ar: value })} />
        {own === null && committeeChoices.length > 1 ? (
          <SelectField id="dashboard-committee" label={t('dashboard.pickCommittee')} value={committeeFilter === undefined ? '' : String(committeeFilter)}
            options={[{ value: '', label: t('dashboard.allCommittees') }, ...committeeChoices.map((c) => ({ value: String(c.id), label: c.name }))]}
            onChange={(value) => choose({ namnd: value === '' ? null : value })} />
        ) : null}
      </div>
      <LoadState load={dashboard} isEmpty={d !== null && d.committees.length === 0} empty={t('dashboard.noData', { year })} />
      {d && d.year === year && d.committees.length > 0 ? <Dashboard d={d} look={look} /> : null}
    </>
  );
}

function Dashboard({ d, look }: { d: YearDashboard; look: ChartLook }) {
  const { t } = useI18n();
  const roundNames = useMemo(() => ({ T1: 'T1', T2: 'T2', VB: 'VB' }) as const, []);
  const latest = [...d.rounds].reverse().find((r) => r.exists) ?? null;
  const latestTotals = latest ? d.totals.byRound.find((r) => r.kind === latest.kind) : undefined;
  const previousSame = latest ? d.previous.byRound.find((r) => r.kind === latest.kind) : undefined;
  const missing = latest ? d.committees.filter((c) => c.asOf !== latest.kind) : [];
  const share = percentOf(d.totals.accruedOre, d.totals.grantOre);

  return (
    <>
      <dl className="key-figures">
        <div><dt>{t('dashboard.key.grant', { year: d.year })}</dt><dd>{formatSek(d.totals.grantOre)}</dd></div>
        <div>
          <dt>{t('dashboard.key.accrued')}</dt><dd>{formatSek(d.totals.accruedOre)}</dd>
          {share !== null ? <dd className="key-figures__note">{t('dashboard.key.share', { share })}</dd> : null}
        </div>
        <div><dt>{t('dashboard.key.remaining')}</dt><dd>{formatSek(d.totals.remainingOre)}</dd></div>
        {latest && previousSame ? (
          <div>
            <dt>{latest.code}</dt><dd>{formatSek(latestTotals?.yearToDateOre ?? 0)}</dd>
            <dd className="key-figures__note">{t('dashboard.key.lastYear', { year: d.previous.year, amount: formatSek(previousSame.yearToDateOre) })}</dd>
          </div>
        ) : null}
      </dl>
      {latest && missing.length > 0 ? (
        <div className="alert alert--warning" role="note">
          <p>{t('dashboard.notApproved', { count: missing.length, total: d.committees.length, round: latest.code, names: missing.map((c) => c.committeeName).join(', ') })}</p>
        </div>
      ) : null}
      <div className="dashboard-grid">
        <CommitteeFigure d={d} look={look} />
        <ProjectFigure d={d} look={look} />
        <RoundFigure d={d} look={look} roundNames={roundNames} />
        <PunctualityFigure d={d} look={look} roundNames={roundNames} />
        <IndicatorFigure d={d} look={look} />
      </div>
    </>
  );
}

/** The money table's heading row: name, grant, accrued, remaining, last approved round, year to date per round. */
function MoneyHead({ first, d }: { first: string; d: YearDashboard }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={2}>{first}</th>
        <th scope="col" rowSpan={2} className="num"><Key colour={MONEY_COLOURS.grant} />{t('dashboard.grant')}</th>
        <th scope="col" rowSpan={2} className="num"><Key colour={MONEY_COLOURS.accrued} />{t('dashboard.accrued')}</th>
        <th scope="col" rowSpan={2} className="num"><Key colour={MONEY_COLOURS.remaining} />{t('dashboard.remaining')}</th>
        <th scope="col" rowSpan={2}>{t('dashboard.asOf')}</th>
        <th scope="colgroup" colSpan={3} className="num">{t('finance.yearToDate')}</th>
      </tr>
      <tr>{d.rounds.map((r) => <th key={r.kind} scope="col" className="num"><abbr title={r.code}>{r.kind}</abbr></th>)}</tr>
    </thead>
  );
}

function moneyCells(row: { grantOre: number | null; accruedOre: number; remainingOre: number | null; byRound: Array<{ yearToDateOre: number | null }> }, asOf: string) {
  return (
    <>
      <td className="num nowrap">{amount(row.grantOre)}</td>
      <td className="num nowrap">{formatSek(row.accruedOre)}</td>
      <td className={`num nowrap${row.remainingOre !== null && row.remainingOre < 0 ? ' amount--negative' : ''}`}>{amount(row.remainingOre)}</td>
      <td>{asOf}</td>
      {row.byRound.map((r, i) => <td key={i} className="num nowrap">{amount(r.yearToDateOre)}</td>)}
    </>
  );
}


function CommitteeFigure({ d, look }: { d: YearDashboard; look: ChartLook }) {
  const { t } = useI18n();
  const words = { grant: t('dashboard.grant'), accrued: t('dashboard.accrued'), remaining: t('dashboard.remaining') };
  const option = useMemo(() => committeeMoneyChart(d, words, look), [d, look, words.grant]);
  const rows: MoneyRow[] = d.committees.map((c) => ({ ...c, name: shortCommitteeName(c.committeeName) }));
  const label = t('dashboard.committees.table');
  return (
    <ChartFigure id="fig-committees" caption={t('dashboard.committees.caption', { year: d.year })} summary={moneySummary(t, moneyFacts(rows))}
      chart={<Chart option={option} height={chartHeight(d.committees.length)} />}>
      <TableWrap label={label}>
        <table className="table">
          <caption className="visually-hidden">{label}</caption>
          <MoneyHead first={t('dashboard.committee')} d={d} />
          <tbody>
            {d.committees.map((c) => (
              <tr key={c.committeeId}>
                <th scope="row">{c.committeeName}</th>
                {moneyCells(c, c.asOf ?? '–')}
              </tr>
            ))}
            <tr className="row--total">
              <th scope="row">{t('dashboard.total')}</th>
              {moneyCells({ ...d.totals, byRound: d.totals.byRound.map((r, i) => ({ yearToDateOre: d.rounds[i]?.exists ? r.yearToDateOre : null })) }, '')}
            </tr>
          </tbody>
        </table>
      </TableWrap>
    </ChartFigure>
  );
}

function ProjectFigure({ d, look }: { d: YearDashboard; look: ChartLook }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<number | null>(null);
  const committee: DashboardCommittee = d.committees.find((c) => c.committeeId === chosen) ?? d.committees[0]!;
  const words = { grant: t('dashboard.grant'), accrued: t('dashboard.accrued'), remaining: t('dashboard.remaining') };
  const option = useMemo(() => projectMoneyChart(committee, words, look), [committee, look, words.grant]);
  const rows: MoneyRow[] = committee.projects.map((p) => ({ ...p, name: p.name }));
  const label = t('dashboard.projects.table', { committee: committee.committeeName });
  return (
    <ChartFigure id="fig-projects" caption={t('dashboard.projects.caption', { committee: committee.committeeName })}
      summary={committee.projects.length === 0 ? t('dashboard.projects.none', { year: d.year }) : moneySummary(t, moneyFacts(rows))}
      chart={d.committees.length > 1 ? (
        <>
          <SelectField id="dashboard-project-committee" label={t('dashboard.projects.pick')} value={String(committee.committeeId)}
            options={d.committees.map((c) => ({ value: String(c.committeeId), label: c.committeeName }))}
            onChange={(value) => setChosen(Number(value))} />
          {committee.projects.length > 0 ? <Chart option={option} height={chartHeight(committee.projects.length)} /> : null}
        </>
      ) : committee.projects.length > 0 ? <Chart option={option} height={chartHeight(committee.projects.length)} /> : null}>
      {committee.projects.length > 0 ? (
        <TableWrap label={label}>
          <table className="table">
            <caption className="visually-hidden">{label}</caption>
            <MoneyHead first={t('dashboard.project')} d={d} />
            <tbody>
              {committee.projects.map((p) => (
                <tr key={p.projectId}>
                  <th scope="row"><span className="nowrap">{p.projectCode}</span> {p.name}</th>
                  {moneyCells(p, committee.asOf ?? '–')}
                </tr>
              ))}
              <tr className="row--total">
                <th scope="row">{t('dashboard.total')}</th>
                {moneyCells({ ...committee, byRound: committee.byRound }, '')}
              </tr>
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </ChartFigure>
  );
}

function RoundFigure({ d, look, roundNames }: { d: YearDashboard; look: ChartLook; roundNames: Readonly<Record<RoundKind, string>> }) {
  const { t } = useI18n();
  const option = useMemo(() => roundComparisonChart(d, roundNames, look), [d, look, roundNames]);
  const label = t('dashboard.rounds.table', { year: d.year, previous: d.previous.year });
  const summary = d.rounds.filter((r) => r.exists).map((r) => {
    const now = d.totals.byRound.find((x) => x.kind === r.kind)!;
    const before = d.previous.byRound.find((x) => x.kind === r.kind)!;
    return t('dashboard.summary.round', { round: r.code, amount: formatRoundedSek(now.yearToDateOre), previous: formatRoundedSek(before.yearToDateOre), year: d.previous.year });
  }).join(' ');
  return (
    <ChartFigure id="fig-rounds" caption={t('dashboard.rounds.caption', { year: d.year, previous: d.previous.year })}
      summary={summary || t('dashboard.punctuality.none', { year: d.year })}
      chart={<Chart option={option} height={280} />}>
      <TableWrap label={label}>
        <table className="table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.round')}</th>
              <th scope="col" className="num"><Key colour={MONEY_COLOURS.accrued} />{d.year}</th>
              <th scope="col" className="num"><Key colour={MONEY_COLOURS.previous} />{d.previous.year}</th>
              <th scope="col" className="num">{t('dashboard.rounds.change')}</th>
              <th scope="col" className="num">{t('dashboard.rounds.approved')}</th>
            </tr>
          </thead>
          <tbody>
            {ROUND_KINDS.map((kind, i) => {
              const now = d.totals.byRound[i]!;
              const before = d.previous.byRound[i]!;
              const exists = d.rounds[i]?.exists === true;
              return (
                <tr key={kind}>
                  <th scope="row">{kind}</th>
                  <td className="num nowrap">{exists ? formatSek(now.yearToDateOre) : t('dashboard.rounds.missing')}</td>
                  <td className="num nowrap">{formatSek(before.yearToDateOre)}</td>
                  <td className="num nowrap">{exists ? formatSek(sumOre([now.yearToDateOre, -before.yearToDateOre])) : '–'}</td>
                  <td className="num">{exists ? `${now.approvedCommittees} / ${now.approvedCommittees + now.notApprovedCommittees}` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </ChartFigure>
  );
}

function PunctualityFigure({ d, look, roundNames }: { d: YearDashboard; look: ChartLook; roundNames: Readonly<Record<RoundKind, string>> }) {
  const { t } = useI18n();
  const words = Object.fromEntries(PUNCTUALITIES.map((p) => [p, t(`punctuality.${p}`)])) as Record<Punctuality, string>;
  const option = useMemo(() => punctualityChart(d, roundNames, words, look), [d, look, roundNames, words.on_time]);
  const counts = punctualityCounts(d);
  const summary = counts.map((c) => t('dashboard.summary.punctuality', { round: `${d.year}-${c.kind}`, ...c })).join(' ');
  const existing = d.rounds.filter((r) => r.exists);
  const countsLabel = t('dashboard.punctuality.countsTable');
  const label = t('dashboard.punctuality.table');
  return (
    <ChartFigure id="fig-punctuality" caption={t('dashboard.punctuality.caption')} summary={summary || t('dashboard.punctuality.none', { year: d.year })}
      chart={existing.length > 0 ? <Chart option={option} height={280} /> : null}>
      {existing.length > 0 ? (
        <>
          <TableWrap label={countsLabel}>
            <table className="table">
              <caption className="visually-hidden">{countsLabel}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.round')}</th>
                  {PUNCTUALITIES.map((p) => <th key={p} scope="col" className="num"><Key colour={PUNCTUALITY_COLOURS[p]} />{words[p]}</th>)}
                </tr>
              </thead>
              <tbody>
                {counts.map((c) => {
                  const round = existing.find((r) => r.kind === c.kind)!;
                  return (
                    <tr key={c.kind}>
                      <th scope="row">{round.code} <span className="muted nowrap">({t('dashboard.deadline', { date: formatDate(round.deadline) })})</span></th>
                      {PUNCTUALITIES.map((p) => <td key={p} className="num">{c[p]}</td>)}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
          <TableWrap label={label}>
            <table className="table">
              <caption className="visually-hidden">{label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.committee')}</th>
                  {existing.map((r) => <th key={r.kind} scope="col">{r.code}</th>)}
                </tr>
              </thead>
              <tbody>
                {d.committees.map((c) => (
                  <tr key={c.committeeId}>
                    <th scope="row">{c.committeeName}</th>
                    {existing.map((r) => {
                      const report = c.reports.find((x) => x.kind === r.kind);
                      return (
                        <td key={r.kind}>
                          {report ? `${t(`state.${report.status}`)}${report.punctuality ? ` · ${words[report.punctuality]}` : ''}` : '–'}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : null}
    </ChartFigure>
  );
}
