import { describe, expect, it } from 'vitest';
import type { YearDashboard } from '../dashboard.js';
import { formatRoundedSek, percentOf, shortCommitteeName } from './format.js';
import { committeeMoneyChart, indicatorChart, punctualityChart, punctualityCounts, roundComparisonChart } from './options.js';
import { INDICATOR_COLOURS, MONEY_COLOURS } from './palette.js';
import { dashboardIndicators } from '../dashboard-indicators.js';
import { indicatorFacts, moneyFacts, swedishMoneySummary } from './summaries.js';

const LOOK = { fontFamily: 'DejaVuSans', animation: false };
const NAMES = { T1: 'T1', T2: 'T2', VB: 'VB' } as const;
const round = (kind: 'T1' | 'T2' | 'VB', exists = true) => ({ kind, code: `2014-${kind}`, exists, periodTo: null, deadline: null, state: null });
const committee = (name: string, grantOre: number, accruedOre: number, punctuality: Array<'on_time' | 'late' | 'overdue' | 'not_due'>) => ({
  committeeId: 1, committeeName: name, grantOre, accruedOre, remainingOre: grantOre - accruedOre, asOf: 'T2' as const,
  byRound: [], projects: [],
  reports: punctuality.map((p, i) => ({ kind: (['T1', 'T2', 'VB'] as const)[i]!, reportId: null, status: 'draft' as const, submittedAt: null, punctuality: p })),
});
const dashboard: YearDashboard = {
  year: 2014, committeeId: null, rounds: [round('T1'), round('T2'), round('VB', false)],
  committees: [
    committee('Skärholmens stadsdelsnämnd', 1_200_000_000, 940_000_050, ['on_time', 'late']),
    committee('Spånga-Tensta stadsdelsnämnd', 500_000_000, 250_000_000, ['on_time', 'overdue']),
    committee('Bromma stadsdelsnämnd', 100_000_000, 100_000_001, ['late', 'overdue']),
  ],
  totals: { grantOre: 0, accruedOre: 0, remainingOre: 0, byRound: [
    { kind: 'T1', yearToDateOre: 123_456_789, approvedCommittees: 3, notApprovedCommittees: 0 },
    { kind: 'T2', yearToDateOre: 0, approvedCommittees: 0, notApprovedCommittees: 3 },
    { kind: 'VB', yearToDateOre: 0, approvedCommittees: 0, notApprovedCommittees: 0 },
  ] },
  previous: { year: 2013, grantOre: 0, byRound: [
    { kind: 'T1', yearToDateOre: 50_050, approvedCommittees: 1, notApprovedCommittees: 0 },
    { kind: 'T2', yearToDateOre: 0, approvedCommittees: 0, notApprovedCommittees: 0 },
    { kind: 'VB', yearToDateOre: 99, approvedCommittees: 1, notApprovedCommittees: 0 },
  ] },
  indicators: [],
};

describe('chart texts', () => {
  it('rounds amounts for reading, exact amounts stay in the tables', () => {
    expect(formatRoundedSek(1_200_000_000)).toBe('12\u00a0mnkr');
    expect(formatRoundedSek(940_000_050)).toBe('9,4\u00a0mnkr');
    expect(formatRoundedSek(-250_000_000)).toBe('\u22122,5\u00a0mnkr');
    expect(formatRoundedSek(85_049_999)).toBe('850\u00a0tkr');
    expect(formatRoundedSek(4_950)).toBe('50\u00a0kr');
    expect(percentOf(940_000_050, 1_200_000_000)).toBe(78);
    expect(percentOf(5, 0)).toBeNull();
  });

  it('names the district, not the committee, on an axis', () => {
    expect(['Skärholmens stadsdelsnämnd', 'Hässelby-Vällingby stadsdelsnämnd', 'Bromma stadsdelsnämnd', 'Hägersten-Liljeholmens stadsdelsnämnd', 'Kommunstyrelsen']
      .map(shortCommitteeName)).toEqual(['Skärholmen', 'Hässelby-Vällingby', 'Bromma', 'Hägersten-Liljeholmen', 'Kommunstyrelsen']);
  });

  it('sums up a money chart in a sentence: totals, share, most remaining, overspent', () => {
    const facts = moneyFacts(dashboard.committees.map((c) => ({ ...c, name: shortCommitteeName(c.committeeName) })));
    expect(facts).toEqual({
      grantOre: 1_800_000_000, accruedOre: 1_290_000_051, sharePercent: 72,
      mostRemaining: { name: 'Skärholmen', remainingOre: 259_999_950 }, overspent: ['Bromma'],
    });
    expect(swedishMoneySummary(facts)).toBe(
      'Beviljat 18\u00a0mnkr, godkänt periodiserat 12,9\u00a0mnkr (72\u00a0%). Mest kvar: Skärholmen (2,6\u00a0mnkr). Mer periodiserat än beviljat: Bromma.',
    );
  });
});

describe('chart options', () => {
  it('draws grant, accrued and remaining per committee in whole kronor, in the palette', () => {
    const option = committeeMoneyChart(dashboard, { grant: 'Beviljat', accrued: 'Periodiserat', remaining: 'Kvar' }, LOOK);
    expect(option.textStyle).toEqual({ fontFamily: 'DejaVuSans', color: '#1f2933' });
    expect((option.yAxis as { data: string[] }).data).toEqual(['Skärholmen', 'Spånga-Tensta', 'Bromma']);
    const series = option.series as Array<{ name: string; data: number[]; itemStyle: { color: string } }>;
    expect(series.map((s) => [s.name, s.itemStyle.color, s.data])).toEqual([
      ['Beviljat', MONEY_COLOURS.grant, [12_000_000, 5_000_000, 1_000_000]],
      ['Periodiserat', MONEY_COLOURS.accrued, [9_400_001, 2_500_000, 1_000_000]],
      ['Kvar', MONEY_COLOURS.remaining, [2_600_000, 2_500_000, 0]],
    ]);
  });

  it('compares the rounds with last year, and counts punctuality per existing round', () => {
    const option = roundComparisonChart(dashboard, NAMES, LOOK);
    const series = option.series as Array<{ name: string; data: number[] }>;
    expect(series.map((s) => [s.name, s.data])).toEqual([['2013', [501, 0, 1]], ['2014', [1_234_568, 0, 0]]]);
    expect(punctualityCounts(dashboard)).toEqual([
      { kind: 'T1', on_time: 2, late: 1, overdue: 0, not_due: 0 },
      { kind: 'T2', on_time: 0, late: 1, overdue: 2, not_due: 0 },
    ]);
    const stacked = punctualityChart(dashboard, NAMES, { on_time: 'I tid', late: 'Sent', overdue: 'Saknas', not_due: 'Ej förfallen' }, LOOK);
    expect((stacked.series as Array<{ stack: string; data: number[] }>).map((s) => [s.stack, s.data])).toEqual([
      ['reports', [2, 0]], ['reports', [1, 1]], ['reports', [0, 2]], ['reports', [0, 0]],
    ]);
  });
});

describe('the indicator chart', () => {
  const row = (committeeId: number, committeeName: string, projectNumber: number, name: string, target: string | null, outcome: string | null) => ({
    indicatorId: projectNumber * 10 + name.length, projectId: projectNumber, projectNumber, projectName: `Projekt ${projectNumber}`,
    committeeId, committeeName, name, unit: 'st', baseline: null, target,
    outcome: outcome === null ? null : { value: outcome, reportId: 7, roundKind: 'VB' as const },
  });
  const indicators = dashboardIndicators([
    row(1, 'Skärholmens stadsdelsnämnd', 1, 'Deltagare', '350', '212'),
    row(1, 'Skärholmens stadsdelsnämnd', 1, 'Andel tjejer', '50.5', '47.25'),
    row(2, 'Bromma stadsdelsnämnd', 2, 'Vandringar', '100', '99.5'),
    row(2, 'Bromma stadsdelsnämnd', 2, 'Möten', '12', '12'),
    row(2, 'Bromma stadsdelsnämnd', 3, 'Utan utfall', '8', null),
    row(2, 'Bromma stadsdelsnämnd', 3, 'Utan mål', null, '3'),
  ]);

  it('compares exactly and rounds the share in integers', () => {
    expect(indicators.map((i) => [i.name, i.outcome, i.againstTarget, i.sharePercent, i.outcomeRound])).toEqual([
      ['Deltagare', '212', -1, 61, 'VB'],
      ['Andel tjejer', '47.25', -1, 94, 'VB'],
      ['Vandringar', '99.5', -1, 100, 'VB'], // shown as 100 %, and still below the target
      ['Möten', '12', 0, 100, 'VB'],
      ['Utan utfall', null, null, null, null],
      ['Utan mål', '3', null, null, 'VB'],
    ]);
    expect(indicatorFacts(indicators)).toEqual({ count: 6, atOrAbove: 1, below: 3, incomplete: 2 });
  });

  it('draws each outcome as a share of its target beside the target as 100 %', () => {
    const option = indicatorChart(indicators, { target: 'Mål', outcome: 'Utfall' }, LOOK);
    expect((option.yAxis as { data: string[] }).data).toEqual(['Skärholmen Deltagare', 'Skärholmen Andel tjejer', 'Bromma Vandringar', 'Bromma Möten']);
    const series = option.series as Array<{ name: string; data: number[]; itemStyle: { color: string } }>;
    expect(series.map((s) => [s.name, s.itemStyle.color, s.data])).toEqual([
      ['Mål', INDICATOR_COLOURS.target, [100, 100, 100, 100]],
      ['Utfall', INDICATOR_COLOURS.outcome, [61, 94, 100, 100]],
    ]);
    const axis = option.xAxis as { axisLabel: { formatter: (v: number) => string } };
    expect(axis.axisLabel.formatter(50)).toBe('50\u00a0%');
    // One committee: the project's number instead of the district.
    const own = indicatorChart(indicators.slice(0, 2), { target: 'Mål', outcome: 'Utfall' }, LOOK);
    expect((own.yAxis as { data: string[] }).data).toEqual(['1. Deltagare', '1. Andel tjejer']);
  });
});
