import type { AccrualEntry, ReportWarning } from '../../domain/report.js';
import { NO_ENTRIES } from '../wording.js';
import { ImportError } from './errors.js';
import type { SourceLine } from './lines.js';
import { joinText } from './prose.js';
import { isRowStart, isTableHeaderLine, parseRowStart, settleAmount, type RowStart } from './table.js';

/** A project's heading and accrual table as read from "Projekt N: Name" onwards. */
export interface ProjectTable {
  name: string;
  entries: AccrualEntry[];
  /** Amounts that had two readings (table.ts, settleAmount). */
  warnings: ReportWarning[];
}

/*
 * Layout of a section: the heading "Projekt N: Name", perhaps one more line of the name, the table
 * header (wrapped over up to three lines), then rows. A row starts with its three codes; the
 * lines after it up to the next row carry the rest of its text ("…tom" / "2014-08-31").
 */

/** Reads the lines after a "Projekt N:" heading; throws ImportError where the table cannot be read. */
export function readProjectTable(headingName: string, body: readonly SourceLine[], fileName: string): ProjectTable {
  const nameLines = headingName === '' ? [] : [headingName];
  const rows: { start: RowStart; text: string[]; line: number }[] = [];
  let headerSeen = false;
  for (const line of body) {
    if (line.kind === 'break') continue;
    const current = rows.at(-1);
    if (isRowStart(line.text)) {
      const start = parseRowStart(line.text, fileName, line.line);
      rows.push({ start, text: start.text === '' ? [] : [start.text], line: line.line });
    } else if (current) {
      current.text.push(line.text.replace(/\t/g, ' '));
    } else if (isTableHeaderLine(line.text.replace(/\t/g, ' '))) {
      headerSeen = true;
    } else if (headerSeen && line.text === NO_ENTRIES) {
      // Our own PDF and DOCX print this in an empty table (documents/wording.ts).
      continue;
    } else if (!headerSeen && nameLines.length < 2) {
      nameLines.push(line.text);
    } else {
      throw new ImportError(
        fileName,
        line.line,
        `Väntade en rad i projektets tabell, till exempel "3699 1771 1704 107 000 Ej fakturerat tom 2014-08-31", men raden är "${line.text}".`,
      );
    }
  }
  const name = joinText(nameLines);
  const warnings: ReportWarning[] = [];
  const entries = rows.map(({ start, text, line }) => {
    const settled = settleAmount(start, joinText(text), line);
    if (settled.warning) warnings.push(settled.warning);
    return { account: start.account, ikb: start.ikb, counterparty: start.counterparty, amountOre: settled.amountOre, text: settled.text };
  });
  return { name, entries, warnings };
}
