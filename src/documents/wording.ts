// The words every rendering prints and the importer reads back: it finds the parts of our PDF and
// DOCX by these exact phrases (the seed's), so HTML, PDF, DOCX and the importer share this one place.
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
