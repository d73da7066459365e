// The city-wide report as a PDF/A-2b file: a heading, the summary per committee and project with
// exact sums, each approved report exactly as its own PDF sets it, and the sources. It shares the
// single report's frame (pdfaDefinition), styles and report content (pdf-layout.ts).
import type { Content, CustomTableLayout, StyleDictionary, TableCell } from 'pdfmake/interfaces.js';
import { CHART_HEADING, cityReportChartSummary, cityReportChartSvg } from './city-report-chart.js';
import { PDF_FONT } from './fonts.js';
import { renderPdfDefinition } from './pdf.js';
import { PDF_CELL_PADDING } from '../wording.js';
import { COLOURS, PAGE, REPORT_STYLES, amountWidth, breakOnlyAtSpaces, paragraphCount, pdfaDefinition, reportContent } from './pdf-layout.js';
import {
  AMOUNT_COLUMNS,
  GRAND_TOTAL_LABEL,
  NOT_APPROVED_HEADING,
  NO_FIGURE_NOTE,
  SOURCES_HEADING,
  SOURCES_INTRO,
  SOURCE_COLUMNS,
  SUMMARY_COLUMNS,
  SUMMARY_HEADING,
  amountOrDash,
  approvedReports,
  checkCityReport,
  cityReportTitle,
  committeeLabel,
  committeeStatus,
  committeeTotals,
  generatedLine,
  grandTotals,
  notApproved,
  otherSources,
  programmeLine,
  projectLabel,
  roundLine,
  sourceRow,
  subtotalLabel,
  type CityReport,
  type CityReportTotals,
} from './city-report.js';

const SUMMARY_FONT_SIZE = 8.5;
// Narrower than the entry tables' padding, so the project names get room; the gap between two
// cells (10 pt) stays wider than the type size, which is what tells cells apart in the text layer.
const SUMMARY_PADDING = 5;
const TEXT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

const STYLES: StyleDictionary = {
  ...REPORT_STYLES,
  organisation: { fontSize: 13, margin: [0, 0, 0, 6] },
  sectionHeading: { fontSize: 12.5, bold: true, margin: [0, 18, 0, 6] },
  summaryTable: { fontSize: SUMMARY_FONT_SIZE, margin: [0, 0, 0, 4] },
  note: { fontSize: SUMMARY_FONT_SIZE, italics: true, color: COLOURS.muted, margin: [0, 4, 0, 0] },
};

// Rules as in the entry tables; a committee's row is shaded, the grand total sits under a heavy rule.
function tableLayout(groupRows: ReadonlySet<number>, heavyAbove: number | null, padding = PDF_CELL_PADDING): CustomTableLayout {
  return {
    hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length || i === heavyAbove ? 0.9 : 0.4),
    vLineWidth: () => 0,
    hLineColor: (i) => (i <= 1 || i === heavyAbove ? COLOURS.rule : COLOURS.hairline),
    fillColor: (row) => (row === 0 ? COLOURS.headerFill : groupRows.has(row) ? '#f4f5f6' : null),
    paddingLeft: () => padding,
    paddingRight: () => padding,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  };
}

const amountCells = (totals: CityReportTotals, bold = false): TableCell[] =>
  AMOUNT_COLUMNS.map((c) => ({ text: amountOrDash(totals[c.key]), noWrap: true, alignment: 'right', bold }));

function summaryTable(model: CityReport): Content {
  // The amount headings may wrap at their spaces ("Denna omgång").
  const header: TableCell[] = SUMMARY_COLUMNS.map((label, i) => ({ text: label, bold: true, alignment: i >= 1 ? 'right' : 'left' }));
  const body: TableCell[][] = [header];
  const groupRows = new Set<number>();
  const amounts: string[] = [];
  for (const committee of model.committees) {
    groupRows.add(body.length);
    body.push([{ text: breakOnlyAtSpaces(committeeLabel(committee)), bold: true, colSpan: SUMMARY_COLUMNS.length }, ...SUMMARY_COLUMNS.slice(1).map(() => ({}))]);
    for (const project of committee.projects) {
      body.push([{ text: breakOnlyAtSpaces(projectLabel(project)) }, ...amountCells(project)]);
    }
    const totals = committeeTotals(committee);
    body.push([{ text: breakOnlyAtSpaces(subtotalLabel(committee)), bold: true }, ...amountCells(totals, true)]);
    amounts.push(...AMOUNT_COLUMNS.map((c) => amountOrDash(totals[c.key])));
  }
  const heavyAbove = body.length;
  const grand = grandTotals(model);
  body.push([{ text: GRAND_TOTAL_LABEL, bold: true }, ...amountCells(grand, true)]);
  amounts.push(...AMOUNT_COLUMNS.map((c) => amountOrDash(grand[c.key])));
  // Every amount column as wide as the widest sum (bold is a little wider than regular digits).
  const amountColumn = Math.max(44, Math.ceil(Math.max(...amounts.map((a) => amountWidth(a, SUMMARY_FONT_SIZE))) * 1.1) + 2);
  const nameColumn = TEXT_WIDTH - 2 * SUMMARY_PADDING * SUMMARY_COLUMNS.length - AMOUNT_COLUMNS.length * amountColumn;
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [Math.floor(nameColumn), ...AMOUNT_COLUMNS.map(() => amountColumn)], body },
    layout: tableLayout(groupRows, heavyAbove, SUMMARY_PADDING),
    style: 'summaryTable',
  };
}

/** The chart of grants and approved accruals per committee, its SVG made beforehand (see renderCityReportPdf). */
function chart(model: CityReport, drawn: { svg: string; height: number }): Content[] {
  // Heading, chart and its summary stay together on one page.
  return [{
    stack: [
      { text: CHART_HEADING, style: 'sectionHeading', headlineLevel: 2 },
      { svg: drawn.svg, width: TEXT_WIDTH, height: drawn.height },
      { text: breakOnlyAtSpaces(cityReportChartSummary(model)), style: 'note' },
    ],
    unbreakable: true,
  }];
}

function frontMatter(model: CityReport, drawn: { svg: string; height: number } | null): Content[] {
  const missing = notApproved(model);
  return [
    { text: breakOnlyAtSpaces(model.organisation), style: 'organisation' },
    { text: breakOnlyAtSpaces(cityReportTitle(model)), style: 'title', headlineLevel: 1 },
    { text: breakOnlyAtSpaces(programmeLine(model)), style: 'reportType' },
    { text: roundLine(model), style: 'metaLine' },
    { text: generatedLine(model), style: 'metaLine' },
    { canvas: [{ type: 'line', x1: 0, y1: 8, x2: TEXT_WIDTH, y2: 8, lineWidth: 0.8, lineColor: COLOURS.rule }] },
    { text: SUMMARY_HEADING, style: 'sectionHeading', headlineLevel: 2 },
    summaryTable(model),
    { text: NO_FIGURE_NOTE, style: 'note' },
    ...(drawn ? chart(model, drawn) : []),
    ...(missing.length === 0
      ? []
      : [
          { text: NOT_APPROVED_HEADING, style: 'sectionHeading', headlineLevel: 2 },
          { ul: missing.map((c) => ({ text: breakOnlyAtSpaces(`${c.name}: ${committeeStatus(c)}`) })) },
        ]),
  ];
}

function sources(model: CityReport): Content[] {
  const header: TableCell[] = SOURCE_COLUMNS.map((label) => ({ text: label, bold: true }));
  const rows: TableCell[][] = model.committees.map((c) => sourceRow(c).map((text, i) => ({ text: i === 0 ? breakOnlyAtSpaces(text) : text, noWrap: i === 1 || i === 2 || i === 3 })));
  const others = model.committees.flatMap(otherSources);
  return [
    { text: SOURCES_HEADING, style: 'sectionHeading', headlineLevel: 1, pageBreak: 'before' },
    { text: SOURCES_INTRO, style: 'paragraph' },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 'auto', 'auto', 'auto', 100], body: [header, ...rows] },
      layout: tableLayout(new Set(), null),
      style: 'summaryTable',
    },
    ...others.map((line): Content => ({ text: breakOnlyAtSpaces(line), style: 'note' })),
  ];
}

/**
 * Builds the content of the city-wide report: front matter, summary and its chart (when drawn), the
 * approved reports, the sources.
 */
export function cityReportContent(model: CityReport, drawn: { svg: string; height: number } | null = null): Content[] {
  checkCityReport(model);
  let paragraphsBefore = 0;
  const reports = approvedReports(model).flatMap(({ document, approval }): Content[] => {
    // Paragraph anchors are numbered through the whole file, so each name is unique.
    const content = reportContent(document, { paragraphsBefore, newPage: true, approval });
    paragraphsBefore += paragraphCount(document);
    return content;
  });
  return [...frontMatter(model, drawn), ...reports, ...sources(model)];
}

/** Renders the city-wide report of a round as a PDF/A-2b document (A4, embedded fonts, Swedish). */
export async function renderCityReportPdf(model: CityReport): Promise<Uint8Array> {
  checkCityReport(model);
  const drawn = model.committees.length > 0 ? await cityReportChartSvg(model, TEXT_WIDTH) : null;
  return renderPdfDefinition(
    pdfaDefinition({
      info: { title: `${cityReportTitle(model)} \u2013 ${model.organisation}`, author: model.organisation, subject: programmeLine(model) },
      font: PDF_FONT,
      createdAt: new Date(model.generatedAt),
      styles: STYLES,
      content: cityReportContent(model, drawn),
      organisation: model.organisation,
    }),
  );
}
