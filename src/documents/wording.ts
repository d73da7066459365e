// The words every rendering prints and the importer reads back: it finds the parts of our PDF and
// DOCX by these exact phrases (the seed's), so HTML, PDF, DOCX and the importer share this one place.
import { formatIndicatorValue } from '../domain/indicator-value.js';
import { formatKronor } from '../domain/money.js';
import type { ProjectSection, ReportDocument } from '../domain/report.js';

/** The Creator of our PDF and DOCX files: the importer knows our PDFs by it (their lines break only at spaces). */
export const CREATOR = 'Redovisa';

/**
 * Our PDF marks where each narrative paragraph starts with a named destination `stycke-1`,
 * `stycke-2`, …: at a page break the layout cannot say whether a paragraph ended (its last line may
 * fill the foot of the page), so the file says it.
 */
export const PARAGRAPH_ANCHOR = 'stycke-';

/** The five column headings of an accrual table, in the seed's order and spelling. */
export const ENTRY_COLUMNS = ['Konto', 'IKB', 'Nämndens motpartsnr', 'Belopp', 'Text'] as const;

/** The row text of an accrual table that has no entries. */
export const NO_ENTRIES = 'Inga periodiseringar';

/** The six column headings of a project's indicator table; the target is the report's year's ("Mål 2014"). */
export function indicatorColumns(year: string): readonly string[] {
  return ['Indikator', 'Enhet', 'Utgångsläge', `Mål ${year}`, 'Utfall', 'Kommentar'];
}

/** The caption of a project's indicator table (HTML) and what the city-wide report calls them. */
export const INDICATORS_CAPTION = 'Indikatorer';

/** What an indicator table's cell shows where a value is absent: never read as a number. */
export const NO_VALUE = '–';

/** An indicator value in a table cell, `1 200,5`, or NO_VALUE when absent. */
export function indicatorCell(value: string | undefined): string {
  return value === undefined ? NO_VALUE : formatIndicatorValue(value);
}

/** The year a report's indicator targets are for: the year its accrual period ends in. */
export function reportYear(report: Pick<ReportDocument, 'accrualPeriod'>): string {
  return report.accrualPeriod.to.slice(0, 4);
}

/** "Nämnd: Hässelby-Vällingby stadsdelsnämnd". */
export function committeeLine(report: ReportDocument): string {
  return `Nämnd: ${report.committee}`;
}

/** "Periodisering From 2014-08-01 tom 2014-12-31" (tom = till och med, inclusive). */
export function accrualPeriodLine(report: ReportDocument): string {
  return `Periodisering From ${report.accrualPeriod.from} tom ${report.accrualPeriod.to}`;
}

/** "Projekt 1: Trygghetsskapande åtgärder". */
export function projectHeading(project: ProjectSection): string {
  return `Projekt ${project.number}: ${project.name}`;
}

/** "Delredovisning projekt 1: <narrative title>". */
export function narrativeHeading(project: ProjectSection, title: string): string {
  return `Delredovisning projekt ${project.number}: ${title}`;
}

/** An amount in a table cell: `2 626 837`, grouped with no-break spaces so it never wraps. */
export function amountCell(amountOre: number): string {
  return formatKronor(amountOre);
}

/** The document title for metadata: "Redovisning ytterstadsprojekt – <committee>". */
export function documentTitle(report: ReportDocument): string {
  return `${report.title} – ${report.committee}`;
}

/** The footer on every PDF page: "Sida 1 av 2". */
export function pageFooter(page: number, pages: number): string {
  return `Sida ${page} av ${pages}`;
}
