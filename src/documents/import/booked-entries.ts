// The central side's booked entries, for counterparty reconciliation (DESIGN.md §10): a CSV file from
// the ledger with one row per booked entry. Every number is read exactly or the file is refused with
// the line and the column; what a person should check but that cannot change a sum is a warning.
import { CsvError, parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { MAX_ENTRY_ORE } from '../../domain/limits.js';
import { formatKronor } from '../../domain/money.js';
import { parseBookedAmount } from './booked-amount.js';
import { ImportError } from './errors.js';

/** One row of the booked-entries file; `line` is where the row starts in the file, counted from 1. */
export interface BookedEntry {
  counterparty: string;
  project: string;
  amountOre: number;
  text: string;
  line: number;
  date?: string;
  account?: string;
  ikb?: string;
}

/** Something in the file a person should check, at a line counted from 1. */
export interface BookedWarning {
  line: number;
  message: string;
}

/** The most rows after the header a booked-entries file may have: a city's year is far below it. */
export const MAX_BOOKED_ROWS = 200_000;

type Field = 'counterparty' | 'project' | 'amount' | 'text' | 'date' | 'account' | 'ikb';

// The columns as users name them (any case), in the order messages list them.
const COLUMNS: readonly { name: string; field: Field; required: boolean }[] = [
  { name: 'Motpart', field: 'counterparty', required: true },
  { name: 'Projekt', field: 'project', required: true },
  { name: 'Belopp', field: 'amount', required: true },
  { name: 'Text', field: 'text', required: false },
  { name: 'Datum', field: 'date', required: false },
  { name: 'Konto', field: 'account', required: false },
  { name: 'IKB', field: 'ikb', required: false },
];
const COLUMN_BY_KEY = new Map(COLUMNS.map((c) => [c.name.toLowerCase(), c]));
const HEADER_HINT = 'Första raden ska namnge kolumnerna Motpart, Projekt och Belopp (Text, Datum, Konto och IKB får finnas), åtskilda med semikolon (;) eller komma (,).';

/**
 * Reads a booked-entries CSV file (UTF-8 with or without BOM, or Windows-1252; `;` or `,` between
 * fields; Swedish amounts or a decimal point). Throws ImportError (`unreadable_document`) naming the
 * file, the line and the column for anything it cannot read exactly.
 */
export function readBookedCsv(bytes: Uint8Array, fileName: string): { entries: BookedEntry[]; warnings: BookedWarning[] } {
  // One line ending: the CSV parser counts a CRLF inside quotes as two lines, and a line must be the editor's.
  const text = decode(bytes, fileName).replace(/\r\n?/g, '\n');
  const headerLine = firstContentLine(text);
  if (headerLine === undefined) throw new ImportError(fileName, 1, `Filen är tom: kolumnen ”Motpart” saknas. ${HEADER_HINT}`);
  const delimiter = detectDelimiter(headerLine);
  const rows = parseRows(text, delimiter, fileName).filter((row) => !isBlank(row));
  const [header, ...data] = rows;
  if (header === undefined) throw new ImportError(fileName, 1, `Filen är tom: kolumnen ”Motpart” saknas. ${HEADER_HINT}`);
  const tooMany = data[MAX_BOOKED_ROWS];
  if (tooMany) {
    throw new ImportError(fileName, tooMany.line, `Filen har fler än ${grouped(MAX_BOOKED_ROWS)} poster: dela upp den i flera filer.`);
  }

  const warnings: BookedWarning[] = [];
  const layout = readHeader(header, fileName, warnings);
  if (data.length === 0) warnings.push({ line: header.line, message: 'Filen har inga bokförda poster, bara rubrikraden.' });
  const decimals = new DecimalStyleCheck(warnings);
  const entries = data.map((row) => {
    if (row.fields.length !== header.fields.length) {
      throw new ImportError(fileName, row.line, fieldCountMessage(row.fields.length, header.fields.length, delimiter));
    }
    const entry = readEntry(row, layout.columns, fileName);
    decimals.note(row.fields[layout.columns.get('amount') ?? -1] ?? '', row.line);
    for (const index of layout.unnamed) {
      if (row.fields[index] !== '') layout.warnUnnamed(index, row.line);
    }
    return entry;
  });
  return { entries, warnings };
}

/** One row as an entry, or the refusal that names its line and column. */
function readEntry(row: Row, columns: ReadonlyMap<Field, number>, fileName: string): BookedEntry {
  const at = (reason: string) => new ImportError(fileName, row.line, reason);
  const cell = (field: Field) => {
    const index = columns.get(field);
    return index === undefined ? '' : (row.fields[index] ?? '');
  };
  const counterparty = cell('counterparty');
  if (counterparty === '') throw at('Kolumnen ”Motpart” är tom: varje rad behöver motpartens fyra siffror (till exempel 1704).');
  if (!/^\d{4}$/.test(counterparty)) throw at(`Kolumnen ”Motpart”: ”${counterparty}” är ingen motpart: den ska vara fyra siffror (till exempel 1704).`);
  const project = cell('project');
  if (project === '') throw at('Kolumnen ”Projekt” är tom: varje rad behöver en projektkod (till exempel 1704-02).');
  const amount = parseBookedAmount(cell('amount'));
  if (!amount.ok) throw at(`Kolumnen ”Belopp”: ${amount.message}`);
  if (Math.abs(amount.value) > MAX_ENTRY_ORE) {
    // The same cap as a reported entry: far beyond any grant, and what keeps sums exact.
    throw at(`Kolumnen ”Belopp”: ”${cell('amount')}” är större än en post får vara: högst ${formatKronor(MAX_ENTRY_ORE, { plainSpaces: true })} kr, plus eller minus.`);
  }
  const entry: BookedEntry = { counterparty, project, amountOre: amount.value, text: cell('text'), line: row.line };
  // Kept as written: the ledger's own codes and dates, for a person to read beside the difference.
  for (const field of ['date', 'account', 'ikb'] as const) {
    const value = cell(field);
    if (value !== '') entry[field] = value;
  }
  return entry;
}

interface Row {
  fields: string[];
  line: number;
}

// A spreadsheet's blank row is empty fields; under the other separator it is one field of separators.
function isBlank(row: Row): boolean {
  return row.fields.every((field) => /^[;,]*$/.test(field));
}

// Control characters other than tab, line feed and carriage return never occur in a ledger export.
const NOT_TEXT = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f]/u;
const NOT_TEXT_WINDOWS_1252 = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f\ufffd]/u;

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252, the ledger's other export. */
function decode(bytes: Uint8Array, fileName: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportError(fileName, 1, 'Filen är sparad som UTF-16 (Unicode-text): spara den som CSV i UTF-8 och försök igen.');
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return refuseNonText(utf8, NOT_TEXT, fileName);
  // UTF-8 characters beside an invalid byte: a damaged UTF-8 file, which Windows-1252 would garble.
  const asUtf8 = new TextDecoder('utf-8').decode(bytes);
  if (/[^\u0000-\u007f\ufffd]/u.test(asUtf8)) {
    throw new ImportError(fileName, lineAt(asUtf8, asUtf8.indexOf('\ufffd')),
      'Filen är UTF-8 men har en byte som inte är UTF-8 (ett tecken är skadat): spara den som UTF-8 igen och försök igen.');
  }
  // Windows-1252 gives a character to every byte but five; those five mean the file is something else.
  return refuseNonText(iconv.decode(bytes, 'windows-1252'), NOT_TEXT_WINDOWS_1252, fileName);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function refuseNonText(text: string, notText: RegExp, fileName: string): string {
  const bad = notText.exec(text);
  if (bad) {
    throw new ImportError(fileName, lineAt(text, bad.index),
      'Filen innehåller tecken som inte är text i UTF-8 eller Windows-1252 (den är kanske ett annat slags fil): spara den som CSV och försök igen.');
  }
  return text;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split(/\r\n|\r|\n/).length;
}

// A line of only separators and spaces is a spreadsheet's blank row; the header comes after it.
function firstContentLine(text: string): string | undefined {
  return text.split('\n').find((line) => /[^\s;,"]/u.test(line));
}

/** The separator under which the header line names the most known columns; `;` when that is a tie. */
function detectDelimiter(headerLine: string): ';' | ',' {
  const known = (delimiter: string) => {
    try {
      const [cells = []] = parse(headerLine, { delimiter, relax_quotes: true, trim: true });
      return cells.filter((cell) => COLUMN_BY_KEY.has(cell.toLowerCase())).length;
    } catch {
      return -1;
    }
  };
  return known(',') > known(';') ? ',' : ';';
}

// Empty lines are rows to the parser, so at most this many are read: the allowed rows, the header,
// and as many empty lines again; a longer file is refused without reading the rest.
const MAX_RECORDS_READ = 2 * MAX_BOOKED_ROWS + 2;

/** Parses the CSV grammar; each row gets the line it starts on (a quoted field may span lines). */
function parseRows(text: string, delimiter: string, fileName: string): Row[] {
  const options = { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: true } as const;
  let records: string[][];
  try {
    records = parse(text, { ...options, to: MAX_RECORDS_READ + 1 });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The rows before the one that failed are well formed: read them again to find where it starts.
    const before = typeof error.records === 'number' && error.records > 0 ? parse(text, { ...options, to: error.records }) : [];
    throw new ImportError(fileName, startLines(before).next, csvErrorMessage(error));
  }
  const { lines } = startLines(records);
  if (records.length > MAX_RECORDS_READ) {
    throw new ImportError(fileName, lines[MAX_RECORDS_READ] ?? 1,
      `Filen har fler än ${grouped(MAX_RECORDS_READ)} rader (tomma rader medräknade): dela upp den i flera filer.`);
  }
  // String.trim also takes the non-breaking spaces a spreadsheet leaves around a number.
  return records.map((fields, i) => ({ fields: fields.map((f) => f.trim()), line: lines[i] ?? 1 }));
}

/**
 * The line each record starts on, and the line after the last. Every record takes one line plus the
 * line breaks inside its quoted fields (the parser's own line count is not kept: asking for it per
 * record makes parsing several times slower).
 */
function startLines(records: readonly string[][]): { lines: number[]; next: number } {
  const lines: number[] = [];
  let line = 1;
  for (const fields of records) {
    lines.push(line);
    line += 1;
    for (const field of fields) {
      for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) line += 1;
    }
  }
  return { lines, next: line };
}

/** A count with Swedish digit groups: 200 000. */
function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ' ');
}

function csvErrorMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'Ett citattecken (") öppnar ett fält som aldrig stängs.';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'Efter ett fält inom citattecken kommer mer text före avgränsaren: ett citattecken inuti ett fält skrivs som två ("").';
    default:
      return `Raden kan inte läsas som CSV (${error.code}).`;
  }
}

function fieldCountMessage(found: number, expected: number, delimiter: string): string {
  const base = `Raden har ${found} fält men rubrikraden har ${expected}.`;
  if (found > expected && delimiter === ',') {
    return `${base} Med komma mellan fälten måste ett belopp med decimalkomma stå inom citattecken ("2 626 837,00"), annars delas det i två fält.`;
  }
  return found > expected ? `${base} Ett fält som innehåller avgränsaren (${delimiter}) måste stå inom citattecken.` : base;
}

interface Layout {
  columns: Map<Field, number>;
  unnamed: number[];
  warnUnnamed(index: number, line: number): void;
}

/** Finds each known column; refuses a missing or repeated one; warns about the columns it will not read. */
function readHeader(header: Row, fileName: string, warnings: BookedWarning[]): Layout {
  const columns = new Map<Field, number>();
  const unknown: string[] = [];
  const unnamed: number[] = [];
  header.fields.forEach((cell, index) => {
    const column = COLUMN_BY_KEY.get(cell.toLowerCase());
    if (column === undefined) {
      if (cell === '') unnamed.push(index);
      else unknown.push(cell);
    } else if (columns.has(column.field)) {
      throw new ImportError(fileName, header.line, `Kolumnen ”${column.name}” finns två gånger i rubrikraden: ta bort den ena.`);
    } else {
      columns.set(column.field, index);
    }
  });
  const missing = COLUMNS.find((c) => c.required && !columns.has(c.field));
  if (missing) throw new ImportError(fileName, header.line, `Kolumnen ”${missing.name}” saknas i rubrikraden. ${HEADER_HINT}`);
  if (unknown.length > 0) {
    const names = unknown.map((n) => `”${n}”`).join(', ');
    warnings.push({ line: header.line, message: `${unknown.length === 1 ? 'Kolumnen' : 'Kolumnerna'} ${names} känns inte igen och lästes inte.` });
  }
  const warned = new Set<number>();
  return {
    columns,
    unnamed,
    warnUnnamed(index, line) {
      if (warned.has(index)) return;
      warned.add(index);
      warnings.push({ line, message: `Kolumn ${index + 1} saknar namn i rubrikraden, så dess innehåll lästes inte.` });
    },
  };
}

/** Warns once when a file writes some amounts with a decimal comma and others with a point. */
class DecimalStyleCheck {
  private first: { style: 'komma' | 'punkt'; line: number } | undefined;
  private warned = false;

  constructor(private readonly warnings: BookedWarning[]) {}

  note(amount: string, line: number): void {
    const style = amount.includes(',') ? 'komma' : amount.includes('.') ? 'punkt' : undefined;
    if (style === undefined || this.warned) return;
    if (this.first === undefined) {
      this.first = { style, line };
    } else if (this.first.style !== style) {
      this.warned = true;
      this.warnings.push({
        line,
        message: `Beloppen skrivs med decimal${this.first.style} (rad ${this.first.line}) och med decimal${style} (rad ${line}): kontrollera att filen kommer från ett och samma system.`,
      });
    }
  }
}
