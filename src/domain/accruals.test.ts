import { describe, expect, it } from 'vitest';
import { projectFigures } from './accruals.js';

describe('project figures', () => {
  const year = [
    { periodTo: '2014-04-30', sumOre: 10_000_00 },
    // T2 reverses T1's 10 000 kr and accrues 25 000,50 kr: a change of 15 000,50 kr.
    { periodTo: '2014-08-31', sumOre: 15_000_50 },
    { periodTo: '2014-12-31', sumOre: -5_000_00 },
  ];
  it('gives the change in the round, the year to date and what remains of the grant', () => {
    expect(projectFigures(100_000_00, year, '2014-08-31')).toEqual({
      grantOre: 100_000_00, accruedThisRoundOre: 15_000_50, yearToDateOre: 25_000_50, remainingOre: 74_999_50,
    });
    expect(projectFigures(100_000_00, year, '2014-12-31').yearToDateOre).toBe(20_000_50);
  });
  it('has no remainder without a grant, and goes below zero when more is accrued than granted', () => {
    expect(projectFigures(null, year, '2014-04-30')).toEqual({ grantOre: null, accruedThisRoundOre: 10_000_00, yearToDateOre: 10_000_00, remainingOre: null });
    expect(projectFigures(5_000_00, year, '2014-04-30').remainingOre).toBe(-5_000_00);
  });
});
