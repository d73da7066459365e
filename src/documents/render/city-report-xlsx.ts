// The city-wide report as an XLSX workbook for the controllers' own analysis: one row per committee
// and project, every approved entry, and where the figures came from. Amounts are numbers in kronor
// (exact: see MAX_SPREADSHEET_ORE), never text; cells never become formulas (spreadsheet.ts).
import type { AccrualEntry } from '../../domain/report.js';
import { toXlsx, type Column } from '../export/spreadsheet.js';
import { AMOUNT_COLUMNS, checkCityReport, cityReportTitle, committeeStatus, type CityReport, type CityReportCommittee, type CityReportProject } from './city-report.js';

/** The sheet names of the workbook, in order. */
export const CITY_REPORT_SHEETS = { summary: 'Sammanställning', entries: 'Poster', sources: 'Källor' } as const;

// A committee with no project that year still has its row: every committee of the round appears.
type SummaryRow = { committee: CityReportCommittee; project: CityReportProject | null };
type EntryRow = { committee: CityReportCommittee; projectNumber: number; projectCode: string | null; entry: AccrualEntry };

const summaryColumns: Column<SummaryRow>[] = [
  { header: 'Nämnd', kind: 'text', value: (r) => r.committee.name },
  { header: 'Motpart', kind: 'text', value: (r) => r.committee.counterparty },
  { header: 'Projektnr', kind: 'integer', value: (r) => r.project?.number ?? null },
  { header: 'Projektkod', kind: 'text', value: (r) => r.project?.projectCode ?? null },
  { header: 'Projekt', kind: 'text', value: (r) => r.project?.name ?? null },
  { header: 'Status', kind: 'text', value: (r) => committeeStatus(r.committee) },
  ...AMOUNT_COLUMNS.map((c): Column<SummaryRow> => ({ header: c.heading, kind: 'ore', value: (r) => r.project?.[c.key] ?? null })),
  { header: 'Källa: rapport', kind: 'integer', value: (r) => r.project?.source?.reportId ?? null },
  { header: 'Källa: version', kind: 'integer', value: (r) => r.project?.source?.version ?? null },
];

const entryColumns: Column<EntryRow>[] = [
  { header: 'Nämnd', kind: 'text', value: (r) => r.committee.name },
  { header: 'Projektnr', kind: 'integer', value: (r) => r.projectNumber },
  { header: 'Projektkod', kind: 'text', value: (r) => r.projectCode },
  { header: 'Konto', kind: 'text', value: (r) => r.entry.account },
  { header: 'IKB', kind: 'text', value: (r) => r.entry.ikb },
  { header: 'Motpart', kind: 'text', value: (r) => r.entry.counterparty },
  { header: 'Belopp', kind: 'ore', value: (r) => r.entry.amountOre },
  { header: 'Text', kind: 'text', value: (r) => r.entry.text },
];

const sourceColumns: Column<CityReportCommittee>[] = [
  { header: 'Nämnd', kind: 'text', value: (c) => c.name },
  { header: 'Status', kind: 'text', value: (c) => committeeStatus(c) },
  { header: 'Rapport', kind: 'integer', value: (c) => c.approved?.reportId ?? null },
  { header: 'Version', kind: 'integer', value: (c) => c.approved?.version ?? null },
  { header: 'Godkänd', kind: 'date', value: (c) => c.approved?.approvedAt ?? null },
  { header: 'Godkänd av', kind: 'text', value: (c) => c.approved?.approvedBy ?? null },
];

// Every entry of every approved report, with its project's ledger code from the committee's projects.
function entryRows(model: CityReport): EntryRow[] {
  return model.committees.flatMap((committee) =>
    (committee.approved?.document.projects ?? []).flatMap((section) => {
      const projectCode = committee.projects.find((p) => p.number === section.number)?.projectCode ?? null;
      return section.entries.map((entry) => ({ committee, projectNumber: section.number, projectCode, entry }));
    }),
  );
}

/** Renders the city-wide report as an XLSX workbook: Sammanställning, Poster and Källor. */
export async function renderCityReportXlsx(model: CityReport): Promise<Uint8Array> {
  checkCityReport(model);
  return toXlsx(
    [
      { name: CITY_REPORT_SHEETS.summary, columns: summaryColumns, rows: model.committees.flatMap((committee): SummaryRow[] =>
        committee.projects.length === 0 ? [{ committee, project: null }] : committee.projects.map((project) => ({ committee, project }))) },
      { name: CITY_REPORT_SHEETS.entries, columns: entryColumns, rows: entryRows(model) },
      { name: CITY_REPORT_SHEETS.sources, columns: sourceColumns, rows: model.committees },
    ],
    { createdAt: new Date(model.generatedAt), title: `${cityReportTitle(model)} \u2013 ${model.organisation}` },
  );
}
