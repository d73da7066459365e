import { crc32 } from 'node:zlib';
import { formatKronor } from '../../domain/money.js';
import { FIRST_OWN_DIMENSION, type SieObjectRef } from '../export/sie.js';
import { ImportError } from './errors.js';
import { parseSieAmount, parseSieDate, SieRecordFields, tokenizeSieLine, type SieToken } from './sie-syntax.js';

/*
 * A strict SIE 4 reader (SIE 4B). What moves money is read exactly or refused with the file and
 * line: amounts, balances, dates, the order of #FLAGGA, #VER { #TRANS … } and #KSUMMA. Labels it
 * does not know are skipped, as the specification asks of readers; so are a known record's fields
 * past those it reads (signatures). What a person should look at comes back in `warnings`.
 */

/** One #TRANS row as read: amounts in öre; the row's own date, text and quantity when it has them. */
export interface SieReadTransaction {
  account: string;
  objects: SieObjectRef[];
  amountOre: number;
  /** ISO date, when the row has a date of its own. */
  date?: string;
  text?: string;
  /** As written (`2.5`): a quantity is no amount and is not turned into a float. */
  quantity?: string;
  line: number;
}

/** One #VER as read, with its rows. */
export interface SieReadVoucher {
  series: string;
  /** Null when the file leaves the number to the receiving ledger (`""`). */
  number: number | null;
  /** ISO date. */
  date: string;
  text: string;
  transactions: SieReadTransaction[];
  line: number;
}

/** A checked SIE 4 file. */
export interface SieDocument {
  flag: 0 | 1;
  format: 'PC8' | null;
  sieType: 4;
  generated: { date: string; sign?: string } | null;
  program: { name: string; version: string } | null;
  companyName: string | null;
  accounts: { number: string; name: string }[];
  dimensions: { number: number; name: string }[];
  objects: { dimension: number; id: string; name: string }[];
  vouchers: SieReadVoucher[];
  /**
   * The file's #KSUMMA and the one computed from its records (both null when it has none). A
   * mismatch is refused, so `ok` says whether the file carried a checksum that matched.
   */
  checksum: { declared: number | null; computed: number | null; ok: boolean };
  /** `FILE:LINE: reason` for what was read but a person should check. */
  warnings: string[];
}

const SINGLE_RECORDS = new Set(['#FLAGGA', '#FORMAT', '#SIETYP', '#GEN', '#PROGRAM', '#FNAMN']);
const OUTSIDE_VOUCHERS = new Set([...SINGLE_RECORDS, '#KSUMMA', '#KONTO', '#DIM', '#OBJEKT', '#VER']);
const KNOWN_LABELS = new Set([...OUTSIDE_VOUCHERS, '#TRANS', '#RTRANS', '#BTRANS']);

/** Reads an SIE 4 file's bytes; throws ImportError (unreadable_document) naming the line of what it refuses. */
export function readSie4(bytes: Uint8Array, fileName = 'SIE-filen'): SieDocument {
  const state = new SieReadState(fileName);
  const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').split(/\r?\n/);
  lines.forEach((text, index) => state.readLine(text, index + 1));
  return state.finish(bytes);
}

class SieReadState {
  private readonly doc: SieDocument = {
    flag: 0, format: null, sieType: 4, generated: null, program: null, companyName: null,
    accounts: [], dimensions: [], objects: [], vouchers: [], checksum: { declared: null, computed: null, ok: false }, warnings: [],
  };
  private readonly seen = new Set<string>();
  private records = 0;
  private sieTypeRead = false;
  /** Record contents for #KSUMMA: null before the opening #KSUMMA, and again after the closing one. */
  private summed: string[] | null = null;
  private checksumClosedAt: number | null = null;
  /** The last line with anything on it: where a file that stops too early stops. */
  private lastLine = 1;
  /** The open voucher: awaiting its `{`, or inside it. */
  private voucher: { value: SieReadVoucher; open: boolean } | null = null;

  constructor(private readonly fileName: string) {}

  readLine(text: string, line: number): void {
    const control = /[\u0000-\u0008\u000a-\u001f\u007f]/.exec(text);
    if (control) this.refuse(line, `Raden innehåller ett styrtecken (kod ${control[0].charCodeAt(0)}), som inte får stå i en SIE-fil.`);
    if (line === 1 && text.startsWith('\u00ef\u00bb\u00bf')) {
      this.refuse(line, 'Filen börjar med en UTF-8-markering (BOM): en SIE 4-fil skrivs i PC8 (CP437) och börjar med #FLAGGA.');
    }
    // Only spaces and tabs separate: as bytes, 0xA0 is "á" in CP437, not the space String.trim takes it for.
    const trimmed = text.replace(/^[ \t]+|[ \t]+$/g, '');
    if (trimmed === '') return;
    this.lastLine = line;
    if (this.checksumClosedAt !== null) this.refuse(line, `Inget får följa efter den avslutande #KSUMMA (rad ${this.checksumClosedAt}).`);
    if (trimmed === '{' || trimmed === '}') return this.readBrace(trimmed, line);
    const tokenized = tokenizeSieLine(trimmed);
    if (!tokenized.ok) this.refuse(line, tokenized.message);
    const tokens = tokenized.value;
    const [labelToken, ...fields] = tokens;
    if (labelToken?.kind !== 'field' || labelToken.quoted || !labelToken.bytes.startsWith('#')) {
      this.refuse(line, 'Raden börjar inte med en etikett (#FLAGGA, #VER, #TRANS …).');
    }
    const label = labelToken.bytes;
    if (label !== label.toUpperCase() && KNOWN_LABELS.has(label.toUpperCase())) {
      // Unknown labels are skipped, so a #trans skipped as unknown would drop its amount without a word.
      this.refuse(line, `Etiketten ${label} ska skrivas med versaler: ${label.toUpperCase()}.`);
    }
    this.records += 1;
    if (this.records === 1 && label !== '#FLAGGA') this.refuse(line, 'En SIE-fil ska börja med #FLAGGA; den här börjar med något annat.');
    if (this.voucher && !this.voucher.open) this.refuse(line, `Verifikationen på rad ${this.voucher.value.line} ska följas av en rad med {.`);
    if (this.voucher && OUTSIDE_VOUCHERS.has(label)) this.refuse(line, `${label} står inne i verifikationen från rad ${this.voucher.value.line}.`);
    if (SINGLE_RECORDS.has(label)) {
      if (this.seen.has(label)) this.refuse(line, `${label} förekommer mer än en gång.`);
      this.seen.add(label);
    }
    if (this.summed && label !== '#KSUMMA') this.summed.push(label + tokens.slice(1).map(contents).join(''));
    this.readRecord(label, new SieRecordFields(fields, this.fileName, line));
  }

  private readRecord(label: string, f: SieRecordFields): void {
    const doc = this.doc;
    switch (label) {
      case '#FLAGGA': {
        const flag = f.text(0, 'flagga');
        if (flag !== '0' && flag !== '1') f.refuse(`#FLAGGA ska vara 0 eller 1, inte ”${flag}”.`);
        doc.flag = flag === '1' ? 1 : 0;
        return;
      }
      case '#KSUMMA':
        return this.readChecksum(f);
      case '#FORMAT': {
        const format = f.text(0, 'format');
        if (format !== 'PC8') f.refuse(`#FORMAT är ”${format}”, men SIE 4 skrivs i PC8 (CP437) och inget annat.`);
        doc.format = 'PC8';
        return;
      }
      case '#SIETYP': {
        const type = f.text(0, 'SIE-typ');
        if (type !== '4') f.refuse(`Filen är SIE typ ${type}; här läses SIE 4 (verifikationer).`);
        this.sieTypeRead = true;
        return;
      }
      case '#GEN': {
        const sign = f.optional(1, 'signatur');
        doc.generated = { date: f.date(0, 'datum'), ...(sign ? { sign } : {}) };
        return;
      }
      case '#PROGRAM':
        doc.program = { name: f.text(0, 'programnamn'), version: f.text(1, 'version') };
        return;
      case '#FNAMN':
        doc.companyName = f.text(0, 'företagsnamn');
        return;
      case '#KONTO': {
        const number = f.account(0);
        const name = f.text(1, 'kontonamn');
        if (!this.isDefinedAgain(doc.accounts.some((account) => account.number === number), f, `Konto ${number}`)) {
          doc.accounts.push({ number, name });
        }
        return;
      }
      case '#DIM': {
        const number = f.integer(0, 'dimensionsnummer');
        const name = f.text(1, 'dimensionsnamn');
        if (!this.isDefinedAgain(doc.dimensions.some((dimension) => dimension.number === number), f, `Dimension ${number}`)) {
          doc.dimensions.push({ number, name });
        }
        return;
      }
      case '#OBJEKT': {
        const dimension = f.integer(0, 'dimensionsnummer');
        const id = f.text(1, 'objektnummer');
        const name = f.text(2, 'objektnamn');
        const again = doc.objects.some((object) => objectKey(object) === objectKey({ dimension, id }));
        if (!this.isDefinedAgain(again, f, `Objekt ${id} i dimension ${dimension}`)) doc.objects.push({ dimension, id, name });
        return;
      }
      case '#VER':
        return this.readVoucher(f);
      case '#TRANS':
        return this.readTransaction(f);
      case '#RTRANS':
      case '#BTRANS':
        // Added and removed rows (SIE 4B): an added row is repeated as the #TRANS after it and a
        // removed one is gone, so the #TRANS rows alone are the voucher.
        if (!this.voucher) f.refuse(`${label} står utanför en verifikation.`);
        return;
      default:
        return;
    }
  }

  /** A name defined twice moves no money: the first stands, and a person is told. */
  private isDefinedAgain(again: boolean, f: SieRecordFields, what: string): boolean {
    if (again) this.warn(f.line, `${what} definieras en gång till; namnet från den första definitionen används.`);
    return again;
  }

  private readChecksum(f: SieRecordFields): void {
    if (this.records !== 2 && this.summed === null) f.refuse('Den inledande #KSUMMA ska stå direkt efter #FLAGGA.');
    if (this.summed === null) {
      if (f.count > 0) f.refuse('Den inledande #KSUMMA ska stå utan värde; värdet hör till den avslutande.');
      this.summed = [];
      return;
    }
    const written = f.text(0, 'kontrollsumma');
    const declared = /^-?\d{1,10}$/.test(written) ? Number(written) : NaN;
    // Unsigned as we write it; a program that prints a signed 32-bit int is read the same.
    if (!(declared >= -(2 ** 31) && declared < 2 ** 32)) f.refuse(`#KSUMMA ”${written}” är ingen kontrollsumma (ett 32-bitars heltal).`);
    const computed = crc32(Buffer.from(this.summed.join(''), 'latin1'));
    if (declared >>> 0 !== computed) {
      f.refuse(`Kontrollsumman stämmer inte (filen anger ${written}, innehållet ger ${computed}): filen har ändrats eller skadats efter att den skrevs.`);
    }
    this.doc.checksum = { declared, computed, ok: true };
    this.summed = null;
    this.checksumClosedAt = f.line;
  }

  private readVoucher(f: SieRecordFields): void {
    const series = f.text(0, 'serie');
    const number = f.optional(1, 'verifikationsnummer');
    if (number !== undefined && !/^\d{1,15}$/.test(number)) f.refuse(`Verifikationsnumret ”${number}” är inget heltal.`);
    const date = f.date(2, 'verifikationsdatum');
    const text = f.optional(3, 'verifikationstext') ?? '';
    const registered = f.optional(4, 'registreringsdatum');
    if (registered !== undefined) f.check(parseSieDate(registered));
    const value: SieReadVoucher = { series, number: number === undefined ? null : Number(number), date, text, transactions: [], line: f.line };
    this.voucher = { value, open: false };
  }

  private readTransaction(f: SieRecordFields): void {
    if (!this.voucher) f.refuse('#TRANS står utanför en verifikation (#VER … { … }).');
    const account = f.account(0);
    const list = f.list(1, '#TRANS saknar objektlista: efter kontot ska {…} stå, tom om raden inte har några objekt.');
    if (list.count % 2 !== 0) f.refuse('Objektlistan ska bestå av par: dimensionsnummer och objektnummer.');
    const objects: SieObjectRef[] = [];
    for (let at = 0; at < list.count; at += 2) {
      const dimension = list.integer(at, 'dimensionsnummer');
      // Which project an amount belongs to is what reconciliation reads: two answers are none.
      if (objects.some((object) => object.dimension === dimension)) {
        f.refuse(`Objektlistan har dimension ${dimension} två gånger; en rad hör till ett objekt per dimension.`);
      }
      objects.push({ dimension, id: list.text(at + 1, 'objektnummer') });
    }
    const row: SieReadTransaction = { account, objects, amountOre: f.check(parseSieAmount(f.text(2, 'belopp'))), line: f.line };
    const date = f.optional(3, 'transaktionsdatum');
    if (date !== undefined) row.date = f.check(parseSieDate(date));
    const text = f.optional(4, 'transaktionstext');
    if (text !== undefined) row.text = text;
    const quantity = f.optional(5, 'kvantitet');
    if (quantity !== undefined) {
      if (!/^-?\d+(\.\d+)?$/.test(quantity)) f.refuse(`Kvantiteten ”${quantity}” är inget tal.`);
      row.quantity = quantity;
    }
    this.voucher.value.transactions.push(row);
  }

  private readBrace(brace: '{' | '}', line: number): void {
    if (brace === '{') {
      if (!this.voucher || this.voucher.open) this.refuse(line, '{ ska stå på raden direkt efter en #VER.');
      this.voucher.open = true;
      return;
    }
    if (!this.voucher?.open) this.refuse(line, '} avslutar ingen verifikation.');
    const voucher = this.voucher.value;
    this.voucher = null;
    const name = `Verifikation ${voucher.series} ${voucher.number ?? ''}`.trimEnd();
    let sum = 0;
    for (const row of voucher.transactions) sum += row.amountOre;
    if (!Number.isSafeInteger(sum)) this.refuse(line, `${name} (rad ${voucher.line}): summan av raderna är för stor.`);
    if (sum !== 0) this.refuse(line, `${name} (rad ${voucher.line}) balanserar inte: raderna summerar till ${formatKronor(sum)} kr i stället för 0.`);
    if (voucher.transactions.length === 0) this.warn(voucher.line, `${name} har inga rader.`);
    this.doc.vouchers.push(voucher);
  }

  finish(bytes: Uint8Array): SieDocument {
    const { doc, lastLine } = this;
    if (this.records === 0) this.refuse(1, 'Filen är tom: en SIE-fil börjar med #FLAGGA.');
    if (this.voucher) this.refuse(lastLine, `Filen slutar mitt i verifikationen från rad ${this.voucher.value.line}: } saknas.`);
    if (this.summed) this.refuse(lastLine, 'Filen slutar utan den avslutande #KSUMMA: den kan vara avkortad.');
    // SIE 4B: a file without #SIETYP is type 1, which has no vouchers.
    if (!this.sieTypeRead) this.refuse(lastLine, 'Filen saknar #SIETYP 4: utan den är en SIE-fil typ 1, som inte har några verifikationer.');
    if (doc.format === null) this.warn(1, 'Filen saknar #FORMAT PC8; texterna har lästs som PC8 (CP437). Kontrollera å, ä och ö.');
    this.warnIfUtf8(bytes);
    this.warnUndefinedObjects();
    return doc;
  }

  /** A PC8 file is seldom valid UTF-8 once it has å, ä or ö; one that is was most likely written in UTF-8. */
  private warnIfUtf8(bytes: Uint8Array): void {
    const at = bytes.findIndex((byte) => byte >= 0x80);
    if (at < 0) return;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return;
    }
    const line = Buffer.from(bytes.subarray(0, at)).toString('latin1').split('\n').length;
    this.warn(line, 'Filen ser ut att vara skriven i UTF-8, inte i PC8 (CP437) som SIE 4 kräver: å, ä och ö i namn och texter kan ha blivit andra tecken. Kontrollera texterna.');
  }

  private warnUndefinedObjects(): void {
    const dimensions = new Set(this.doc.dimensions.map((dimension) => dimension.number));
    const objects = new Set(this.doc.objects.map(objectKey));
    for (const row of this.doc.vouchers.flatMap((voucher) => voucher.transactions)) {
      for (const ref of row.objects) {
        if (ref.dimension >= FIRST_OWN_DIMENSION && !dimensions.has(ref.dimension)) {
          this.warn(row.line, `Dimension ${ref.dimension} används men definieras inte med #DIM.`);
          dimensions.add(ref.dimension);
        }
        if (!objects.has(objectKey(ref))) {
          this.warn(row.line, `Objekt ${ref.id} i dimension ${ref.dimension} används men definieras inte med #OBJEKT.`);
          objects.add(objectKey(ref));
        }
      }
    }
  }

  private warn(line: number, reason: string): void {
    this.doc.warnings.push(`${this.fileName}:${line}: ${reason}`);
  }

  private refuse(line: number, reason: string): never {
    throw new ImportError(this.fileName, line, reason);
  }
}

/** What a record adds to #KSUMMA: its fields' contents, without separators, quotes or braces. */
function contents(token: SieToken): string {
  return token.kind === 'list' ? token.items.map((item) => item.bytes).join('') : token.bytes;
}

/** One key for a dimension and an object id: each warning is given once. */
function objectKey(ref: SieObjectRef): string {
  return `${ref.dimension}\u0000${ref.id}`;
}
