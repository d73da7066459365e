// The public round page's chart: grant, approved accruals year to date and what remains per committee,
// built by the dashboard's option builder (src/domain/charts) and rendered to SVG on the server, as the
// city-wide PDF renders it — no script reaches the visitor. The table beside it is the accessible
// version; the SVG is a picture of it, hidden from screen readers.
import type { CommitteeRoundFigures } from '../../app/finance/round-figures.js';
import { shortCommitteeName } from '../../domain/charts/format.js';
import { moneyChart, type MoneyChartRow } from '../../domain/charts/options.js';
import { moneyFacts, swedishMoneySummary } from '../../domain/charts/summaries.js';
import { sumOre } from '../../domain/money.js';

/** The chart's width in px; the page scales it down on a narrow screen. */
const WIDTH = 760;
/** The page's own fonts, so the chart's text matches the text around it (no quotes: the SVG is inlined in an attribute). */
const PAGE_FONT = 'system-ui, -apple-system, Roboto, Arial, sans-serif';

/** The round's chart: its SVG and its one-sentence summary. */
export interface RoundChart { svg: string; summary: string }

const sum = (values: ReadonlyArray<number | null>) => sumOre(values.flatMap((v) => (v === null ? [] : [v])));

/** One row per committee shown (every one approved): the sums of its projects' grants, years to date and remainders. */
export function roundChartRows(committees: readonly CommitteeRoundFigures[]): MoneyChartRow[] {
  return committees.map((c) => ({
    name: shortCommitteeName(c.committeeName),
    grantOre: sum(c.projects.map((p) => p.grantOre)),
    accruedOre: sum(c.projects.map((p) => p.yearToDateOre)),
    remainingOre: sum(c.projects.map((p) => p.remainingOre)),
  }));
}

/** The chart as SVG (hidden from screen readers, never focused) with its summary; null when no committee is shown. */
export async function roundChart(committees: readonly CommitteeRoundFigures[]): Promise<RoundChart | null> {
  if (committees.length === 0) return null;
  const rows = roundChartRows(committees);
  const summary = swedishMoneySummary(moneyFacts(rows.map((r) => ({ ...r, accruedOre: r.accruedOre ?? 0 }))));
  const option = moneyChart(rows, { grant: 'Beviljat', accrued: 'Godkänt periodiserat', remaining: 'Kvar' }, { fontFamily: PAGE_FONT, animation: false });
  // ECharts loads with the first chart, not at start-up.
  const { renderChartSvg } = await import('../../documents/render/chart-svg.js');
  const svg = renderChartSvg(option, { width: WIDTH, height: 56 + rows.length * 40 })
    .replace(/^<svg\b/u, '<svg aria-hidden="true" focusable="false" class="public-chart__svg"');
  return { svg, summary };
}
