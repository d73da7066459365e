// The years the project list can be filtered by: those the projects run, not a fixed window
// around today (a city's history starts years back; a fixed window hides it).
import { isActiveIn, type ProjectYears } from '../../../domain/project-years.js';

/** A project as the year filter needs it: its years and its grants. */
export interface ProjectSpan extends ProjectYears {
  readonly grants: readonly { readonly year: number }[];
}

/**
 * Every year some project runs (a project without an end year runs through this year), every year
 * with a grant, and this year: newest first.
 */
export function projectYearOptions(projects: readonly ProjectSpan[], thisYear: number): number[] {
  const years = new Set<number>([thisYear]);
  for (const p of projects) {
    const last = p.activeToYear ?? Math.max(thisYear, p.activeFromYear);
    for (let year = p.activeFromYear; year <= last; year++) years.add(year);
    for (const grant of p.grants) years.add(grant.year);
  }
  return [...years].sort((a, b) => b - a);
}

/** The projects that run in the year (all of them for no year), by the rule the server filters with. */
export function runningIn<T extends ProjectYears>(projects: readonly T[], year: number | null): T[] {
  return year === null ? [...projects] : projects.filter((p) => isActiveIn(p, year));
}
