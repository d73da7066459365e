import iconv from 'iconv-lite';
import { fail, ok, type Result } from '../../domain/errors.js';
import { ImportError } from './errors.js';

/*
 * The lexical rules of SIE 4 (SIE 4B §5): a record is one line; fields are separated by spaces or
 * tabs; a field with spaces is quoted, and a quote inside it is written \"; an object list is a
 * list of fields in braces. Lines are handled as byte strings (one char per byte, latin1) so the
 * checksum sees the file's own bytes; only the caller decodes contents from CP437.
 */

/** One field: its contents as bytes (quotes removed, \" unescaped), and whether it was quoted. */
export interface SieField {
  kind: 'field';
  bytes: string;
  quoted: boolean;
}

/** An object list, `{6 "1704-02" 20 "1771"}`: its fields in order. */
export interface SieList {
  kind: 'list';
  items: SieField[];
}

/** What a line splits into. */
export type SieToken = SieField | SieList;

const SEPARATOR = /[ \t]/;

/** Splits one line (a byte string) into fields and object lists; a Swedish reason if it cannot. */
export function tokenizeSieLine(line: string): Result<SieToken[]> {
  const tokens: SieToken[] = [];
  let list: SieField[] | null = null;
  let at = 0;
  while (at < line.length) {
    const char = line.charAt(at);
    if (SEPARATOR.test(char)) {
      at += 1;
    } else if (char === '{') {
      if (list) return fail('En objektlista ({…}) står inne i en annan objektlista.');
      list = [];
      at += 1;
    } else if (char === '}') {
      if (!list) return fail('Raden har en } som inte avslutar någon objektlista.');
      tokens.push({ kind: 'list', items: list });
      list = null;
      at += 1;
    } else {
      const read = char === '"' ? readQuoted(line, at) : readBare(line, at);
      if (!read.ok) return read;
      (list ?? tokens).push(read.value.field);
      at = read.value.end;
    }
  }
  if (list) return fail('En objektlista öppnas med { men stängs aldrig med } på samma rad.');
  return ok(tokens);
}

function readQuoted(line: string, start: number): Result<{ field: SieField; end: number }> {
  let bytes = '';
  let at = start + 1;
  for (;;) {
    if (at >= line.length) return fail('Ett citattecken öppnar ett fält som aldrig stängs på raden.');
    const char = line.charAt(at);
    if (char === '\\' && line.charAt(at + 1) === '"') {
      bytes += '"';
      at += 2;
    } else if (char === '"') {
      at += 1;
      break;
    } else {
      bytes += char;
      at += 1;
    }
  }
  const next = line.charAt(at);
  if (next !== '' && !SEPARATOR.test(next) && next !== '}' && next !== '{') {
    return fail('Efter ett fält inom citattecken ska ett mellanslag följa.');
  }
  return ok({ field: { kind: 'field', bytes, quoted: true }, end: at });
}

function readBare(line: string, start: number): Result<{ field: SieField; end: number }> {
  let at = start;
  while (at < line.length && !SEPARATOR.test(line.charAt(at)) && !'{}'.includes(line.charAt(at))) {
    if (line.charAt(at) === '"') return fail('Ett citattecken står mitt i ett fält: fält med citattecken ska omges av citattecken.');
    at += 1;
  }
  return ok({ field: { kind: 'field', bytes: line.slice(start, at), quoted: false }, end: at });
}

/** A field's bytes as text: CP437, the character set of `#FORMAT PC8`. */
export function decodePc8(bytes: string): string {
  return iconv.decode(Buffer.from(bytes, 'latin1'), 'cp437');
}

/**
 * Reads an SIE amount (`2626837.00`, `-0.50`, `100`) into öre by moving digits in the string:
 * a decimal point, at most two decimals, a leading minus, nothing else.
 */
export function parseSieAmount(text: string): Result<number> {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    if (/^-?\d+\.\d{3,}$/.test(text)) return fail(`Beloppet ”${text}” har fler än två decimaler.`);
    return fail(`”${text}” är inget belopp: SIE skriver belopp med siffror, minustecken och decimalpunkt (till exempel -2626837.00).`);
  }
  const [, minus = '', whole = '', fraction = ''] = match;
  const ore = Number(whole + fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return fail(`Beloppet ”${text}” är för stort.`);
  return ok(minus === '-' && ore !== 0 ? -ore : ore);
}

/** Reads an SIE date, YYYYMMDD, into an ISO date; refuses one that is not in the calendar. */
export function parseSieDate(text: string): Result<string> {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return ok(`${match[1]}-${match[2]}-${match[3]}`);
    }
  }
  return fail(`”${text}” är inget datum: SIE skriver datum som ÅÅÅÅMMDD (till exempel 20141231).`);
}

/** The fields of one record (or of one object list), read with refusals that name the file and line. */
export class SieRecordFields {
  constructor(
    private readonly fields: readonly SieToken[],
    private readonly fileName: string,
    readonly line: number,
  ) {}

  /** A field's text; refused when it is missing. */
  text(index: number, name: string): string {
    const field = this.field(index, name);
    if (!field) this.refuse(`Fältet ${name} saknas.`);
    return decodePc8(field.bytes);
  }

  /** A field that may be missing or written `""`: both are undefined. */
  optional(index: number, name: string): string | undefined {
    const field = this.field(index, name);
    return field === undefined || field.bytes === '' ? undefined : decodePc8(field.bytes);
  }

  /** A date field as an ISO date. */
  date(index: number, name: string): string {
    return this.check(parseSieDate(this.text(index, name)));
  }

  /** A non-negative integer field (dimension numbers). */
  integer(index: number, name: string): number {
    const text = this.text(index, name);
    if (!/^\d{1,9}$/.test(text)) this.refuse(`Fältet ${name} (”${text}”) är inget heltal.`);
    return Number(text);
  }

  /** An account number: SIE's are digits. */
  account(index: number): string {
    const account = this.text(index, 'kontonummer');
    if (!/^\d+$/.test(account)) this.refuse(`”${account}” är inget kontonummer: SIE:s kontonummer är siffror.`);
    return account;
  }

  /** An object list's fields; refused when the field is not a list. */
  list(index: number, missing: string): SieRecordFields {
    const list = this.fields[index];
    if (list?.kind !== 'list') this.refuse(missing);
    return new SieRecordFields(list.items, this.fileName, this.line);
  }

  /** How many fields there are. */
  get count(): number {
    return this.fields.length;
  }

  /** The value of a successful result, or a refusal with its message. */
  check<T>(result: Result<T>): T {
    if (!result.ok) this.refuse(result.message);
    return result.value;
  }

  /** Throws ImportError naming the file and this record's line. */
  refuse(reason: string): never {
    throw new ImportError(this.fileName, this.line, reason);
  }

  private field(index: number, name: string): SieField | undefined {
    const field = this.fields[index];
    if (field?.kind === 'list') this.refuse(`Fältet ${name} är en objektlista ({…}) men ska vara ett enkelt fält.`);
    return field;
  }
}
