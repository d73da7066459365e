import { describe, expect, it } from 'vitest';
import { LIMIT_MESSAGES, MAX_ENTRY_ORE } from './limits.js';
import { findReportProblem } from './report-problem.js';
import { REPORT_FORMAT, type AccrualEntry, type ReportDocument } from './report.js';

const entry = (amountOre: number): AccrualEntry => ({ account: '3699', ikb: '1771', counterparty: '1704', amountOre, text: 'Ej fakturerat tom 2014-08-31' });

const aReport = (entries: AccrualEntry[], paragraphs: string[] = ['Under året …']): ReportDocument => ({
  format: REPORT_FORMAT,
  title: 'Redovisning ytterstadsprojekt',
  reportType: 'Tertialrapport',
  committee: 'Hässelby-Vällingby stadsdelsnämnd',
  accrualPeriod: { from: '2014-01-01', to: '2014-08-31' },
  projects: [
    { number: 1, name: 'Trygghetsskapande åtgärder', entries: [entry(100)], narrative: null },
    { number: 2, name: 'Lärandecenter', entries, narrative: { title: 'Lärandecenter', paragraphs } },
  ],
});

describe('the report limits', () => {
  it('are written out in Swedish with the limit in them', () => {
    expect(LIMIT_MESSAGES.entryOre).toBe('Beloppet får vara högst 10 000 000 000 kr.');
    expect(LIMIT_MESSAGES.entriesPerProject).toBe('Ett projekt får ha högst 1 000 rader.');
    expect(LIMIT_MESSAGES.paragraphLength).toBe('Ett stycke får vara högst 20 000 tecken.');
  });
});

describe('findReportProblem', () => {
  it('finds nothing in a report within every limit, up to the largest amount either way', () => {
    expect(findReportProblem(aReport([entry(MAX_ENTRY_ORE), entry(-MAX_ENTRY_ORE)]))).toBeUndefined();
  });

  it('names the project and row of an amount beyond the cap', () => {
    expect(findReportProblem(aReport([entry(100), entry(900_000_000_000_000)]))).toEqual({
      path: 'projects.1.entries.1.amountOre',
      message: 'Projekt 2 (Lärandecenter), rad 2: Beloppet får vara högst 10 000 000 000 kr.',
    });
    expect(findReportProblem(aReport([entry(-MAX_ENTRY_ORE - 1)]))?.path).toBe('projects.1.entries.0.amountOre');
  });

  it('names the narrative with too many paragraphs, and the project with too many rows', () => {
    expect(findReportProblem(aReport([], Array.from({ length: 501 }, () => 'Stycke.')))).toEqual({
      path: 'projects.1.narrative.paragraphs',
      message: 'Delredovisning projekt 2 (Lärandecenter): En delredovisning får ha högst 500 stycken.',
    });
    expect(findReportProblem(aReport(Array.from({ length: 1_001 }, () => entry(1))))).toEqual({
      path: 'projects.1.entries',
      message: 'Projekt 2 (Lärandecenter): Ett projekt får ha högst 1 000 rader.',
    });
  });

  it("leaves the report's own fields to their messages", () => {
    expect(findReportProblem({ ...aReport([]), title: 'R'.repeat(201) })).toEqual({
      path: 'title', message: 'Rubriken får vara högst 200 tecken.',
    });
  });
});
