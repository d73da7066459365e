// The city-wide report as a Word document: the same content and order as the PDF. Each approved
// report is its own section (so it starts on a new page) holding exactly the single report's
// paragraphs and tables (docx.ts), under the same styles, page and footer.
import { AlignmentType, BorderStyle, Document, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { CREATOR } from '../wording.js';
import { DOCX_PAGE, DOCX_STYLES, HEADER_FILL, MUTED, TABLE_BORDERS, TEXT_WIDTH, docxFooter, packDocx, reportChildren } from './docx.js';
import { CHART_HEADING, cityReportChartSummary } from './city-report-chart.js';
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

const TABLE_TEXT = 17; // half points: 8.5 pt, as in the PDF's summary
const AMOUNT_WIDTH = 1400;
const NAME_WIDTH = TEXT_WIDTH - AMOUNT_COLUMNS.length * AMOUNT_WIDTH;
const SUMMARY_WIDTHS = [NAME_WIDTH, ...AMOUNT_COLUMNS.map(() => AMOUNT_WIDTH)];
const GROUP_FILL = { type: ShadingType.CLEAR, fill: 'F4F5F6', color: 'auto' } as const;

interface CellOptions {
  width: number;
  bold?: boolean;
  right?: boolean;
  span?: number;
  fill?: typeof HEADER_FILL | typeof GROUP_FILL;
}

function cell(text: string, options: CellOptions): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.fill ? { shading: options.fill } : {}),
    margins: { top: 50, bottom: 50, left: 100, right: 100 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
        children: [new TextRun({ text, bold: options.bold, size: TABLE_TEXT })],
      }),
    ],
  });
}

const amountCells = (totals: CityReportTotals, bold = false): TableCell[] =>
  AMOUNT_COLUMNS.map((c) => cell(amountOrDash(totals[c.key]), { width: AMOUNT_WIDTH, right: true, bold }));

function table(widths: readonly number[], rows: TableRow[]): Table {
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [...widths], borders: TABLE_BORDERS, rows });
}

function summaryTable(model: CityReport): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: SUMMARY_COLUMNS.map((label, i) => cell(label, { width: SUMMARY_WIDTHS[i]!, bold: true, right: i >= 1, fill: HEADER_FILL })),
  });
  const rows = model.committees.flatMap((committee) => [
    new TableRow({ cantSplit: true, children: [cell(committeeLabel(committee), { width: TEXT_WIDTH, bold: true, span: SUMMARY_COLUMNS.length, fill: GROUP_FILL })] }),
    ...committee.projects.map(
      (p) => new TableRow({ cantSplit: true, children: [cell(projectLabel(p), { width: NAME_WIDTH }), ...amountCells(p)] }),
    ),
    new TableRow({
      cantSplit: true,
      children: [cell(subtotalLabel(committee), { width: NAME_WIDTH, bold: true }), ...amountCells(committeeTotals(committee), true)],
    }),
  ]);
  const grand = new TableRow({
    cantSplit: true,
    children: [cell(GRAND_TOTAL_LABEL, { width: NAME_WIDTH, bold: true }), ...amountCells(grandTotals(model), true)],
  });
  return table(SUMMARY_WIDTHS, [header, ...rows, grand]);
}

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(text)] });
const note = (text: string) => new Paragraph({ spacing: { before: 80 }, children: [new TextRun({ text, italics: true, size: TABLE_TEXT, color: MUTED })] });

function frontMatter(model: CityReport): (Paragraph | Table)[] {
  const missing = notApproved(model);
  return [
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: model.organisation, size: 26 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(cityReportTitle(model))] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: programmeLine(model), size: 26 })] }),
    new Paragraph({ spacing: { after: 40 }, children: [new TextRun(roundLine(model))] }),
    new Paragraph({
      spacing: { after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '8A8F94', space: 8 } },
      children: [new TextRun(generatedLine(model))],
    }),
    heading(SUMMARY_HEADING),
    summaryTable(model),
    note(NO_FIGURE_NOTE),
    // The PDF draws this as a chart; Word gets its text summary (the figures are the table above):
    // embedding the SVG would need a PNG fallback rendered on the server for older Word versions.
    heading(CHART_HEADING),
    new Paragraph({ children: [new TextRun(cityReportChartSummary(model))] }),
    ...(missing.length === 0 ? [] : [heading(NOT_APPROVED_HEADING), ...missing.map((c) => new Paragraph({ children: [new TextRun(`${c.name}: ${committeeStatus(c)}`)] }))]),
  ];
}

function sources(model: CityReport): (Paragraph | Table)[] {
  const widths = [3000, 1000, 900, 1900, TEXT_WIDTH - 6800];
  const header = new TableRow({ tableHeader: true, children: SOURCE_COLUMNS.map((label, i) => cell(label, { width: widths[i]!, bold: true, fill: HEADER_FILL })) });
  const rows = model.committees.map((c) => new TableRow({ cantSplit: true, children: sourceRow(c).map((text, i) => cell(text, { width: widths[i]! })) }));
  return [heading(SOURCES_HEADING), new Paragraph({ children: [new TextRun(SOURCES_INTRO)] }), table(widths, [header, ...rows]), ...model.committees.flatMap(otherSources).map(note)];
}

/** Builds the Word document of the city-wide report (docx object model, not yet packed). */
export function cityReportDocxDocument(model: CityReport): Document {
  checkCityReport(model);
  const section = (children: (Paragraph | Table)[]) => ({ properties: { page: DOCX_PAGE }, footers: { default: docxFooter(model.organisation) }, children });
  return new Document({
    title: `${cityReportTitle(model)} \u2013 ${model.organisation}`,
    subject: programmeLine(model),
    creator: CREATOR,
    description: `${cityReportTitle(model)}, ${roundLine(model)}`,
    styles: DOCX_STYLES,
    sections: [section(frontMatter(model)), ...approvedReports(model).map(({ document, approval }) => section(reportChildren(document, approval))), section(sources(model))],
  });
}

/** Renders the city-wide report of a round as a .docx file (Word 2007+), Swedish as the language. */
export async function renderCityReportDocx(model: CityReport): Promise<Uint8Array> {
  return packDocx(cityReportDocxDocument(model));
}
