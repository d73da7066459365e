import { describe, expect, it } from 'vitest';
import type { ReportDocument } from './report.js';
import { isSubmittable, validateReport } from './validation.js';

const report = (over: Partial<ReportDocument> = {}): ReportDocument => ({
  format: 'redovisa.report/1',
  title: 'Redovisning ytterstadsprojekt',
  reportType: 'Tertialrapport och Verksamhetsberättelse',
  committee: 'Hässelby-Vällingby stadsdelsnämnd',
  accrualPeriod: { from: '2014-08-01', to: '2014-12-31' },
  projects: [{
    number: 1,
    name: 'Lärandecenter',
    entries: [{ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 262683700, text: 'Ej fakturerat tom 2014-08-31' }],
    narrative: { title: 'Bibliotek och lärandecenter', paragraphs: ['Medborgarservice har tagit emot 501 besök.'] },
  }],
  ...over,
});

const codes = (r: ReportDocument, counterparty?: string) =>
  validateReport(r, counterparty ? { committeeCounterparty: counterparty } : {}).map((i) => `${i.severity}:${i.code}:${i.path}`);

describe('validateReport', () => {
  it('finds nothing wrong with the seed-like report', () => {
    expect(codes(report(), '1704')).toEqual([]);
  });
  it('requires four-digit account, IKB and counterparty', () => {
    const r = report();
    r.projects[0]!.entries[0] = { account: '369', ikb: '17a1', counterparty: '17045', amountOre: 1, text: 'Ej fakturerat' };
    expect(codes(r)).toEqual([
      'error:account_format:projects.0.entries.0.account',
      'error:ikb_format:projects.0.entries.0.ikb',
      'error:counterparty_format:projects.0.entries.0.counterparty',
    ]);
  });
  it("requires the committee's own counterparty number", () => {
    const issues = validateReport(report(), { committeeCounterparty: '1710' });
    expect(issues.map((i) => i.code)).toEqual(['counterparty_not_committee']);
    expect(issues[0]!.message).toContain('nämndens eget nummer 1710, inte 1704');
  });
  it('requires from ≤ through within one year, with real dates', () => {
    expect(codes(report({ accrualPeriod: { from: '2014-12-31', to: '2014-08-01' } }))).toEqual(['error:period_reversed:accrualPeriod']);
    expect(codes(report({ accrualPeriod: { from: '2014-08-01', to: '2015-01-31' } }))).toContain('error:period_spans_years:accrualPeriod');
    expect(codes(report({ accrualPeriod: { from: '2014-02-30', to: '2014-12-31' } }))).toEqual(['error:period_invalid_date:accrualPeriod.from']);
  });
  it('warns when an entry text names a date outside the period', () => {
    const r = report({ accrualPeriod: { from: '2014-09-01', to: '2014-12-31' } });
    const issues = validateReport(r);
    expect(issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['warning:entry_date_outside_period']);
    expect(issues[0]!.message).toContain('2014-08-31');
    expect(isSubmittable(issues)).toBe(true);
  });
  it('warns about a project without entries or narrative, and blocks duplicate numbers', () => {
    const r = report();
    r.projects.push({ number: 1, name: 'Sociala insatsgrupper', entries: [], narrative: null });
    expect(codes(r)).toEqual([
      'error:project_number_duplicate:projects.1.number',
      'warning:project_without_entries:projects.1.entries',
      'warning:project_without_narrative:projects.1.narrative',
    ]);
    expect(isSubmittable(validateReport(r))).toBe(false);
  });
  it('warns about a period outside the round, an entry without text, and more accrued this year than granted', () => {
    const r = report();
    r.projects[0]!.entries.push({ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 100, text: '  ' });
    const issues = validateReport(r, {
      round: { code: '2014-T2', from: '2014-01-01', to: '2014-08-31' },
      projectFigures: [{ grantOre: 300_000_000, accruedBeforeOre: 40_000_000 }],
    });
    expect(issues.map((i) => `${i.severity}:${i.code}:${i.path}`)).toEqual([
      'warning:period_outside_round:accrualPeriod',
      'warning:accrued_over_grant:projects.0.entries',
      'warning:entry_without_text:projects.0.entries.1.text',
    ]);
    expect(issues[1]!.message).toBe('Projekt 1 (Lärandecenter): periodiserat hittills i år (3\u00a0026\u00a0838\u00a0kr) är 26\u00a0838\u00a0kr mer än bidraget 3\u00a0000\u00a0000\u00a0kr.');
    expect(isSubmittable(issues)).toBe(true);
    // Within the grant, and without a grant, nothing is said.
    expect(validateReport(report(), { projectFigures: [{ grantOre: 262_683_700, accruedBeforeOre: 0 }] })).toEqual([]);
    expect(validateReport(report(), { projectFigures: [{ grantOre: null, accruedBeforeOre: 9 }] })).toEqual([]);
  });
});
