// The dashboard's indicators: per project, each indicator's target for the year against the latest
// outcome an approved report of the year gave it. Values stay exact decimal strings; how far along is
// an exact comparison, and the share of the target is a whole percentage rounded in integers — for
// the chart's bars and a reader's glance, never for a sum.
import { compareIndicatorValues, indicatorSharePercent } from './indicator-value.js';
import type { RoundKind } from './period.js';

/** What the app layer reads: an indicator of a project running in the year, with the latest approved outcome. */
export interface DashboardIndicatorRow {
  indicatorId: number;
  projectId: number;
  projectNumber: number;
  projectName: string;
  committeeId: number;
  committeeName: string;
  name: string;
  unit: string;
  baseline: string | null;
  target: string | null;
  outcome: { value: string; reportId: number; roundKind: RoundKind } | null;
}

/** One indicator on the dashboard. */
export interface DashboardIndicator {
  indicatorId: number;
  committeeId: number;
  committeeName: string;
  projectId: number;
  projectNumber: number;
  projectName: string;
  name: string;
  unit: string;
  /** Exact decimal strings ("12.5"), as stored. */
  baseline: string | null;
  target: string | null;
  outcome: string | null;
  /** The round whose approved report gave the outcome, and that report. */
  outcomeRound: RoundKind | null;
  outcomeReportId: number | null;
  /** The outcome against the target, exactly: −1 below, 0 equal, 1 above; null without both. */
  againstTarget: -1 | 0 | 1 | null;
  /** The outcome as a whole percentage of the target, rounded (for the chart); null without both or with a target of zero. */
  sharePercent: number | null;
}

/** The dashboard's indicators from the rows (pure; the rows' order is kept). */
export function dashboardIndicators(rows: readonly DashboardIndicatorRow[]): DashboardIndicator[] {
  return rows.map((r) => {
    const outcome = r.outcome?.value ?? null;
    const both = outcome !== null && r.target !== null;
    return {
      indicatorId: r.indicatorId, committeeId: r.committeeId, committeeName: r.committeeName,
      projectId: r.projectId, projectNumber: r.projectNumber, projectName: r.projectName,
      name: r.name, unit: r.unit, baseline: r.baseline, target: r.target, outcome,
      outcomeRound: r.outcome?.roundKind ?? null, outcomeReportId: r.outcome?.reportId ?? null,
      againstTarget: both ? compareIndicatorValues(outcome, r.target!) : null,
      sharePercent: both ? indicatorSharePercent(outcome, r.target!) : null,
    };
  });
}
