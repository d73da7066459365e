import { reports, roundAccruals } from '../../db/index.js';
import type { CityReport } from '../../documents/render/city-report.js';
import { AppError } from '../../domain/errors.js';
import { roundClosingDate } from '../../domain/period.js';
import { roundStatusName } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { organisationName } from '../organisation.js';
import { canReadCityReport } from '../policies/finance.js';
import { roundName } from '../rounds/round-state.js';
import { APPROVED_ON_PAPER } from '../reports/get-report-document.js';
import { roundByCode } from './round-by-code.js';
import { roundFigures } from './round-figures.js';


/**
 * The city-wide report of a round: every committee of the round with its state, the figures of each
 * project it runs that year (from approved reports only), and each approved report in full. A report
 * that is not approved contributes its state and nothing of its text.
 */
export async function compileRound(ctx: AppContext, input: { round: string }): Promise<CityReport> {
  if (!canReadCityReport(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att läsa sammanställningen.');
  const db = ctx.database.db;
  const round = await roundByCode(db, input.round);
  const [figures, reportList] = await Promise.all([roundFigures(db, round), roundAccruals.reportsOfRound(db, round.id)]);
  const approved = new Map(reportList.filter((r) => r.state === 'approved').map((r) => [r.committeeId, r]));
  const committees = [];
  for (const line of figures) {
    const report = approved.get(line.committeeId);
    committees.push({
      name: line.committeeName,
      counterparty: line.counterparty,
      status: line.status,
      statusName: roundStatusName(line.status),
      approved: report ? {
        reportId: report.reportId,
        version: report.version,
        approvedAt: report.approvedAt ?? '',
        approvedBy: report.approvedBy ?? APPROVED_ON_PAPER,
        document: (await reports.getDocument(db, report.reportId)).document,
      } : null,
      projects: line.projects.map((p) => ({
        number: p.number, name: p.name, projectCode: p.projectCode, grantOre: p.grantOre,
        accruedThisRoundOre: p.accruedThisRoundOre, yearToDateOre: p.yearToDateOre, remainingOre: p.remainingOre, source: p.source,
      })),
    });
  }
  return {
    organisation: await organisationName(db),
    programme: null,
    round: { code: round.code, name: roundName(round), periodFrom: round.periodFrom, periodTo: round.periodTo, closingDate: roundClosingDate(round) },
    generatedAt: ctx.now().toISOString(),
    committees,
  };
}
