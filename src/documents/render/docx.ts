// The report as a Word document with docx 9: the same reading order as the PDF, real heading styles
// and a real table, so mammoth (the importer) gets paragraphs and table rows back as they were.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IStylesOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import type { ProjectSection, ReportDocument } from '../../domain/report.js';
import {
  indicatorCell,
  indicatorColumns,
  reportYear,
  ENTRY_COLUMNS,
  NO_ENTRIES,
  accrualPeriodLine,
  APPROVAL_HEADING,
  approvalLines,
  CREATOR,
  amountCell,
  committeeLine,
  documentTitle,
  DRAFT_MARK,
  kronorCell,
  narrativeHeading,
  printedNarrative,
  projectHeading,
  projectSumOre,
  reportTotalLine,
  SUM_LABEL,
  type DocumentApproval,
  type DocumentFrame,
} from '../wording.js';

// Word measures in twentieths of a point (twips) and font sizes in half points.
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1247, right: 1247 }; // 20 mm, 22 mm
/** The width of the text column in twips: what a full-width table spans. */
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
/** The page of our Word documents: A4 with the PDF's margins. */
export const DOCX_PAGE: NonNullable<ISectionPropertiesOptions['page']> = { size: A4, margin: MARGIN };
const FONT = 'Arial'; // present wherever the file is opened; the PDF carries its own DejaVu Sans.
const INK = '1A1A1A';
/** The colour of secondary text (empty-table rows, the footer). */
export const MUTED = '5C6166';
/** The colour of a draft's mark. */
const DRAFT_COLOUR = 'A8201A';

// Konto, IKB and motpartsnr are four digits; their widths follow the headings, the text takes the rest.
const COLUMN_WIDTHS = [900, 800, 2150, 1500];
const TEXT_COLUMN = TEXT_WIDTH - COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
const WIDTHS = [...COLUMN_WIDTHS, TEXT_COLUMN];

const rule = (size: number, color: string): IBorderOptions => ({ style: BorderStyle.SINGLE, size, color });
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The borders of our tables: rules above and below, hairlines between rows, no vertical lines. */
export const TABLE_BORDERS = {
  top: rule(6, '8A8F94'),
  bottom: rule(6, '8A8F94'),
  insideHorizontal: rule(3, 'C5C9CD'),
  left: none,
  right: none,
  insideVertical: none,
};

/** The fill of a table's heading row. */
export const HEADER_FILL = { type: ShadingType.CLEAR, fill: 'E8EBEE', color: 'auto' } as const;

function cell(text: string, column: number, options: { header?: boolean; span?: number; italic?: boolean } = {}) {
  const isAmount = ENTRY_COLUMNS[column] === 'Belopp';
  return new TableCell({
    width: { size: options.span ? TEXT_WIDTH : (WIDTHS[column] ?? TEXT_COLUMN), type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.header ? { shading: HEADER_FILL } : {}),
    margins: { top: 70, bottom: 70, left: 110, right: 110 },
    children: [
      new Paragraph({
        alignment: isAmount && !options.span ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
        children: [
          new TextRun({ text, bold: options.header, italics: options.italic, color: options.italic ? MUTED : undefined, size: 19 }),
        ],
      }),
    ],
  });
}

function entryTable(project: ProjectSection): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ENTRY_COLUMNS.map((label, i) => cell(label, i, { header: true })),
  });
  const rows =
    project.entries.length === 0
      ? [new TableRow({ cantSplit: true, children: [cell(NO_ENTRIES, 0, { span: ENTRY_COLUMNS.length, italic: true })] })]
      : project.entries.map(
          (e) =>
            new TableRow({
              cantSplit: true,
              children: [e.account, e.ikb, e.counterparty, amountCell(e.amountOre), e.text].map((text, i) => cell(text, i)),
            }),
        );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: WIDTHS,
    borders: TABLE_BORDERS,
    rows: [header, ...rows, ...(project.entries.length === 0 ? [] : [sumRow(project)])],
  });
}

// The sum of the entries in the Belopp column, under the label the importer reads as a total.
function sumRow(project: ProjectSection): TableRow {
  const bold = (text: string, width: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], span?: number) => new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(span ? { columnSpan: span } : {}),
    margins: { top: 70, bottom: 70, left: 110, right: 110 },
    borders: { top: rule(6, '8A8F94') },
    children: [new Paragraph({ alignment, spacing: { after: 0 }, children: [new TextRun({ text, bold: true, size: 19 })] })],
  });
  const [konto = 0, ikb = 0, counterparty = 0, amount = 0] = WIDTHS;
  return new TableRow({
    cantSplit: true,
    children: [
      bold(SUM_LABEL, konto + ikb + counterparty, AlignmentType.LEFT, 3),
      bold(kronorCell(projectSumOre(project)), amount, AlignmentType.RIGHT),
      bold('', TEXT_COLUMN, AlignmentType.LEFT),
    ],
  });
}

// The project's indicators after its entries: name and comment take the room, the rest is narrow.
const INDICATOR_WIDTHS = (() => {
  const narrow = [1100, 1250, 1150, 1050];
  const rest = TEXT_WIDTH - narrow.reduce((a, b) => a + b, 0);
  const name = Math.round(rest * 0.45);
  return [name, ...narrow, rest - name];
})();

function indicatorTable(project: ProjectSection, year: string): Table | undefined {
  const indicators = project.indicators ?? [];
  if (indicators.length === 0) return undefined;
  const plain = (text: string, column: number, header = false) => new TableCell({
    width: { size: INDICATOR_WIDTHS[column] ?? 1000, type: WidthType.DXA },
    ...(header ? { shading: HEADER_FILL } : {}),
    margins: { top: 70, bottom: 70, left: 110, right: 110 },
    children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: header, size: 19 })] })],
  });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: indicatorColumns(year).map((label, i) => plain(label, i, true)) });
  const rows = indicators.map((x) => new TableRow({
    cantSplit: true,
    children: [x.name, x.unit, indicatorCell(x.baseline), indicatorCell(x.target), indicatorCell(x.outcome), x.comment ?? ''].map((text, i) => plain(text, i)),
  }));
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: INDICATOR_WIDTHS, borders: TABLE_BORDERS, rows: [header, ...rows] });
}

function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(text)] });
}

function projectBlock(project: ProjectSection, year: string): (Paragraph | Table)[] {
  const indicators = indicatorTable(project, year);
  // An empty paragraph between the tables keeps Word from joining them into one.
  return [heading(projectHeading(project)), entryTable(project), ...(indicators ? [new Paragraph({ spacing: { after: 0 } }), indicators] : [])];
}

function narrativeBlock(project: ProjectSection): Paragraph[] {
  const narrative = printedNarrative(project);
  if (narrative === null) return [];
  return [
    heading(narrativeHeading(project, narrative.title)),
    ...narrative.paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })),
  ];
}

/** The approval at the end of an approved report: who, when, which version, kept on one page. */
function approvalBlock(approval: DocumentApproval): Paragraph[] {
  const lines = approvalLines(approval);
  return [
    heading(APPROVAL_HEADING),
    ...lines.map((line, i) => new Paragraph({ keepNext: i < lines.length - 1, spacing: { after: 40 }, children: [new TextRun(line)] })),
  ];
}

/**
 * The page footer of our Word documents: the organisation on the left, "Sida N av M" as Word fields
 * on the right (footer1.xml, which the importer's reader does not read).
 */
export function docxFooter(organisation?: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: organisation ?? '', size: 16, color: MUTED }),
          new TextRun({ children: ['\t', 'Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
        ],
      }),
    ],
  });
}

/** The page header of a report that is not approved: the draft mark on every page (header1.xml, not read by the importer). */
function draftHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [new TextRun({ text: DRAFT_MARK, bold: true, size: 18, color: DRAFT_COLOUR })] })] });
}

/** The styles of our Word documents: Swedish as the language, Title and Heading 1 as the report uses them. */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 21, color: INK, language: { value: 'sv-SE' } },
      paragraph: { spacing: { after: 160, line: 288 } },
    },
    title: { run: { font: FONT, size: 40, bold: true, color: INK }, paragraph: { spacing: { after: 80 } } },
    heading1: {
      run: { font: FONT, size: 25, bold: true, color: INK },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
  },
};

/** A report's paragraphs and tables as the single-report Word document holds them, and its approval when there is one. */
export function reportChildren(report: ReportDocument, approval: DocumentApproval | null = null): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: report.reportType, size: 26 })] }),
    new Paragraph({ spacing: { after: 40 }, children: [new TextRun(committeeLine(report))] }),
    new Paragraph({
      spacing: { after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '8A8F94', space: 8 } },
      children: [new TextRun(accrualPeriodLine(report))],
    }),
    ...report.projects.flatMap((p) => projectBlock(p, reportYear(report))),
    ...(report.projects.length > 0 ? [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: reportTotalLine(report), bold: true })] })] : []),
    ...report.projects.flatMap(narrativeBlock),
    ...(approval ? approvalBlock(approval) : []),
  ];
}

/** Builds the Word document for a report in its frame (docx object model, not yet packed). */
export function docxDocument(report: ReportDocument, frame: DocumentFrame): Document {
  return new Document({
    title: documentTitle(report),
    subject: report.reportType,
    creator: CREATOR,
    description: `${report.reportType}, ${committeeLine(report)}`,
    styles: DOCX_STYLES,
    sections: [{
      properties: { page: DOCX_PAGE },
      ...(frame.approval === null ? { headers: { default: draftHeader() } } : {}),
      footers: { default: docxFooter(frame.organisation) },
      children: reportChildren(report, frame.approval),
    }],
  });
}

/** Packs a Word document into the bytes of a .docx file. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Renders a report as a .docx file (Word 2007+), Swedish as the document language, with the
 * organisation in every page's footer and, as the frame says, its approval or UTKAST on every page.
 */
export function renderDocx(report: ReportDocument, frame: DocumentFrame): Promise<Uint8Array> {
  return packDocx(docxDocument(report, frame));
}
