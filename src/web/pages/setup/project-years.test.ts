import { describe, expect, it } from 'vitest';
import { projectYearOptions, runningIn } from './project-years.js';

const project = (activeFromYear: number, activeToYear: number | null, grantYears: number[] = []) =>
  ({ activeFromYear, activeToYear, grants: grantYears.map((year) => ({ year })) });

describe('the years the project list offers', () => {
  it('offers the years the projects run, not a window around today', () => {
    expect(projectYearOptions([project(2014, 2014, [2014]), project(2014, 2015)], 2026)).toEqual([2026, 2015, 2014]);
  });

  it('runs a project without an end year through this year, and counts every grant year', () => {
    expect(projectYearOptions([project(2023, null)], 2026)).toEqual([2026, 2025, 2024, 2023]);
    expect(projectYearOptions([project(2027, null, [2028])], 2026)).toEqual([2028, 2027, 2026]);
    expect(projectYearOptions([], 2026)).toEqual([2026]);
  });

  it('filters by the year as the server does: started by then and not ended before', () => {
    const list = [project(2014, 2014), project(2014, null), project(2016, 2017)];
    expect(runningIn(list, 2015)).toEqual([list[1]]);
    expect(runningIn(list, 2016)).toEqual([list[1], list[2]]);
    expect(runningIn(list, null)).toEqual(list);
  });
});
