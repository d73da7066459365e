import { indicators } from '../../db/index.js';
import type { IndicatorYearRow } from '../../db/repositories/indicators.js';
import { AppError } from '../../domain/errors.js';
import { compareIndicatorValues } from '../../domain/indicator-value.js';
import type { AppContext } from '../context.js';
import { canReadCityReport } from '../policies/finance.js';

/** Target against outcome for one indicator of one project in a year. */
export interface IndicatorFigure extends IndicatorYearRow {
  /** The outcome against the target, exactly: −1 below, 0 equal, 1 above; null without both. Whether above is good is the indicator's own matter. */
  outcomeAgainstTarget: -1 | 0 | 1 | null;
}

/**
 * For the dashboards: per project and indicator, the year's target against the latest outcome of an
 * approved report that year (a draft's outcome never shows). Everyone central and readers see every
 * committee's, narrowed by `committeeId` if they ask; a committee user sees their own only.
 */
export async function indicatorFigures(ctx: AppContext, input: { year: number; committeeId?: number }): Promise<IndicatorFigure[]> {
  const { actor } = ctx;
  const own = actor.kind === 'user' && (actor.role === 'reporter' || actor.role === 'approver') ? actor.committeeId : null;
  if (!canReadCityReport(actor) && own === null) throw new AppError('forbidden', 'Du har inte behörighet att se indikatorernas utfall.');
  if (own !== null && input.committeeId !== undefined && input.committeeId !== own) return [];
  const rows = await indicators.yearFigures(ctx.database.db, input.year, { committeeId: own ?? input.committeeId });
  return rows.map((row) => ({
    ...row,
    outcomeAgainstTarget: row.outcome === null || row.target === null ? null : compareIndicatorValues(row.outcome.value, row.target),
  }));
}
