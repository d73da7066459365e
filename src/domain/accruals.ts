// Grants against accruals, per project and year. Reports are year to date: each round's report
// reverses what the previous round of the year accrued and accrues what is still not invoiced, so the
// net of one report is the change since the previous round, and the year to date is the sum of the
// year's approved reports up to and including the round.
import { sumOre } from './money.js';

/** One approved report's net accruals on a project, in a round ending on `periodTo`. */
export interface RoundAccrual {
  periodTo: string;
  sumOre: number;
}

/** A project's figures for one round: grant, the change in this round, year to date, what remains. */
export interface ProjectFigures {
  grantOre: number | null;
  accruedThisRoundOre: number;
  yearToDateOre: number;
  remainingOre: number | null;
}

/** The project's figures in the round ending `periodTo`, from its approved reports of the year. */
export function projectFigures(grantOre: number | null, approved: readonly RoundAccrual[], periodTo: string): ProjectFigures {
  const accruedThisRoundOre = sumOre(approved.filter((a) => a.periodTo === periodTo).map((a) => a.sumOre));
  const yearToDateOre = sumOre(approved.filter((a) => a.periodTo <= periodTo).map((a) => a.sumOre));
  return { grantOre, accruedThisRoundOre, yearToDateOre, remainingOre: grantOre === null ? null : grantOre - yearToDateOre };
}
