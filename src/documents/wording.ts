// The words every rendering prints and the importer reads back: it finds the parts of our PDF and
// DOCX by these exact phrases (the seed's), so HTML, PDF, DOCX and the importer share this one place.
import { formatIndicatorValue } from '../domain/indicator-value.js';
import { formatKronor, sumOre } from '../domain/money.js';
import type { Narrative, ProjectSection, ReportDocument } from '../domain/report.js';
import { formatStockholmTime } from './local-time.js';

/** The Creator of our PDF and DOCX files: the importer knows our PDFs by it (their lines break only at spaces). */
export const CREATOR = 'Redovisa';

/**
 * Our PDF marks where each narrative paragraph starts with a named destination `stycke-1`,
 * `stycke-2`, …: at a page break the layout cannot say whether a paragraph ended (its last line may
 * fill the foot of the page), so the file says it.
 */
export const PARAGRAPH_ANCHOR = 'stycke-';

/**
 * The horizontal padding (pt) of a table cell in our PDF: wide enough that the importer reads
 * neighbouring cells apart, and it knows our text cell's width by it (its lines end that far short
 * of the column), so a line of one long word that stops short is no word the cell broke.
 */
export const PDF_CELL_PADDING = 7;

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

/** An amount with its unit, `2 626 837 kr`, kept on one line by no-break spaces: the sums. */
export function kronorCell(amountOre: number): string {
  return `${formatKronor(amountOre)}\u00a0kr`;
}

/**
 * The label of the sum row that ends a project's accrual table (with its amount in the Belopp
 * column): the importer reads it as the table's total and refuses the file when it is not the sum
 * of the rows above (import/total-row.ts).
 */
export const SUM_LABEL = 'Summa';

/** The sum of a project's entries in öre. */
export function projectSumOre(project: ProjectSection): number {
  return sumOre(project.entries.map((e) => e.amountOre));
}

/** The sum of every entry of the report in öre. */
export function reportSumOre(report: ReportDocument): number {
  return sumOre(report.projects.map(projectSumOre));
}

/** What the report's total line starts with; never "Summa" or "Totalt", which end a table. */
export const REPORT_TOTAL_LABEL = 'Redovisningens summa';

/** "Redovisningens summa: 2 733 837 kr", after the last project's table. */
export function reportTotalLine(report: ReportDocument): string {
  return `${REPORT_TOTAL_LABEL}: ${kronorCell(reportSumOre(report))}`;
}

/**
 * A narrative as the documents print it: its paragraphs with text, or null when it has none (an
 * empty narrative is left out, never printed as a bare heading).
 */
export function printedNarrative(project: ProjectSection): Narrative | null {
  const paragraphs = project.narrative?.paragraphs.filter((p) => p.trim() !== '') ?? [];
  return project.narrative && paragraphs.length > 0 ? { title: project.narrative.title, paragraphs } : null;
}

/** The word on every page of a report that is not approved (a watermark in the PDF). */
export const DRAFT_WORD = 'UTKAST';

/** The line at the top of every page (the PDF's and DOCX's header, the HTML's banner) of a report that is not approved. */
export const DRAFT_MARK = `${DRAFT_WORD} \u2013 redovisningen är inte godkänd`;

/** The approval an approved report carries at its end. */
export interface DocumentApproval {
  /** When, as an ISO instant (printed in Stockholm's time). */
  at: string;
  /** Who approved it, or null where the document names no person (the public record). */
  by: string | null;
  /** The version of the report that was approved. */
  version: number;
}

/** What a rendering says besides the report's content: who publishes it, and whether it is approved. */
export interface DocumentFrame {
  /** The organisation's name, in every page's footer ("Stockholms stad"). */
  organisation: string;
  /** The approval; null for a report that is not approved, which is marked DRAFT_MARK on every page. */
  approval: DocumentApproval | null;
}

/** The heading of the approval block; the importer leaves the block out (it is no content). */
export const APPROVAL_HEADING = 'Godkännande';

/** The approval block's lines: "Godkänd: 2015-02-03 14:05", "Godkänd av: …", "Version: 7". */
export function approvalLines(approval: DocumentApproval): string[] {
  return [
    `Godkänd: ${formatStockholmTime(approval.at)}`,
    ...(approval.by === null ? [] : [`Godkänd av: ${approval.by}`]),
    `Version: ${approval.version}`,
  ];
}

/** An approval block's line as approvalLines writes it: the importer recognises the block by them. */
export const APPROVAL_LINE = /^(Godkänd|Godkänd av|Version):\s\S/u;
