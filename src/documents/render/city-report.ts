// The city-wide report of a round (sammanställning): the model its documents are rendered from, and
// the words and sums the PDF, DOCX and XLSX share. The model carries approved reports only: a
// committee whose report is not approved has its grant and its status, never its draft.
import { AppError } from '../../domain/errors.js';
import { formatKronor, isSafeOre, sumOre } from '../../domain/money.js';
import type { ReportDocument } from '../../domain/report.js';
import { formatStockholmTime } from '../local-time.js';
import type { DocumentApproval } from '../wording.js';

/** The city-wide report of one round: every committee of the round, in order. */
export interface CityReport {
  organisation: string; // e.g. "Stockholms stad"
  programme: string | null; // e.g. "Ytterstadssatsningen" (null: all programmes)
  round: { code: string /* "2014-VB" */; name: string /* "Verksamhetsberättelse 2014" */; periodFrom: string; periodTo: string; closingDate: string };
  generatedAt: string; // ISO instant
  committees: CityReportCommittee[]; // every committee of the round, in order
}

/** One committee in the city-wide report: its status, its approved report (if any) and its projects. */
export interface CityReportCommittee {
  name: string;
  counterparty: string;
  status: 'not_started' | 'draft' | 'submitted' | 'returned' | 'approved' | 'reopened';
  statusName: string; // Swedish, e.g. "Godkänd", "Ej påbörjad"
  approved: null | { reportId: number; version: number; approvedAt: string; approvedBy: string; document: ReportDocument };
  projects: CityReportProject[]; // one line per project of the committee active in the round's year
}

/** One project's figures in öre; null where there is no figure (no grant, or no approved report). */
export interface CityReportProject {
  number: number;
  name: string;
  projectCode: string;
  grantOre: number | null;
  accruedThisRoundOre: number | null; // null where the committee's report is not approved
  yearToDateOre: number | null;
  remainingOre: number | null;
  source: { reportId: number; version: number } | null; // provenance of the figures
}

/** The summed figures of a committee or of the whole round; null where no line has a figure. */
export interface CityReportTotals {
  grantOre: number | null;
  accruedThisRoundOre: number | null;
  yearToDateOre: number | null;
  remainingOre: number | null;
}

/** The amount columns of the summary, in order, with their Swedish headings. */
export const AMOUNT_COLUMNS = [
  { key: 'grantOre', heading: 'Beviljat' },
  { key: 'accruedThisRoundOre', heading: 'Denna omgång' },
  { key: 'yearToDateOre', heading: 'Hittills i år' },
  { key: 'remainingOre', heading: 'Återstår' },
] as const satisfies readonly { key: keyof CityReportTotals; heading: string }[];

/** The summary table's column headings: the project, then the amounts. */
export const SUMMARY_COLUMNS = ['Projekt', ...AMOUNT_COLUMNS.map((c) => c.heading)] as const;

/** A project in the summary by its ledger code, as finance knows it: "1704-02 Lärandecenter". */
export function projectLabel(project: CityReportProject): string {
  return `${project.projectCode} ${project.name}`;
}

/** The heading over the summary table. */
export const SUMMARY_HEADING = 'Sammanfattning';

/** The heading of the appendix that names where the figures came from. */
export const SOURCES_HEADING = 'Källor';

/** The column headings of the sources appendix. */
export const SOURCE_COLUMNS = ['Nämnd', 'Rapport', 'Version', 'Godkänd', 'Godkänd av'] as const;

/** What a dash in an amount column means, printed under the summary when one appears. */
export const NO_FIGURE_NOTE =
  '– betyder att det inte finns något belopp: inget beviljat bidrag, eller ingen godkänd redovisning. ' +
  'Summorna räknar bara med de belopp som finns.';

/**
 * Refuses a model that would print a wrong number: an amount that is not a whole number of öre, or
 * figures for the round from a committee without an approved report (drafts are read nowhere).
 */
export function checkCityReport(model: CityReport): void {
  for (const committee of model.committees) {
    for (const project of committee.projects) {
      for (const { key } of AMOUNT_COLUMNS) {
        const value = project[key];
        if (value !== null && !isSafeOre(value)) {
          throw new AppError('internal', `Sammanställningen kan inte göras: ${committee.name}, projekt ${project.number} har ett belopp som inte är ett helt antal öre.`, { committee: committee.name, project: project.number });
        }
      }
    }
    if (committee.approved !== null) continue;
    const project = committee.projects.find((p) => p.accruedThisRoundOre !== null);
    if (project) {
      throw new AppError(
        'internal',
        `Sammanställningen kan inte göras: ${committee.name} har belopp för omgången i projekt ${project.number} utan godkänd redovisning.`,
        { committee: committee.name, project: project.number },
      );
    }
  }
}

/** "Sammanställning Verksamhetsberättelse 2014". */
export function cityReportTitle(model: CityReport): string {
  return `Sammanställning ${model.round.name}`;
}

/** "Ytterstadssatsningen", or "Alla satsningar" when the report covers every programme. */
export function programmeLine(model: CityReport): string {
  return model.programme ?? 'Alla satsningar';
}

/** "Omgång 2014-VB, period 2014-01-01–2014-12-31, bokslutsdag 2014-12-31". */
export function roundLine(model: CityReport): string {
  const { code, periodFrom, periodTo, closingDate } = model.round;
  return `Omgång ${code}, period ${periodFrom}\u2013${periodTo}, bokslutsdag ${closingDate}`;
}

/** "Sammanställd 2015-01-20 09:30" in Stockholm's time. */
export function generatedLine(model: CityReport): string {
  return `Sammanställd ${formatStockholmTime(model.generatedAt)}`;
}

/** "Godkänd" for an approved report, otherwise "Ej godkänd: Utkast" (the status in Swedish). */
export function committeeStatus(committee: CityReportCommittee): string {
  return committee.approved === null ? `Ej godkänd: ${committee.statusName}` : committee.statusName;
}

/** "Hässelby-Vällingby stadsdelsnämnd (1704) – Godkänd": a committee's row in the summary. */
export function committeeLabel(committee: CityReportCommittee): string {
  return `${committee.name} (${committee.counterparty}) \u2013 ${committeeStatus(committee)}`;
}

/** "Summa Hässelby-Vällingby stadsdelsnämnd". */
export function subtotalLabel(committee: CityReportCommittee): string {
  return `Summa ${committee.name}`;
}

/** The label of the grand total. */
export const GRAND_TOTAL_LABEL = 'Totalt alla nämnder';

/** An amount for a table cell, `2 626 837`, or an en dash where there is no figure. */
export function amountOrDash(ore: number | null): string {
  return ore === null ? '\u2013' : formatKronor(ore);
}

function total(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : sumOre(present);
}

/** Exact integer sums of a committee's project lines. */
export function committeeTotals(committee: CityReportCommittee): CityReportTotals {
  return totalsOf(committee.projects);
}

/** Exact integer sums over every committee's project lines. */
export function grandTotals(model: CityReport): CityReportTotals {
  return totalsOf(model.committees.flatMap((c) => c.projects));
}

function totalsOf(lines: readonly CityReportTotals[]): CityReportTotals {
  return {
    grantOre: total(lines.map((l) => l.grantOre)),
    accruedThisRoundOre: total(lines.map((l) => l.accruedThisRoundOre)),
    yearToDateOre: total(lines.map((l) => l.yearToDateOre)),
    remainingOre: total(lines.map((l) => l.remainingOre)),
  };
}

/** "Ej godkända redovisningar": the heading over the committees whose report is not approved. */
export const NOT_APPROVED_HEADING = 'Ej godkända redovisningar';

/** The committees whose report is not approved: their figures for the round are not in the report. */
export function notApproved(model: CityReport): CityReportCommittee[] {
  return model.committees.filter((c) => c.approved === null);
}

/** A committee's row in the sources appendix: report id, version, approved at and by, or its status. */
export function sourceRow(committee: CityReportCommittee): [string, string, string, string, string] {
  const a = committee.approved;
  if (a === null) return [committee.name, '\u2013', '\u2013', committeeStatus(committee), ''];
  return [committee.name, String(a.reportId), String(a.version), formatStockholmTime(a.approvedAt), a.approvedBy];
}

/** Lines for projects whose figures came from another report or version than the committee's approved one. */
export function otherSources(committee: CityReportCommittee): string[] {
  const a = committee.approved;
  return committee.projects
    .filter((p) => p.source !== null && (a === null || p.source.reportId !== a.reportId || p.source.version !== a.version))
    .map((p) => `${committee.name}, projekt ${p.number} ${p.name}: rapport ${p.source!.reportId}, version ${p.source!.version}`);
}

/** The line above the sources table. */
export const SOURCES_INTRO = 'Beloppen för omgången och rapporterna i sammanställningen kommer från dessa godkända versioner.';

/**
 * The approved reports, in the committees' order, for the part of the document that reprints them,
 * each with the approval it ends with (as its own document does).
 */
export function approvedReports(model: CityReport): { committee: CityReportCommittee; document: ReportDocument; approval: DocumentApproval | null }[] {
  return model.committees.flatMap((c) => (c.approved ? [{
    committee: c,
    document: c.approved.document,
    approval: c.approved.approvedAt === '' ? null : { at: c.approved.approvedAt, by: c.approved.approvedBy, version: c.approved.version },
  }] : []));
}
