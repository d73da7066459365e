// The city-wide report's chart: grant, approved accruals year to date and what remains per committee,
// drawn from the report's own figures with the dashboard's option builder (src/domain/charts) and
// rendered to SVG on the server, in the PDF's embedded DejaVu Sans. Its data is the summary table
// above it; its text summary is printed under it.
import { shortCommitteeName } from '../../domain/charts/format.js';
import { moneyChart, type MoneyChartRow } from '../../domain/charts/options.js';
import { moneyFacts, swedishMoneySummary } from '../../domain/charts/summaries.js';
import { committeeTotals, type CityReport } from './city-report.js';
import { PDF_FONT } from './fonts.js';

/** The chart's heading in the document. */
export const CHART_HEADING = 'Bidrag och godkänt periodiserat per nämnd';

/** One row per committee: its grant; accruals and remainder only where its report is approved. */
export function cityReportChartRows(model: CityReport): MoneyChartRow[] {
  return model.committees.map((c) => {
    const totals = committeeTotals(c);
    const approved = c.status === 'approved';
    return {
      name: shortCommitteeName(c.name),
      grantOre: totals.grantOre,
      accruedOre: approved ? (totals.yearToDateOre ?? 0) : null,
      remainingOre: approved ? totals.remainingOre : null,
    };
  });
}

/** The text under the chart: totals, share, where most remains; and that unapproved committees show their grant only. */
export function cityReportChartSummary(model: CityReport): string {
  const rows = cityReportChartRows(model);
  const summary = swedishMoneySummary(moneyFacts(rows.map((r) => ({ ...r, accruedOre: r.accruedOre ?? 0 }))));
  const without = model.committees.filter((c) => c.status !== 'approved').length;
  return without === 0 ? summary : `${summary} Nämnder utan godkänd redovisning i omgången (${without}) visar bara sitt bidrag.`;
}

/** The chart as SVG, `width` pt wide, with its height (a bar group per committee). */
export async function cityReportChartSvg(model: CityReport, width: number): Promise<{ svg: string; height: number }> {
  const height = 48 + model.committees.length * 34;
  const option = moneyChart(cityReportChartRows(model), { grant: 'Beviljat', accrued: 'Godkänt periodiserat', remaining: 'Kvar' }, { fontFamily: PDF_FONT, animation: false });
  const { renderChartSvg } = await import('./chart-svg.js');
  return { svg: renderChartSvg(option, { width, height }), height };
}
