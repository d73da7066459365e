// The report as a pdfmake document definition: pure data, no fonts, no I/O. pdf.ts turns it into bytes.
//
// Read-back rules (the importer extracts the text layer with pdfjs-dist and groups it into lines):
// - text is left-aligned, never justified, so a space between words stays a narrow gap;
// - a line breaks only at spaces: words with hyphens or slashes are kept whole (noWrap), so the
//   text layer never holds a line-break hyphen that the importer would have to guess about;
// - table cells have padding on both sides, so neighbouring cells are separated by a wide gap;
// - each narrative paragraph is one text node, with more space after it than between its lines;
// - each narrative paragraph starts at a named destination (PARAGRAPH_ANCHOR and its number), so a
//   paragraph that starts a page is told from one that goes on from the page before.
import type {
  Content,
  ContentTable,
  CustomTableLayout,
  StyleDictionary,
  TDocumentDefinitions,
  TDocumentInformation,
  TableCell,
} from 'pdfmake/interfaces.js';
import type { ProjectSection, ReportDocument } from '../../domain/report.js';
import {
  indicatorCell,
  indicatorColumns,
  reportYear,
  ENTRY_COLUMNS,
  NO_ENTRIES,
  PARAGRAPH_ANCHOR,
  PDF_CELL_PADDING,
  accrualPeriodLine,
  APPROVAL_HEADING,
  approvalLines,
  CREATOR,
  amountCell,
  committeeLine,
  documentTitle,
  DRAFT_MARK,
  DRAFT_WORD,
  kronorCell,
  narrativeHeading,
  pageFooter,
  printedNarrative,
  projectHeading,
  projectSumOre,
  reportTotalLine,
  SUM_LABEL,
  type DocumentApproval,
  type DocumentFrame,
} from '../wording.js';

/** Page geometry in points: A4 with margins for binding and hole punching. */
export const PAGE = { width: 595.28, height: 841.89, margins: [62, 56, 62, 64] as const } as const;

/** The colours of our documents: ink, rules, muted text, the fill of a table's heading row, and a draft's mark. */
export const COLOURS = { ink: '#1a1a1a', rule: '#8a8f94', hairline: '#c5c9cd', muted: '#5c6166', headerFill: '#e8ebee', draft: '#a8201a' } as const;
const INK = COLOURS.ink;
const RULE = COLOURS.rule;
const MUTED = COLOURS.muted;
const HEADER_FILL = COLOURS.headerFill;

const TABLE_FONT_SIZE = 9.5;
// DejaVu Sans advance widths in em, regular and bold: digits are tabular, so an amount's width
// follows from its text (and a sum's unit, " kr", from its two letters).
const EM = {
  normal: { digit: 0.636, space: 0.318, minus: 0.838, k: 0.579, r: 0.411 },
  bold: { digit: 0.696, space: 0.348, minus: 0.838, k: 0.665, r: 0.493 },
} as const;

// A word longer than this may have to break anywhere rather than overflow the page.
const LONGEST_UNBREAKABLE = 40;
// Break opportunities UAX #14 offers inside a word: hyphens, dashes, slashes, soft hyphen.
const INNER_BREAK = /[-\u2010\u2012\u2013\u2014/\u00ad]/;

/**
 * Splits text into inline runs so that a line can break only at whitespace: each word with an
 * inner break opportunity (`Hässelby-Vällingby`, `och/eller`) becomes a noWrap run of its own.
 */
export function breakOnlyAtSpaces(text: string): Content {
  const words = text.match(/\S+\s*|\s+/g) ?? [];
  const runs: Content[] = [];
  let plain = '';
  for (const word of words) {
    if (INNER_BREAK.test(word.trim().slice(1, -1)) && word.trim().length <= LONGEST_UNBREAKABLE) {
      if (plain !== '') runs.push(plain);
      plain = '';
      runs.push({ text: word, noWrap: true });
    } else {
      plain += word;
    }
  }
  if (plain !== '' || runs.length === 0) runs.push(plain);
  return runs.length === 1 && typeof runs[0] === 'string' ? runs[0] : runs;
}

// Horizontal rules only: a heavier one under the column headings, hairlines between rows.
const entryTableLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.9 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i <= 1 ? RULE : COLOURS.hairline),
  fillColor: (row) => (row === 0 ? HEADER_FILL : null),
  // Padding on both sides keeps a gap of at least 14 pt between neighbouring cells' text.
  paddingLeft: () => PDF_CELL_PADDING,
  paddingRight: () => PDF_CELL_PADDING,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

// An accrual table that ends in its sum row: a heavier rule above the sum too.
const summedTableLayout: CustomTableLayout = {
  ...entryTableLayout,
  hLineWidth: (i, node) => (i <= 1 || i >= node.table.body.length - 1 ? 0.9 : 0.4),
  hLineColor: (i, node) => (i <= 1 || i >= node.table.body.length - 1 ? RULE : COLOURS.hairline),
};

/** The typeset width in points of an amount (digits, group spaces, minus sign, perhaps " kr") at a font size. */
export function amountWidth(text: string, fontSize = TABLE_FONT_SIZE, bold = false): number {
  const em = bold ? EM.bold : EM.normal;
  let width = 0;
  for (const c of text) width += /\d/.test(c) ? em.digit : c === '\u2212' ? em.minus : c === 'k' ? em.k : c === 'r' ? em.r : em.space;
  return width * fontSize;
}

/**
 * Column content widths in points (pdfmake adds the padding), the same for every table of the
 * report so the tables line up: fixed for the code columns (their bold 9 pt headings fit on one
 * line), the amount column as wide as the report's widest amount, the rest for the text.
 */
export function entryColumnWidths(report: ReportDocument): (number | '*')[] {
  const widest = Math.max(
    0,
    ...report.projects.flatMap((p) => p.entries.map((e) => amountWidth(amountCell(e.amountOre)))),
    ...report.projects.filter((p) => p.entries.length > 0).map((p) => amountWidth(kronorCell(projectSumOre(p)), TABLE_FONT_SIZE, true)),
  );
  return [32, 26, 116, Math.max(50, Math.ceil(widest) + 2), '*'];
}

function entryTable(project: ProjectSection, widths: (number | '*')[]): ContentTable {
  const header: TableCell[] = ENTRY_COLUMNS.map((label) => ({
    text: label,
    style: 'columnHeading',
    noWrap: true,
    alignment: label === 'Belopp' ? 'right' : 'left',
  }));
  const rows: TableCell[][] =
    project.entries.length === 0
      ? [[{ text: NO_ENTRIES, colSpan: ENTRY_COLUMNS.length, italics: true, color: MUTED }, {}, {}, {}, {}]]
      : project.entries.map((e) => [
          { text: e.account, noWrap: true },
          { text: e.ikb, noWrap: true },
          { text: e.counterparty, noWrap: true },
          { text: amountCell(e.amountOre), noWrap: true, alignment: 'right' },
          { text: breakOnlyAtSpaces(e.text) },
        ]);
  // The sum of the entries in the Belopp column, under the label the importer reads as a total.
  const sum: TableCell[][] = project.entries.length === 0 ? [] : [[
    { text: SUM_LABEL, bold: true, colSpan: 3, noWrap: true }, {}, {},
    { text: kronorCell(projectSumOre(project)), bold: true, noWrap: true, alignment: 'right' },
    { text: '' },
  ]];
  return {
    // A table that breaks keeps its first row with its heading row on the page.
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [header, ...rows, ...sum] },
    layout: sum.length > 0 ? summedTableLayout : entryTableLayout,
    style: 'entryTable',
  };
}

/**
 * The project's indicators after its entries. Read-back rules (import/pdf/indicator-grid.ts): every
 * cell is left-aligned at its column's start; the unit, which every row has, and the values never
 * wrap, so a line with text in the unit column starts a row and any other line continues the name
 * or the comment of the row above; an absent value is NO_VALUE.
 */
function indicatorTable(project: ProjectSection, year: string): ContentTable | undefined {
  const indicators = project.indicators ?? [];
  if (indicators.length === 0) return undefined;
  const header: TableCell[] = indicatorColumns(year).map((label) => ({ text: label, style: 'columnHeading', noWrap: true }));
  const rows: TableCell[][] = indicators.map((x) => [
    { text: breakOnlyAtSpaces(x.name) },
    { text: x.unit, noWrap: true },
    ...[x.baseline, x.target, x.outcome].map((v): TableCell => ({ text: indicatorCell(v), noWrap: true })),
    { text: breakOnlyAtSpaces(x.comment ?? '') },
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 'auto', 'auto', 'auto', 'auto', 130], body: [header, ...rows] },
    layout: entryTableLayout,
    style: 'indicatorTable',
  };
}

function projectBlock(project: ProjectSection, widths: (number | '*')[], year: string): Content {
  const heading: Content = { text: breakOnlyAtSpaces(projectHeading(project)), style: 'projectHeading', headlineLevel: 2 };
  const indicators = indicatorTable(project, year);
  const tables: Content[] = indicators ? [entryTable(project, widths), indicators] : [entryTable(project, widths)];
  // A short table (with its sum) stays on one page with its heading; a long one may break between rows.
  if (project.entries.length + (project.indicators?.length ?? 0) <= 12) return { stack: [heading, ...tables], unbreakable: true };
  return [heading, ...tables];
}

/** Every printed narrative: its heading, and its paragraphs numbered through the document for their anchors. */
function narrativeBlocks(projects: readonly ProjectSection[], paragraphsBefore: number): Content[] {
  let paragraphNumber = paragraphsBefore;
  return projects.flatMap((project): Content[] => {
    const narrative = printedNarrative(project);
    if (narrative === null) return [];
    const heading = { text: breakOnlyAtSpaces(narrativeHeading(project, narrative.title)), style: 'narrativeHeading' };
    const [first, ...rest] = narrative.paragraphs.map((p): Content => ({ text: breakOnlyAtSpaces(p), style: 'paragraph', id: `${PARAGRAPH_ANCHOR}${++paragraphNumber}` }));
    // A heading never ends a page. With a first paragraph short enough to move whole, the two are one
    // unbreakable block, placed in the same pass; otherwise the frame's pageBreakBefore moves the
    // heading (headlineLevel 2), and pdfmake lays the whole document out again for each one it moves.
    if (first && (narrative.paragraphs[0]?.length ?? 0) <= KEPT_WHOLE_CHARACTERS) return [{ stack: [heading, first], unbreakable: true }, ...rest];
    return [{ ...heading, headlineLevel: 2 }, ...(first ? [first] : []), ...rest];
  });
}

// About six lines of paragraph text: at most that much space is left empty at the foot of a page when
// a heading and its first paragraph move to the next one together (the seed's 929-character first
// paragraph is not moved whole: its report stays on two pages, as the real one is).
const KEPT_WHOLE_CHARACTERS = 600;

/** The approval at the end of an approved report: who, when, which version, kept on one page. */
function approvalBlock(approval: DocumentApproval): Content {
  return {
    stack: [
      { text: APPROVAL_HEADING, style: 'narrativeHeading', headlineLevel: 2 },
      ...approvalLines(approval).map((line): Content => ({ text: breakOnlyAtSpaces(line), style: 'metaLine' })),
    ],
    unbreakable: true,
  };
}

/** The styles a report's content refers to (reportContent). */
export const REPORT_STYLES: StyleDictionary = {
  title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
  reportType: { fontSize: 13, margin: [0, 0, 0, 12] },
  metaLine: { fontSize: 10.5, margin: [0, 0, 0, 2] },
  projectHeading: { fontSize: 12.5, bold: true, margin: [0, 18, 0, 6] },
  columnHeading: { bold: true, fontSize: 9 },
  entryTable: { fontSize: TABLE_FONT_SIZE, margin: [0, 0, 0, 4] },
  indicatorTable: { fontSize: TABLE_FONT_SIZE, margin: [0, 6, 0, 4] },
  reportTotal: { fontSize: 10.5, bold: true, margin: [0, 14, 0, 0] },
  narrativeHeading: { fontSize: 12.5, bold: true, margin: [0, 20, 0, 6] },
  paragraph: { margin: [0, 0, 0, 9] },
};

/** The number of narrative paragraphs a report prints: each takes one anchor. */
export function paragraphCount(report: ReportDocument): number {
  return report.projects.reduce((n, p) => n + (printedNarrative(p)?.paragraphs.length ?? 0), 0);
}

/**
 * A report's content as the single-report PDF sets it: the tables with their sums, the report's
 * total, the narratives, and the approval when there is one. A document that holds several reports
 * starts each on a new page and passes the paragraphs before it, so every anchor stays unique.
 */
export function reportContent(
  report: ReportDocument,
  options: { paragraphsBefore?: number; newPage?: boolean; approval?: DocumentApproval | null } = {},
): Content[] {
  const widths = entryColumnWidths(report);
  return [
    { text: breakOnlyAtSpaces(report.title), style: 'title', headlineLevel: 1, ...(options.newPage ? { pageBreak: 'before' as const } : {}) },
    { text: breakOnlyAtSpaces(report.reportType), style: 'reportType' },
    { text: breakOnlyAtSpaces(committeeLine(report)), style: 'metaLine' },
    { text: breakOnlyAtSpaces(accrualPeriodLine(report)), style: 'metaLine' },
    { canvas: [{ type: 'line', x1: 0, y1: 8, x2: PAGE.width - PAGE.margins[0] - PAGE.margins[2], y2: 8, lineWidth: 0.8, lineColor: RULE }] },
    ...report.projects.map((p) => projectBlock(p, widths, reportYear(report))),
    ...(report.projects.length > 0 ? [{ text: reportTotalLine(report), style: 'reportTotal' }] : []),
    ...narrativeBlocks(report.projects, options.paragraphsBefore ?? 0),
    ...(options.approval ? [approvalBlock(options.approval)] : []),
  ];
}

// The style of what every page carries besides the content (header, footer).
const PAGE_FURNITURE = 'pageFurniture';

/**
 * The frame every PDF of ours shares: A4, PDF/A-2b, Swedish, our Creator, the page footer with the
 * organisation's name, headings (headlineLevel 2) kept with what follows them, and on a draft the
 * mark at the top of every page with the word across it.
 */
export function pdfaDefinition(parts: {
  info: Omit<TDocumentInformation, 'creator' | 'producer' | 'creationDate'>;
  font: string;
  createdAt: Date;
  styles: StyleDictionary;
  content: Content[];
  organisation?: string;
  draft?: boolean;
}): TDocumentDefinitions {
  const [left, top, right] = PAGE.margins;
  return {
    pageSize: 'A4',
    pageMargins: [...PAGE.margins],
    version: '1.7', // PDF/A-2 is based on PDF 1.7, and pdfkit writes XMP metadata only above 1.3.
    subset: 'PDF/A-2b',
    language: 'sv-SE',
    displayTitle: true,
    info: { ...parts.info, creator: CREATOR, producer: 'Redovisa (pdfmake)', creationDate: parts.createdAt },
    defaultStyle: { font: parts.font, fontSize: 10, lineHeight: 1.3, color: INK },
    styles: { ...parts.styles, [PAGE_FURNITURE]: { fontSize: 8, color: MUTED } },
    content: parts.content,
    // Keep a heading with what follows it: never let one end a page. pdfmake lays the header and
    // footer out after the content, so they follow every heading on its page: only the body counts.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === 2 && !queries.getFollowingNodesOnPage().some((next) => next.style !== PAGE_FURNITURE),
    // The importer leaves out a line at the top of a page that is the draft mark, and the word
    // when it lies across the page (import/pdf/running.ts, document.ts).
    ...(parts.draft
      ? {
          header: () => ({ text: DRAFT_MARK, style: PAGE_FURNITURE, bold: true, fontSize: 9, color: COLOURS.draft, margin: [left, top / 2 - 4, right, 0] }),
          watermark: { text: DRAFT_WORD, color: COLOURS.draft, opacity: 0.08, bold: true, fontSize: 120 },
        }
      : {}),
    // One line: the organisation on the left, the page number on the right (the importer reads the
    // line as a page footer by its "Sida N av M").
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: parts.organisation ?? '', style: PAGE_FURNITURE, width: '*', noWrap: true },
        { text: pageFooter(currentPage, pageCount), style: PAGE_FURNITURE, width: 'auto', alignment: 'right', noWrap: true },
      ],
      style: PAGE_FURNITURE,
      margin: [left, 24, right, 0],
    }),
  };
}

/** Builds the pdfmake document definition for a report, set in the given embedded font family. */
export function pdfDefinition(report: ReportDocument, frame: DocumentFrame, font: string, createdAt: Date): TDocumentDefinitions {
  return pdfaDefinition({
    info: { title: documentTitle(report), author: report.committee, subject: report.reportType },
    font,
    createdAt,
    styles: REPORT_STYLES,
    content: reportContent(report, { approval: frame.approval }),
    organisation: frame.organisation,
    draft: frame.approval === null,
  });
}
