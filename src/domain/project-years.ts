/** The years the set-up accepts: wide enough for old reports and long plans, narrow enough to catch typos. */
export const MIN_YEAR = 2000;
/** The last year the set-up accepts (see MIN_YEAR). */
export const MAX_YEAR = 2100;

/** The years a project runs: from a year, through a year or still running (null). */
export interface ProjectYears {
  readonly activeFromYear: number;
  readonly activeToYear: number | null;
}

/** True when a project runs in the year (no end year: still running). */
export function isActiveIn(project: ProjectYears, year: number): boolean {
  return project.activeFromYear <= year && (project.activeToYear === null || year <= project.activeToYear);
}

/** "Slutåret (2013) kan inte ligga före startåret (2014)." */
export function yearsReversed(from: number, to: number): string {
  return `Slutåret (${to}) kan inte ligga före startåret (${from}).`;
}

/** Why a grant cannot be given for a year the project does not run. */
export function grantOutsideYears(project: ProjectYears, year: number): string {
  const span = `${project.activeFromYear}–${project.activeToYear ?? ''}`;
  return `Projektet pågår ${span}; ett bidrag för ${year} kan inte anges.`;
}
