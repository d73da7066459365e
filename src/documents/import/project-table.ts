import { sumOre } from '../../domain/money.js';
import type { AccrualEntry, ReportIndicator, ReportWarning } from '../../domain/report.js';
import { NO_ENTRIES } from '../wording.js';
import { ImportError } from './errors.js';
import type { SourceLine, SourceLocation, TextLine } from './lines.js';
import type { Hyphenation } from './hyphenation.js';
import { joinText } from './prose.js';
import { isIndicatorHeader, readIndicatorTable } from './indicator-table.js';
import { isRowStart, isTableHeaderLine, parseRowStart, SCALE_IN_LINE, scaleReason, settleAmount, type RowStart } from './table.js';
import { checkTotal, isTotalLine, readTotal } from './total-row.js';

/** A project's heading and accrual table as read from "Projekt N: Name" onwards. */
export interface ProjectTable {
  name: string;
  entries: AccrualEntry[];
  /** Where each entry's row starts, so a refusal of an entry can name its line. */
  entryLines: SourceLocation[];
  /** Amounts that had two readings (table.ts, settleAmount). */
  warnings: ReportWarning[];
  /** The indicator table after the entries (our own PDF and DOCX write one), empty when there is none. */
  indicators: ReportIndicator[];
  /** Where each indicator's row is. */
  indicatorLines: SourceLocation[];
}

/*
 * Layout of a section: the heading "Projekt N: Name", perhaps one more line of the name, the table
 * header (wrapped over up to three lines), then rows. A row starts with its three codes; the
 * lines after it up to the next row carry the rest of its text ("…tom" / "2014-08-31"). A paragraph
 * break ends the row: a line after it that is no row, and no heading row repeated on a new page, is
 * not part of any entry ("Kommentar: beloppet avser hela året") and is refused, never glued on.
 */

/** Reads the lines after a "Projekt N:" heading; throws ImportError where the table cannot be read. */
export function readProjectTable(
  headingName: string, allLines: readonly SourceLine[], fileName: string, hyphens: Hyphenation, project: number,
): ProjectTable {
  const indicatorStart = allLines.findIndex((line) => line.kind === 'text' && isIndicatorHeader(line.text));
  const body = indicatorStart < 0 ? allLines : allLines.slice(0, indicatorStart);
  const indicatorTable = indicatorStart < 0 ? { indicators: [], lines: [] } : readIndicatorTable(allLines.slice(indicatorStart), fileName, project);
  const nameLines = headingName === '' ? [] : [headingName];
  // `part`: how many times the table's header stood above the row (0 before the first, 1 under it;
  // 2 and on under the header repeated on a later page).
  const rows: { start: RowStart; text: string[]; line: number; location: TextLine; part: number }[] = [];
  const totals: { ore: number; line: TextLine; rows: number }[] = [];
  let headerSeen = false;
  let part = 0;
  // The header lines that begin each part (a header wrapped over lines begins it once).
  const partHeaders = new Map<number, TextLine>();
  let rowOpen = false; // the last row may still take lines of its text
  // The name goes on only on the heading's next line: a paragraph after it is no part of it.
  let nameOpen = true;
  const headingScale = SCALE_IN_LINE.exec(headingName)?.[0];
  const firstLine = body.find((line) => line.kind === 'text');
  if (headingScale && firstLine) throw scaleError(fileName, firstLine, headingScale, `rubriken ”${quoted(headingName)}”`);
  for (const line of body) {
    if (line.kind === 'break') {
      rowOpen = false;
      nameOpen = false;
      continue;
    }
    const current = rows.at(-1);
    if (isTotalLine(line.text) && (headerSeen || current)) {
      totals.push({ ore: readTotal(line, fileName), line, rows: rows.length });
      rowOpen = false;
    } else if (isRowStart(line.text)) {
      const start = parseRowStart(line.text, fileName, line);
      rows.push({ start, text: start.text === '' ? [] : [start.text], line: line.line, location: line, part });
      rowOpen = true;
    } else if (current && rowOpen) {
      current.text.push(line.text.replace(/\t/g, ' '));
    } else if (isTableHeaderLine(line.text.replace(/\t/g, ' '))) {
      checkHeaderOrder(line, fileName);
      // A table's header repeated at the top of a page is left out when a PDF is read; one on the
      // page of the rows above begins another table (last period's entries, a budget), not these rows.
      const last = rows.at(-1)?.location.onPage;
      if (last && line.onPage?.page === last.page) {
        throw new ImportError(fileName, line, `Projektet har en tabell till under den första (rubrikraden ”${quoted(line.text.replace(/\t/g, ' '))}”): Redovisa läser en tabell med periodens periodiseringar per projekt. Ta bort den andra tabellen, eller för in dess rader i den första, och försök igen.`);
      }
      // A header's wrapped lines (extracted text) begin no part of their own.
      if (!partHeaders.has(part) || rows.some((row) => row.part === part)) {
        part++;
        partHeaders.set(part, line);
      }
      headerSeen = true;
    } else if (/^Konto\b/iu.test(line.text) && (/\b(Belopp|IKB)\b/iu.test(line.text) || SCALE_IN_LINE.test(line.text))) {
      // A header this reader does not know, never the project's name: the amounts it heads may be
      // in another unit ("Belopp (tkr)") or another column than the Belopp column read.
      const scale = SCALE_IN_LINE.exec(line.text)?.[0];
      const shown = quoted(line.text.replace(/\t/g, ' '));
      throw new ImportError(
        fileName,
        line,
        scale
          ? scaleReason(scale, `rubrikraden ”${shown}”`, 'rubriken ”Belopp”')
          : `Tabellens rubrikrad kan inte läsas: väntade kolumnerna Konto, IKB, Nämndens motpartsnr, Belopp, Text, men raden är ”${shown}”.`,
      );
    } else if (headerSeen && line.text === NO_ENTRIES) {
      // Our own PDF and DOCX print this in an empty table (documents/wording.ts).
      continue;
    } else if (!headerSeen && SCALE_IN_LINE.test(line.text)) {
      // A line between the heading and the table's header, or a caption row above the header, that names the unit.
      throw scaleError(fileName, line, SCALE_IN_LINE.exec(line.text)?.[0] ?? '', `raden ”${quoted(line.text)}”`);
    } else if (!headerSeen && nameOpen && nameLines.length < 2) {
      nameLines.push(line.text);
    } else if (current) {
      throw new ImportError(fileName, line, `Väntade en tabellrad, ”Projekt N: …” eller ”Delredovisning projekt N: …”, men raden är ”${quoted(line.text)}”.`);
    } else {
      throw new ImportError(
        fileName,
        line,
        `Väntade en rad i projektets tabell, till exempel ”3699 1771 1704 107 000 Ej fakturerat tom 2014-08-31”, men raden är ”${quoted(line.text)}”.`,
      );
    }
  }
  const name = joinText(nameLines, hyphens);
  const repeated = repeatedHeadingRows(rows, partHeaders, project);
  const kept = rows.filter((_, k) => !repeated.dropped.has(k));
  for (const total of totals) total.rows -= [...repeated.dropped].filter((k) => k < total.rows).length;
  rows.splice(0, rows.length, ...kept);
  const settled = rows.map(({ start, text, line }) => ({ start, line, ...settleAmount(start, joinText(text, hyphens), line) }));
  for (const total of totals) {
    const above = settled.slice(0, total.rows);
    const sum = sumOre(above.map((row) => row.amountOre));
    if (sum !== total.ore) {
      // An amount read two ways (table.ts, settleAmount) is settled by the total when exactly
      // one other reading makes the rows add up to it.
      const fixes = above.filter((row) => row.warning && sum - row.amountOre + row.start.amountOre === total.ore);
      const [fix] = fixes;
      if (fixes.length === 1 && fix) {
        Object.assign(fix, { amountOre: fix.start.amountOre, text: joinText(rows[settled.indexOf(fix)]?.text ?? [], hyphens), warning: undefined });
      } else {
        checkTotal(total.ore, sum, total.line, fileName);
      }
    }
  }
  const warnings: ReportWarning[] = [...repeated.warnings, ...settled.flatMap((row) => (row.warning ? [row.warning] : []))];
  // An amount joined from its cell's lines is confirmed by a total row below it (every total adds up here).
  const confirmed = Math.max(0, ...totals.map((total) => total.rows));
  rows.forEach(({ location, line }, k) => {
    if (k >= confirmed && location.amountDoubt) {
      warnings.push({ code: 'layout_uncertain', message: `Projekt ${project}: ${location.amountDoubt}`, line });
    }
  });
  const entries = settled.map(({ start, amountOre, text }) => ({ account: start.account, ikb: start.ikb, counterparty: start.counterparty, amountOre, text }));
  return { name, entries, entryLines: rows.map((row) => row.location), warnings, indicators: indicatorTable.indicators, indicatorLines: indicatorTable.lines };
}

function scaleError(fileName: string, line: TextLine, scale: string, where: string): ImportError {
  return new ImportError(fileName, line, scaleReason(scale, where));
}

/*
 * A table whose heading repeats on every page (Writer's "Repeat heading") may repeat more rows than
 * the header: with two or three heading rows, the first entries stand again under the header at
 * the top of each page the table goes on to. Rows under a header repeated on a later page that are
 * the rows under the table's first header, every cell alike and in the same order, are that
 * repeated heading: read once, and a person is told which row was left out, to check that it is
 * not an entry of its own that happens to be alike.
 */
function repeatedHeadingRows(
  rows: readonly { text: string[]; line: number; location: TextLine; part: number }[], partHeaders: ReadonlyMap<number, TextLine>, project: number,
): { dropped: Set<number>; warnings: ReportWarning[] } {
  const dropped = new Set<number>();
  const warnings: ReportWarning[] = [];
  const first = rows.filter((row) => row.part === 1);
  const same = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.location.text === b.location.text && a.text.join('\n') === b.text.join('\n');
  for (const [part, header] of partHeaders) {
    // Only a header on a later page than the first's: in one page's text a header begins another table.
    const firstPage = partHeaders.get(1)?.onPage?.page;
    if (part < 2 || header.onPage === undefined || firstPage === undefined || header.onPage.page <= firstPage) continue;
    const under = rows.flatMap((row, k) => (row.part === part ? [k] : []));
    for (const [n, k] of under.entries()) {
      const row = rows[k];
      const original = first[n];
      if (!row || !original || !same(row, original)) break;
      dropped.add(k);
      const which = n === 0 ? 'tabellens första rad' : `tabellens rad ${n + 1}`;
      const shown = quoted(row.location.text.replace(/\t/g, ' '));
      const page = row.location.onPage?.page ?? header.onPage.page;
      warnings.push({
        code: 'layout_uncertain',
        message: `Projekt ${project}: raden ”${shown}” överst på sida ${page} upprepar ${which} under den upprepade rubriken och lästes som en del av rubriken; den är inte med en gång till. Kontrollera att den inte är en egen rad.`,
        line: row.line,
      });
    }
  }
  return { dropped, warnings };
}

// Each header word's column: the table's columns stand in this order, and its rows are read by it.
const HEADER_COLUMN: Record<string, number> = {
  konto: 0, ikb: 1, nämndens: 2, motpartsnr: 2, 'motpartsnr.': 2, motpart: 2, motpartsnummer: 2,
  belopp: 3, 'belopp,': 3, kr: 3, '(kr)': 3, kronor: 3, '(kronor)': 3, sek: 3, '(sek)': 3, text: 4, kommentar: 4, beskrivning: 4,
};
const COLUMNS_IN_ORDER = 'Konto, IKB, Nämndens motpartsnr, Belopp, Text';

/** Refuses a header whose columns stand in another order than the rows are read in. */
function checkHeaderOrder(line: TextLine, fileName: string): void {
  const columns = line.text.split(/\s+/u).map((word) => HEADER_COLUMN[word.toLowerCase()] ?? -1);
  if (columns.every((column, k) => k === 0 || column >= (columns[k - 1] ?? 0))) return;
  throw new ImportError(
    fileName,
    line,
    `Tabellens kolumner står i en annan ordning (”${quoted(line.text.replace(/\t/g, ' '))}”) än ${COLUMNS_IN_ORDER}: raderna kan inte läsas säkert. Ställ kolumnerna i den ordningen och försök igen.`,
  );
}

// A line as quoted in a message: long ones are cut, the reader has the line number.
function quoted(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
