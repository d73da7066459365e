import { crc32 } from 'node:zlib';
import iconv from 'iconv-lite';
import { AppError } from '../../domain/errors.js';
import { formatKronor, isSafeOre } from '../../domain/money.js';

/*
 * SIE 4I ("SIE filformat ver 4B", 2008): the vouchers Redovisa hands to the ledger. One record a
 * line, CRLF, in CP437 (#FORMAT PC8, the format's only character set). Names and texts are quoted,
 * numbers and dates bare, as DESIGN.md §10 shows. #KSUMMA is CRC-32 (zlib's) over each record's
 * label and field contents between the two #KSUMMA records, written unsigned (see sieChecksum).
 */

/** An object a transaction is booked on: dimension 6 is SIE's project, 20 and up are our own. */
export interface SieObjectRef {
  dimension: number;
  id: string;
}

/** One #TRANS row: positive amounts are debits, negative credits. */
export interface SieTransaction {
  account: string;
  objects: SieObjectRef[];
  amountOre: number;
  text?: string;
}

/** One #VER with its rows; the rows must sum to zero. */
export interface SieVoucher {
  series: string;
  number: number;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  text: string;
  transactions: SieTransaction[];
}

/** Everything one SIE 4I file carries, in the order the caller wants it written. */
export interface SieFile {
  program: { name: string; version: string };
  /** ISO date, YYYY-MM-DD. */
  generatedOn: string;
  companyName: string;
  accounts: { number: string; name: string }[];
  /** Only dimensions 20 and up: 1–19 are defined by the SIE specification itself. */
  dimensions: { number: number; name: string }[];
  objects: { dimension: number; id: string; name: string }[];
  vouchers: SieVoucher[];
}

/** The first dimension a file may define for itself; 1–19 are the specification's (6 = projekt). */
export const FIRST_OWN_DIMENSION = 20;

type Field = { kind: 'bare'; value: string } | { kind: 'quoted'; value: string } | { kind: 'objects'; refs: SieObjectRef[] };
interface SieRecord {
  label: string;
  fields: Field[];
}

const bare = (value: string): Field => ({ kind: 'bare', value });
const quoted = (value: string): Field => ({ kind: 'quoted', value });

/** Writes an SIE 4I file as CP437 bytes with CRLF line ends; refuses (invalid_input) what SIE cannot carry exactly. */
export function writeSie4(file: SieFile): Uint8Array {
  checkFile(file);
  const lines: string[] = [];
  const summed: SieRecord[] = [];
  const emit = (record: SieRecord): void => {
    summed.push(record);
    lines.push(renderRecord(record));
  };

  emit({ label: '#PROGRAM', fields: [quoted(file.program.name), versionField(file.program.version)] });
  emit({ label: '#FORMAT', fields: [bare('PC8')] });
  emit({ label: '#GEN', fields: [bare(sieDate(file.generatedOn, 'Filens datum'))] });
  emit({ label: '#SIETYP', fields: [bare('4')] });
  emit({ label: '#FNAMN', fields: [quoted(file.companyName)] });
  for (const account of file.accounts) emit({ label: '#KONTO', fields: [bare(account.number), quoted(account.name)] });
  for (const dimension of file.dimensions) emit({ label: '#DIM', fields: [bare(String(dimension.number)), quoted(dimension.name)] });
  for (const object of file.objects) {
    emit({ label: '#OBJEKT', fields: [bare(String(object.dimension)), quoted(object.id), quoted(object.name)] });
  }
  for (const voucher of file.vouchers) {
    emit({
      label: '#VER',
      fields: [quoted(voucher.series), quoted(String(voucher.number)), bare(sieDate(voucher.date, describeVoucher(voucher))), quoted(voucher.text)],
    });
    lines.push('{');
    for (const row of voucher.transactions) {
      const fields: Field[] = [bare(row.account), { kind: 'objects', refs: row.objects }, bare(formatSieAmount(row.amountOre))];
      // No transaction date of its own (""): the row takes the voucher's date.
      if (row.text !== undefined && row.text !== '') fields.push(quoted(''), quoted(row.text));
      emit({ label: '#TRANS', fields });
    }
    lines.push('}');
  }

  const text = ['#FLAGGA 0', '#KSUMMA', ...lines, `#KSUMMA ${sieChecksum(summed)}`].map((line) => `${line}\r\n`).join('');
  return new Uint8Array(iconv.encode(text, 'cp437'));
}

/**
 * Formats öre as SIE writes amounts: a decimal point, always two decimals, a leading minus,
 * no grouping (`2626837.00`, `-0.50`). Digits are moved in the string, never divided.
 */
export function formatSieAmount(ore: number): string {
  if (!isSafeOre(ore)) throw new RangeError(`Inget helt antal öre: ${ore}`);
  const digits = String(Math.abs(ore)).padStart(3, '0');
  const sign = ore < 0 ? '-' : '';
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * The #KSUMMA value: CRC-32 over the CP437 bytes of each record's label and field contents,
 * without the spaces between fields, the quotes around them or the braces of object lists
 * (SIE 4B §10.15). Written as an unsigned decimal, as the specification's CRC routine (unsigned
 * 32 bits) leaves it and as other programs write it: Norstedts' files carry values above 2^31.
 */
function sieChecksum(records: readonly SieRecord[]): number {
  const contents = records.map((record) => record.label + record.fields.map(fieldContents).join('')).join('');
  return crc32(iconv.encode(contents, 'cp437'));
}

function fieldContents(field: Field): string {
  return field.kind === 'objects' ? field.refs.map((ref) => `${ref.dimension}${ref.id}`).join('') : field.value;
}

function renderRecord(record: SieRecord): string {
  return [record.label, ...record.fields.map(renderField)].join(' ');
}

function renderField(field: Field): string {
  switch (field.kind) {
    case 'bare':
      return field.value;
    case 'quoted':
      return quote(field.value);
    case 'objects':
      return `{${field.refs.map((ref) => `${ref.dimension} ${quote(ref.id)}`).join(' ')}}`;
  }
}

/** SIE's only escape: a quote inside a quoted field is written `\"`. */
function quote(value: string): string {
  return `"${value.replaceAll('"', '\\"')}"`;
}

/** The version is bare when it is one plain word (`0.1`, as DESIGN.md §10 writes it), quoted otherwise. */
function versionField(version: string): Field {
  return /^[0-9A-Za-z.+_-]+$/.test(version) ? bare(version) : quoted(version);
}

function sieDate(iso: string, what: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw refuse(`${what}: "${iso}" är inget datum (ÅÅÅÅ-MM-DD).`);
  }
  return iso.replaceAll('-', '');
}

function checkFile(file: SieFile): void {
  checkText(file.program.name, 'Programnamnet');
  checkText(file.program.version, 'Programversionen');
  checkText(file.companyName, 'Företagsnamnet');

  const accounts = new Set<string>();
  for (const account of file.accounts) {
    checkAccountNumber(account.number, `Kontot "${account.number}"`);
    if (accounts.has(account.number)) throw refuse(`Kontot ${account.number} finns två gånger i kontolistan.`);
    accounts.add(account.number);
    checkText(account.name, `Namnet på konto ${account.number}`);
  }

  const dimensions = new Set<number>();
  for (const dimension of file.dimensions) {
    if (!Number.isSafeInteger(dimension.number) || dimension.number < FIRST_OWN_DIMENSION) {
      throw refuse(`Dimension ${dimension.number} kan inte deklareras: dimensionerna 1–19 bestäms av SIE (6 är projekt), egna börjar på ${FIRST_OWN_DIMENSION}.`);
    }
    if (dimensions.has(dimension.number)) throw refuse(`Dimension ${dimension.number} finns två gånger.`);
    dimensions.add(dimension.number);
    checkText(dimension.name, `Namnet på dimension ${dimension.number}`);
  }

  const objects = new Set<string>();
  for (const object of file.objects) {
    const what = `Objekt ${object.id} i dimension ${object.dimension}`;
    checkObjectRef(object, dimensions, what);
    const key = objectKey(object);
    if (objects.has(key)) throw refuse(`${what} finns två gånger.`);
    objects.add(key);
    checkText(object.name, `Namnet på objekt ${object.id} i dimension ${object.dimension}`);
  }

  for (const voucher of file.vouchers) checkVoucher(voucher, accounts, dimensions, objects);
}

function checkVoucher(voucher: SieVoucher, accounts: Set<string>, dimensions: Set<number>, objects: Set<string>): void {
  const name = describeVoucher(voucher);
  checkText(voucher.series, `${name}: serien`);
  if (!Number.isSafeInteger(voucher.number) || voucher.number < 0) throw refuse(`${name}: verifikationsnumret ska vara ett heltal från 0.`);
  checkText(voucher.text, `${name}: texten`);
  if (voucher.transactions.length === 0) throw refuse(`${name} har inga rader: en verifikation utan rader bokför ingenting.`);
  let sum = 0;
  voucher.transactions.forEach((row, index) => {
    const where = `${name}, rad ${index + 1}`;
    checkAccountNumber(row.account, `${where}: kontot "${row.account}"`);
    if (!accounts.has(row.account)) throw refuse(`${where}: konto ${row.account} saknas i kontolistan (#KONTO).`);
    for (const [index, ref] of row.objects.entries()) {
      checkObjectRef(ref, dimensions, `${where}: objekt ${ref.id} i dimension ${ref.dimension}`);
      if (row.objects.findIndex((other) => other.dimension === ref.dimension) !== index) {
        throw refuse(`${where}: dimension ${ref.dimension} står två gånger i objektlistan; en rad hör till ett objekt per dimension.`);
      }
      if (!objects.has(objectKey(ref))) throw refuse(`${where}: objekt ${ref.id} i dimension ${ref.dimension} saknas i objektlistan (#OBJEKT).`);
    }
    if (!isSafeOre(row.amountOre)) throw refuse(`${where}: beloppet ${String(row.amountOre)} är inget helt antal öre.`);
    if (row.text !== undefined) checkText(row.text, `${where}: texten`);
    sum += row.amountOre;
    if (!Number.isSafeInteger(sum)) throw refuse(`${name}: summan av raderna är för stor.`);
  });
  if (sum !== 0) {
    throw refuse(`${name} balanserar inte: raderna summerar till ${formatKronor(sum)} kr i stället för 0.`);
  }
}

function checkObjectRef(ref: SieObjectRef, dimensions: Set<number>, what: string): void {
  if (!Number.isSafeInteger(ref.dimension) || ref.dimension < 1) throw refuse(`${what}: dimensionen ska vara ett heltal från 1.`);
  if (ref.dimension >= FIRST_OWN_DIMENSION && !dimensions.has(ref.dimension)) {
    throw refuse(`${what}: dimension ${ref.dimension} saknas i dimensionslistan (#DIM).`);
  }
  if (ref.id === '') throw refuse(`${what}: objektet saknar id.`);
  checkText(ref.id, what);
}

function checkAccountNumber(account: string, what: string): void {
  if (!/^\d+$/.test(account)) throw refuse(`${what} är inget kontonummer: SIE:s kontonummer är siffror.`);
}

/**
 * A text SIE carries exactly, or a refusal: iconv-lite would write '?' for what CP437 lacks (a
 * silent change); a control character would break the record; a backslash before the closing
 * quote would read as an escaped quote.
 */
function checkText(value: string, what: string): void {
  const control = /[\u0000-\u001f\u007f]/u.exec(value);
  if (control) {
    throw refuse(`${what} innehåller ett styrtecken (${codePoint(control[0])}, till exempel en radbrytning eller tabb), som en SIE-post inte kan bära.`);
  }
  const lost = isPc8(value) ? undefined : [...value].find((char) => !isPc8(char));
  if (lost !== undefined) {
    throw refuse(`${what} innehåller tecknet "${lost}" (${codePoint(lost)}), som inte finns i teckentabellen PC8 (CP437) som SIE 4 skrivs i.`);
  }
  if (value.endsWith('\\')) throw refuse(`${what} slutar med ett bakstreck (\\), som SIE skulle läsa som ett citattecken.`);
}

/** Whether CP437 carries the text unchanged there and back. */
function isPc8(text: string): boolean {
  return iconv.decode(iconv.encode(text, 'cp437'), 'cp437') === text;
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function objectKey(ref: SieObjectRef): string {
  return `${ref.dimension}\u0000${ref.id}`;
}

function describeVoucher(voucher: SieVoucher): string {
  return `Verifikation ${voucher.series} ${voucher.number}`;
}

function refuse(message: string): AppError {
  return new AppError('invalid_input', message);
}
