// A counterparty reconciliation (internavstämning) as a PDF/A-2b file: the counts per status, every
// counterparty × project line with reported, booked and difference, and the explanations and
// sign-offs when there are any. The frame, fonts and styles are the reports' (pdf-layout.ts).
import type { Content, CustomTableLayout, StyleDictionary, TableCell } from 'pdfmake/interfaces.js';
import { formatKronor } from '../../domain/money.js';
import { PDF_FONT } from './fonts.js';
import { renderPdfDefinition } from './pdf.js';
import { PDF_CELL_PADDING } from '../wording.js';
import { COLOURS, PAGE, REPORT_STYLES, amountWidth, breakOnlyAtSpaces, pdfaDefinition } from './pdf-layout.js';
import {
  LINE_COLUMNS,
  ROLE_NAMES,
  STATUS_NAMES,
  SUMMARY_ORDER,
  checkReconciliation,
  counterpartyLabel,
  explanationOf,
  explanationsByLine,
  lineTotals,
  printedLine,
  reconciliationTitle,
  type ReconciliationInput,
  type ReconciliationMeta,
} from './reconciliation-document.js';
import { formatStockholmTime } from '../local-time.js';

const TABLE_FONT_SIZE = 8.5;
const TEXT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

const STYLES: StyleDictionary = {
  ...REPORT_STYLES,
  organisation: { fontSize: 12, margin: [0, 0, 0, 4] },
  docTitle: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  sectionHeading: { fontSize: 12.5, bold: true, margin: [0, 16, 0, 6] },
  table: { fontSize: TABLE_FONT_SIZE, margin: [0, 0, 0, 4] },
};

// Rules as in the reports' tables; a table that ends in a total has a heavy rule above it.
const tableLayout = (endsInTotal: boolean): CustomTableLayout => ({
  hLineWidth: (i, node) => (i <= 1 || i === node.table.body.length || (endsInTotal && i === node.table.body.length - 1) ? 0.9 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i <= 1 ? COLOURS.rule : COLOURS.hairline),
  fillColor: (row) => (row === 0 ? COLOURS.headerFill : null),
  paddingLeft: () => PDF_CELL_PADDING,
  paddingRight: () => PDF_CELL_PADDING,
  paddingTop: () => 3,
  paddingBottom: () => 3,
});

const headerRow = (labels: readonly string[], right: (i: number) => boolean = () => false): TableCell[] =>
  labels.map((text, i) => ({ text, bold: true, noWrap: true, alignment: right(i) ? 'right' : 'left' }));
const amount = (ore: number, bold = false): TableCell => ({ text: formatKronor(ore), noWrap: true, alignment: 'right', bold });

function summaryTable(input: ReconciliationInput): Content {
  const rows: TableCell[][] = SUMMARY_ORDER.map(({ key, status }) => [{ text: STATUS_NAMES[status] }, { text: String(input.summary[key]), alignment: 'right' }]);
  return {
    table: { headerRows: 1, widths: ['auto', 40], body: [headerRow(['Status', 'Antal'], (i) => i === 1), ...rows, [{ text: 'Totalt', bold: true }, { text: String(input.lines.length), bold: true, alignment: 'right' }]] },
    layout: tableLayout(true),
    style: 'table',
  };
}

function linesTable(input: ReconciliationInput): Content {
  const totals = lineTotals(input.lines);
  const body: TableCell[][] = [
    headerRow(LINE_COLUMNS, (i) => i >= 2 && i <= 4),
    ...input.lines.map((line): TableCell[] => {
      const off = line.status !== 'matched';
      return [
        { text: breakOnlyAtSpaces(counterpartyLabel(input, line.counterparty)) },
        { text: line.project, noWrap: true },
        amount(line.reportedOre),
        amount(line.bookedOre),
        amount(line.differenceOre, off),
        { text: STATUS_NAMES[line.status], bold: off, noWrap: true },
      ];
    }),
    [{ text: 'Summa', bold: true, colSpan: 2 }, {}, amount(totals.reportedOre, true), amount(totals.bookedOre, true), amount(totals.differenceOre, true), {}],
  ];
  const widest = Math.max(...[totals.reportedOre, totals.bookedOre, totals.differenceOre, ...input.lines.flatMap((l) => [l.reportedOre, l.bookedOre, l.differenceOre])].map((o) => amountWidth(formatKronor(o), TABLE_FONT_SIZE)));
  const amountColumn = Math.max(50, Math.ceil(widest * 1.1) + 2);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 'auto', amountColumn, amountColumn, amountColumn, 'auto'], body },
    layout: tableLayout(true),
    style: 'table',
  };
}

function annotations(input: ReconciliationInput, meta: ReconciliationMeta): Content[] {
  const explanations = explanationsByLine(meta);
  const explained = input.lines.flatMap((line) => {
    const text = explanationOf(explanations, line);
    return text === null ? [] : [[{ text: line.counterparty, noWrap: true }, { text: line.project, noWrap: true }, { text: breakOnlyAtSpaces(text) }] as TableCell[]];
  });
  const signOffs = meta.annotations?.signOffs ?? [];
  return [
    ...(explained.length === 0
      ? []
      : [
          { text: 'Förklaringar', style: 'sectionHeading', headlineLevel: 2 } as Content,
          { table: { headerRows: 1, dontBreakRows: true, widths: ['auto', 'auto', '*'], body: [headerRow(['Motpart', 'Projekt', 'Förklaring']), ...explained] }, layout: tableLayout(false), style: 'table' } as Content,
        ]),
    ...(signOffs.length === 0
      ? []
      : [
          { text: 'Godkännanden', style: 'sectionHeading', headlineLevel: 2 } as Content,
          {
            table: {
              headerRows: 1,
              widths: ['auto', '*', 'auto'],
              body: [headerRow(['Roll', 'Namn', 'Tidpunkt']), ...signOffs.map((s): TableCell[] => [{ text: ROLE_NAMES[s.role] }, { text: breakOnlyAtSpaces(s.name) }, { text: formatStockholmTime(s.at), noWrap: true }])],
            },
            layout: tableLayout(false),
            style: 'table',
          } as Content,
        ]),
  ];
}

/** Renders a reconciliation result as a PDF/A-2b document (A4, embedded fonts, Swedish). */
export async function renderReconciliationPdf(result: ReconciliationInput, meta: ReconciliationMeta): Promise<Uint8Array> {
  checkReconciliation(result, meta);
  const title = reconciliationTitle(result);
  const content: Content[] = [
    ...(meta.organisation ? [{ text: breakOnlyAtSpaces(meta.organisation), style: 'organisation' }] : []),
    { text: title, style: 'docTitle', headlineLevel: 1 },
    { text: printedLine(meta), style: 'metaLine' },
    { canvas: [{ type: 'line', x1: 0, y1: 8, x2: TEXT_WIDTH, y2: 8, lineWidth: 0.8, lineColor: COLOURS.rule }] },
    { text: 'Sammanfattning', style: 'sectionHeading', headlineLevel: 2 },
    summaryTable(result),
    { text: 'Motparter och projekt', style: 'sectionHeading', headlineLevel: 2 },
    linesTable(result),
    ...annotations(result, meta),
  ];
  return renderPdfDefinition(
    pdfaDefinition({
      info: { title: meta.organisation ? `${title} \u2013 ${meta.organisation}` : title, ...(meta.organisation ? { author: meta.organisation } : {}), subject: 'Internavstämning' },
      font: PDF_FONT,
      createdAt: new Date(meta.generatedAt),
      styles: STYLES,
      content,
      ...(meta.organisation ? { organisation: meta.organisation } : {}),
    }),
  );
}
