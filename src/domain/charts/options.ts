// Apache ECharts options for the dashboard's charts, as plain data: the browser draws them with the
// SVG renderer and the server renders the same options to SVG for the city-wide PDF. Pure (types only
// from echarts). Every chart is a bar chart built by `barChartOption`, so a new one (an indicator's
// target against its outcome, say) is a spec of categories and series, not another ECharts setup.
import type { BarSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { DashboardCommittee, Punctuality, YearDashboard } from '../dashboard.js';
import type { DashboardIndicator } from '../dashboard-indicators.js';
import { PUNCTUALITIES } from '../dashboard.js';
import { formatSek } from '../money.js';
import type { RoundKind } from '../period.js';
import { formatRoundedSek, shortCommitteeName } from './format.js';
import { CHART_GRID, CHART_MUTED_TEXT, CHART_TEXT, INDICATOR_COLOURS, MONEY_COLOURS, PUNCTUALITY_COLOURS } from './palette.js';

/** The option type of the parts the charts use (bar series, grid, legend, tooltip, aria). */
export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | AriaComponentOption>;

/** One series of bars: its name in the legend, its colour, one value per category (null: no bar). */
export interface BarSeriesSpec {
  name: string;
  colour: string;
  values: ReadonlyArray<number | null>;
  /** Series with the same stack are stacked on one bar. */
  stack?: string;
}

/** A bar chart: categories along one axis, values along the other. */
export interface BarChartSpec {
  categories: readonly string[];
  series: readonly BarSeriesSpec[];
  /** Money in öre (axis in rounded kronor, tooltips exact), a count, or whole percent. */
  unit: 'ore' | 'count' | 'percent';
  /** Bars from the left (long category names) instead of from the bottom. */
  horizontal?: boolean;
}

/** How the chart is drawn: the font (the PDF's embedded DejaVu on the server) and whether it moves. */
export interface ChartLook {
  fontFamily: string;
  animation: boolean;
}

const ORE_PER_KRONA = 100;
/** Öre to whole kronor for drawing only (never −0, which ECharts would label "-0"). */
const wholeKronor = (ore: number) => Math.round(ore / ORE_PER_KRONA) || 0;

/** The ECharts option of a bar chart. Values in öre are drawn in kronor; what a reader sees is rounded or exact, never a float. */
export function barChartOption(spec: BarChartSpec, look: ChartLook): ChartOption {
  const money = spec.unit === 'ore';
  const percent = spec.unit === 'percent';
  const plain = (value: number) => (percent ? `${value}\u00a0%` : String(value));
  const axisLabel = (value: number) => (money ? formatRoundedSek(Math.round(value) * ORE_PER_KRONA) : plain(value));
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { color: CHART_MUTED_TEXT, formatter: axisLabel, hideOverlap: true },
    splitLine: { lineStyle: { color: CHART_GRID } },
    ...(spec.unit === 'count' ? { minInterval: 1 } : {}),
  };
  const categoryAxis = {
    type: 'category' as const,
    data: [...spec.categories],
    inverse: spec.horizontal === true,
    axisLabel: { color: CHART_TEXT, interval: 0 },
    axisLine: { lineStyle: { color: CHART_MUTED_TEXT } },
    axisTick: { show: false },
  };
  return {
    animation: look.animation,
    textStyle: { fontFamily: look.fontFamily, color: CHART_TEXT },
    // The chart's own description for screen readers is the figure's text summary; ECharts' generated one is off.
    aria: { enabled: false },
    legend: { top: 0, left: 0, itemGap: 16, textStyle: { color: CHART_TEXT }, data: spec.series.map((s) => s.name) },
    // ECharts 6 keeps the axis labels inside the chart's box by itself (grid.outerBoundsMode 'auto').
    grid: { top: 36, left: 8, right: 16, bottom: 8 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? (money ? formatSek(Math.round(value * ORE_PER_KRONA)) : plain(value)) : '–'),
    },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      ...(s.stack ? { stack: s.stack } : {}),
      itemStyle: { color: s.colour, borderColor: '#ffffff', borderWidth: s.stack ? 1 : 0 },
      barMaxWidth: 28,
      // Öre to whole kronor for drawing only: the tables carry the exact amounts.
      data: s.values.map((v) => (v === null ? null : money ? wholeKronor(v) : v)),
    })),
  };
}

/** The names of the money series, in the reader's language. */
export interface MoneyWords { grant: string; accrued: string; remaining: string }

/** A row of a money chart: a committee or a project; null draws no bar (no grant, or no approved report). */
export interface MoneyChartRow { name: string; grantOre: number | null; accruedOre: number | null; remainingOre: number | null }

/** Grant, approved accruals and what remains, one group of three bars per row. */
export function moneyChart(rows: readonly MoneyChartRow[], words: MoneyWords, look: ChartLook): ChartOption {
  return barChartOption({
    unit: 'ore',
    horizontal: true,
    categories: rows.map((r) => r.name),
    series: [
      { name: words.grant, colour: MONEY_COLOURS.grant, values: rows.map((r) => r.grantOre) },
      { name: words.accrued, colour: MONEY_COLOURS.accrued, values: rows.map((r) => r.accruedOre) },
      { name: words.remaining, colour: MONEY_COLOURS.remaining, values: rows.map((r) => r.remainingOre) },
    ],
  }, look);
}

/** (a) Grant, approved accruals and what remains, per committee. */
export function committeeMoneyChart(d: Pick<YearDashboard, 'committees'>, words: MoneyWords, look: ChartLook): ChartOption {
  return moneyChart(d.committees.map((c) => ({ ...c, name: shortCommitteeName(c.committeeName) })), words, look);
}

/** (b) The same per project of one committee. */
export function projectMoneyChart(committee: DashboardCommittee, words: MoneyWords, look: ChartLook): ChartOption {
  return moneyChart(committee.projects.map((p) => ({ ...p, name: `${p.number}. ${p.name}` })), words, look);
}

/** (c) Approved year to date per round, this year beside last year. */
export function roundComparisonChart(
  d: Pick<YearDashboard, 'year' | 'totals' | 'previous'>, roundNames: Readonly<Record<RoundKind, string>>, look: ChartLook,
): ChartOption {
  return barChartOption({
    unit: 'ore',
    categories: d.totals.byRound.map((r) => roundNames[r.kind]),
    series: [
      { name: String(d.previous.year), colour: MONEY_COLOURS.previous, values: d.previous.byRound.map((r) => r.yearToDateOre) },
      { name: String(d.year), colour: MONEY_COLOURS.accrued, values: d.totals.byRound.map((r) => r.yearToDateOre) },
    ],
  }, look);
}

/** How many committees' reports were on time, late, overdue or not yet due in each round that exists. */
export function punctualityCounts(d: Pick<YearDashboard, 'rounds' | 'committees'>): Array<{ kind: RoundKind } & Record<Punctuality, number>> {
  return d.rounds.filter((r) => r.exists).map((r) => {
    const counts = { on_time: 0, late: 0, overdue: 0, not_due: 0 };
    for (const c of d.committees) {
      const p = c.reports.find((x) => x.kind === r.kind)?.punctuality;
      if (p) counts[p] += 1;
    }
    return { kind: r.kind, ...counts };
  });
}

/** (d) The reports of each round by punctuality, stacked: on time, late, overdue, not yet due. */
export function punctualityChart(
  d: Pick<YearDashboard, 'rounds' | 'committees'>, roundNames: Readonly<Record<RoundKind, string>>,
  words: Readonly<Record<Punctuality, string>>, look: ChartLook,
): ChartOption {
  const counts = punctualityCounts(d);
  return barChartOption({
    unit: 'count',
    categories: counts.map((c) => roundNames[c.kind]),
    series: PUNCTUALITIES.map((p) => ({ name: words[p], colour: PUNCTUALITY_COLOURS[p], stack: 'reports', values: counts.map((c) => c[p]) })),
  }, look);
}

/** The names of the indicator chart's series, in the reader's language. */
export interface IndicatorWords { target: string; outcome: string }

/** The indicators a chart of shares can draw: those with a target and an approved outcome whose share is a number. */
export function chartedIndicators(indicators: readonly DashboardIndicator[]): DashboardIndicator[] {
  return indicators.filter((i) => i.sharePercent !== null);
}

/** An indicator's label on the chart's axis: its committee's district where several committees are shown, its project's number otherwise. */
export function indicatorLabel(indicator: DashboardIndicator, severalCommittees: boolean): string {
  const prefix = severalCommittees ? shortCommitteeName(indicator.committeeName) : `${indicator.projectNumber}.`;
  return `${prefix} ${indicator.name}`;
}

/**
 * (e) Each indicator's approved outcome as a percentage of its target (whole percent, rounded), beside
 * the target as 100 %: units differ between indicators, so shares are what one axis can hold. The
 * exact target and outcome are in the table beside the chart.
 */
export function indicatorChart(indicators: readonly DashboardIndicator[], words: IndicatorWords, look: ChartLook): ChartOption {
  const drawn = chartedIndicators(indicators);
  const several = new Set(drawn.map((i) => i.committeeId)).size > 1;
  return barChartOption({
    unit: 'percent',
    horizontal: true,
    categories: drawn.map((i) => indicatorLabel(i, several)),
    series: [
      { name: words.target, colour: INDICATOR_COLOURS.target, values: drawn.map(() => 100) },
      { name: words.outcome, colour: INDICATOR_COLOURS.outcome, values: drawn.map((i) => i.sharePercent) },
    ],
  }, look);
}
