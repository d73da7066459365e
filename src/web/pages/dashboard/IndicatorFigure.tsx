import { useMemo } from 'react';
import { shortCommitteeName } from '../../../domain/charts/format.js';
import { chartedIndicators, indicatorChart, type ChartLook } from '../../../domain/charts/options.js';
import { INDICATOR_COLOURS } from '../../../domain/charts/palette.js';
import { indicatorFacts } from '../../../domain/charts/summaries.js';
import { formatIndicatorValue } from '../../../domain/indicator-value.js';
import type { YearDashboard } from '../../api/types.js';
import { Chart } from '../../components/charts/Chart.js';
import { ChartFigure, chartHeight, Key } from '../../components/charts/ChartFigure.js';
import { TableWrap } from '../../components/Messages.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const value = (v: string | null) => (v === null ? '–' : formatIndicatorValue(v));

/**
 * (e) The projects' indicators: each approved outcome as a share of its target in the chart, and the
 * exact baseline, target and outcome in the table. Whether an outcome reached its target is decided
 * by the exact values, never by the rounded share.
 */
export function IndicatorFigure({ d, look }: { d: YearDashboard; look: ChartLook }) {
  const { t } = useI18n();
  const words = { target: t('dashboard.indicators.target100'), outcome: t('dashboard.indicators.outcome') };
  const option = useMemo(() => indicatorChart(d.indicators, words, look), [d, look, words.target]);
  const drawn = chartedIndicators(d.indicators).length;
  const facts = indicatorFacts(d.indicators);
  const several = new Set(d.indicators.map((i) => i.committeeId)).size > 1;
  const label = t('dashboard.indicators.table', { year: d.year });
  const against = { '-1': t('dashboard.indicators.below'), 0: t('dashboard.indicators.equal'), 1: t('dashboard.indicators.above') } as const;
  return (
    <ChartFigure id="fig-indicators" caption={t('dashboard.indicators.caption', { year: d.year })}
      summary={facts.count === 0 ? t('dashboard.indicators.none', { year: d.year }) : t('dashboard.indicators.summary', { ...facts })}
      chart={drawn > 0 ? <Chart option={option} height={chartHeight(drawn)} /> : null}>
      {facts.count > 0 ? (
        <>
          <TableWrap label={label}>
            <table className="table">
              <caption className="visually-hidden">{label}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.project')}</th>
                  <th scope="col">{t('dashboard.indicators.indicator')}</th>
                  <th scope="col">{t('dashboard.indicators.unit')}</th>
                  <th scope="col" className="num">{t('dashboard.indicators.baseline')}</th>
                  <th scope="col" className="num"><Key colour={INDICATOR_COLOURS.target} />{t('dashboard.indicators.targetYear', { year: d.year })}</th>
                  <th scope="col" className="num">{t('dashboard.indicators.outcomeApproved')}</th>
                  <th scope="col" className="num"><Key colour={INDICATOR_COLOURS.outcome} />{t('dashboard.indicators.share')}</th>
                </tr>
              </thead>
              <tbody>
                {d.indicators.map((i) => (
                  <tr key={i.indicatorId}>
                    <td>{several ? `${shortCommitteeName(i.committeeName)}: ` : ''}{i.projectNumber}. {i.projectName}</td>
                    <th scope="row">{i.name}</th>
                    <td>{i.unit}</td>
                    <td className="num nowrap">{value(i.baseline)}</td>
                    <td className="num nowrap">{value(i.target)}</td>
                    <td className="num nowrap">{value(i.outcome)}{i.outcomeRound ? <span className="muted"> ({i.outcomeRound})</span> : null}</td>
                    <td className="num nowrap">
                      {i.sharePercent === null ? '–' : `${i.sharePercent}\u00a0%`}
                      {i.againstTarget === null ? null : <span className="muted"> · {against[i.againstTarget]}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <p className="muted chart-figure__note">{t('dashboard.indicators.note')}</p>
        </>
      ) : null}
    </ChartFigure>
  );
}
