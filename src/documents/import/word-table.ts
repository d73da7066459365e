import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/*
 * The word list's forms, precomputed at build time into one file that is ready to query the moment
 * it is read: expanding dictionary-sv (swedish-words.ts) takes most of a second, and building a Map
 * of its forms from any serialised list still takes a good part of that. The file is an
 * open-addressing hash table over the forms, every array in it used where it lies in the buffer.
 *
 * Layout, 32-bit words in the machine's byte order (the table is built on the machine that uses it):
 *   magic, BYTE_ORDER, FORMAT, version length, count, slot count, alphabet length, text length,
 *   the dictionary-sv version (UTF-8, padded to 4), the alphabet (the characters used, each one byte
 *   in the text below; UTF-16, padded), slots (form number + 1, 0 = empty), offsets (count + 1),
 *   bits (one byte a form, padded), text (the forms' characters as alphabet bytes).
 */

/** The table's file name, beside the built command line in dist/cli. */
export const WORD_TABLE_FILE = 'swedish-words.table';

const MAGIC = 0x54575652; // "RVWT"
const BYTE_ORDER = 0x01020304;
const FORMAT = 1;
const HEADER_WORDS = 8;

/** Looks up a form's bits; 0 for a form the dictionary does not list. */
export type FormLookup = (form: string) => number;

/** Packs the forms and their bits (each 1–255) into a table stamped with the dictionary's version. */
export function packWordTable(forms: ReadonlyMap<string, number>, dictionaryVersion: string): Uint8Array {
  const alphabet: string[] = [];
  const codeOf = new Map<string, number>();
  const entries = [...forms];
  for (const [form, bits] of entries) {
    if (bits < 1 || bits > 255) throw new RangeError(`Ordformen "${form}" har bitarna ${bits}; tabellen rymmer 1–255.`);
    // Code units, not code points: lookups compare with charCodeAt.
    for (let k = 0; k < form.length; k++) {
      const unit = form.charAt(k);
      if (codeOf.has(unit)) continue;
      alphabet.push(unit);
      codeOf.set(unit, alphabet.length);
    }
  }
  if (alphabet.length > 255) throw new RangeError(`Ordlistan använder ${alphabet.length} tecken; tabellen rymmer 255.`);

  const textLength = entries.reduce((sum, [form]) => sum + form.length, 0);
  const slotCount = 2 ** Math.ceil(Math.log2(Math.max(2, entries.length * 2)));
  const version = new TextEncoder().encode(dictionaryVersion);
  const layout = sections(version.length, alphabet.length, slotCount, entries.length, textLength);
  const bytes = new Uint8Array(layout.total);
  const header = new Uint32Array(bytes.buffer, 0, HEADER_WORDS);
  header.set([MAGIC, BYTE_ORDER, FORMAT, version.length, entries.length, slotCount, alphabet.length, textLength]);
  bytes.set(version, layout.version);
  const alphabetUnits = new Uint16Array(bytes.buffer, layout.alphabet, alphabet.length);
  alphabet.forEach((unit, i) => { alphabetUnits[i] = unit.charCodeAt(0); });
  const slots = new Uint32Array(bytes.buffer, layout.slots, slotCount);
  const offsets = new Uint32Array(bytes.buffer, layout.offsets, entries.length + 1);
  const bits = new Uint8Array(bytes.buffer, layout.bits, entries.length);
  const text = new Uint8Array(bytes.buffer, layout.text, textLength);
  let at = 0;
  entries.forEach(([form, formBits], index) => {
    offsets[index] = at;
    bits[index] = formBits;
    for (let k = 0; k < form.length; k++) text[at + k] = codeOf.get(form.charAt(k))!;
    at += form.length;
    let slot = hash(text, offsets[index]!, at) & (slotCount - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (slotCount - 1);
    slots[slot] = index + 1;
  });
  offsets[entries.length] = at;
  return bytes;
}

/**
 * Reads the table from a file; null when it is missing, damaged, or made from another dictionary
 * version. A command reading one report asks a few hundred forms: those are read from the file where
 * they lie (a few system calls each) instead of reading all 20 MB, which took longer than the rest of
 * `redovisa parse`. After `readAllAfter` lookups (a long import, the server) the whole table is read.
 */
export function readWordTable(file: URL | string, dictionaryVersion: string, readAllAfter = 20_000): FormLookup | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  const at = (position: number, length: number): Uint8Array => {
    const bytes = new Uint8Array(length);
    return readSync(fd, bytes, 0, length, position) === length ? bytes : new Uint8Array(0);
  };
  const headerBytes = at(0, HEADER_WORDS * 4);
  if (headerBytes.byteLength !== HEADER_WORDS * 4) return closed(fd);
  const [magic, order, format, versionLength, count, slotCount, alphabetLength, textLength] = new Uint32Array(headerBytes.buffer) as unknown as number[];
  if (magic !== MAGIC || order !== BYTE_ORDER || format !== FORMAT) return closed(fd);
  const layout = sections(versionLength!, alphabetLength!, slotCount!, count!, textLength!);
  if (fstatSync(fd).size !== layout.total) return closed(fd);
  if (new TextDecoder().decode(at(layout.version, versionLength!)) !== dictionaryVersion) return closed(fd);
  const alphabetBytes = at(layout.alphabet, alphabetLength! * 2);
  const codes = new Uint8Array(65536);
  new Uint16Array(alphabetBytes.buffer, 0, alphabetLength).forEach((unit, i) => { codes[unit] = i + 1; });
  const mask = slotCount! - 1;
  // Fresh buffers start at offset 0, so these views are aligned; machine byte order, as written.
  const u32 = (position: number) => new Uint32Array(at(position, 4).buffer)[0] ?? 0;

  let lookups = 0;
  let whole: FormLookup | null = null;
  return (form: string): number => {
    if (whole) return whole(form);
    if (++lookups > readAllAfter) {
      closeSync(fd);
      whole = readWholeTable(file, dictionaryVersion) ?? (() => 0);
      return whole(form);
    }
    const query = new Uint8Array(form.length);
    for (let k = 0; k < form.length; k++) {
      const code = codes[form.charCodeAt(k)]!;
      if (code === 0) return 0;
      query[k] = code;
    }
    let slot = hash(query, 0, form.length) & mask;
    for (;;) {
      const entry = u32(layout.slots + slot * 4);
      if (entry === 0) return 0;
      const [start = 0, end = 0] = new Uint32Array(at(layout.offsets + (entry - 1) * 4, 8).buffer);
      if (end - start === form.length && sameBytes(at(layout.text + start, form.length), 0, query, form.length)) {
        return at(layout.bits + entry - 1, 1)[0]!;
      }
      slot = (slot + 1) & mask;
    }
  };
}

function closed(fd: number): null {
  closeSync(fd);
  return null;
}

function readWholeTable(file: URL | string, dictionaryVersion: string): FormLookup | null {
  try {
    return openWordTable(readFileSync(file), dictionaryVersion); // a Buffer is a Uint8Array: no copy
  } catch {
    return null;
  }
}

/** Opens a packed table for lookups; null when it is not one, or was made from another dictionary version. */
export function openWordTable(packed: Uint8Array, dictionaryVersion: string): FormLookup | null {
  // The typed arrays below need 4-byte alignment; a small file read into Node's shared pool may lack it.
  const bytes = packed.byteOffset % 4 === 0 ? packed : packed.slice();
  if (bytes.byteLength < HEADER_WORDS * 4) return null;
  const [magic, order, format, versionLength, count, slotCount, alphabetLength, textLength] =
    new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS) as unknown as number[];
  if (magic !== MAGIC || order !== BYTE_ORDER || format !== FORMAT) return null;
  const layout = sections(versionLength!, alphabetLength!, slotCount!, count!, textLength!);
  if (layout.total !== bytes.byteLength) return null;
  const base = bytes.byteOffset;
  const version = new TextDecoder().decode(bytes.subarray(layout.version, layout.version + versionLength!));
  if (version !== dictionaryVersion) return null;

  const codes = new Uint8Array(65536);
  new Uint16Array(bytes.buffer, base + layout.alphabet, alphabetLength).forEach((unit, i) => { codes[unit] = i + 1; });
  const slots = new Uint32Array(bytes.buffer, base + layout.slots, slotCount);
  const offsets = new Uint32Array(bytes.buffer, base + layout.offsets, count! + 1);
  const bits = new Uint8Array(bytes.buffer, base + layout.bits, count);
  const text = new Uint8Array(bytes.buffer, base + layout.text, textLength);
  const mask = slotCount! - 1;
  const scratch = new Uint8Array(64);

  return (form: string): number => {
    const query = form.length <= scratch.length ? scratch : new Uint8Array(form.length);
    for (let k = 0; k < form.length; k++) {
      const code = codes[form.charCodeAt(k)]!;
      if (code === 0) return 0; // a character no listed form has
      query[k] = code;
    }
    let slot = hash(query, 0, form.length) & mask;
    for (;;) {
      const entry = slots[slot]!;
      if (entry === 0) return 0;
      const start = offsets[entry - 1]!;
      if (offsets[entry]! - start === form.length && sameBytes(text, start, query, form.length)) return bits[entry - 1]!;
      slot = (slot + 1) & mask;
    }
  };
}

/** Byte offsets of each section, everything aligned to 4 bytes. */
function sections(versionLength: number, alphabetLength: number, slotCount: number, count: number, textLength: number) {
  const align = (n: number) => Math.ceil(n / 4) * 4;
  const version = HEADER_WORDS * 4;
  const alphabet = version + align(versionLength);
  const slots = alphabet + align(alphabetLength * 2);
  const offsets = slots + slotCount * 4;
  const bits = offsets + (count + 1) * 4;
  const text = bits + align(count);
  return { version, alphabet, slots, offsets, bits, text, total: text + align(textLength) };
}

// FNV-1a over the alphabet bytes.
function hash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

function sameBytes(text: Uint8Array, start: number, query: Uint8Array, length: number): boolean {
  for (let k = 0; k < length; k++) if (text[start + k] !== query[k]) return false;
  return true;
}
