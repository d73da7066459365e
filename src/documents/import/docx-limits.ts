import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { ImportError } from './errors.js';

/*
 * A .docx is a zip, and mammoth (through JSZip) inflates the parts it reads whole, in memory, with
 * no limit: a 185 KB file can unpack to gigabytes. Before mammoth sees the bytes, the zip's central
 * directory is read the way JSZip reads it (so the parts checked are exactly the parts it can
 * inflate), and the file is refused when its parts would unpack to too much. The sizes there are
 * only declared, so every part is then inflated once here with the declared size as a hard cap: a
 * part that unpacks to more (or less) than it declares is refused before mammoth inflates it freely.
 * Anything this reader cannot follow is refused too; refusing an odd file is always safe.
 */

/** The most a report's parts may unpack to, together. */
export const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;
/** A part larger than this may not be compressed more than MAX_RATIO to 1. */
const RATIO_FROM_BYTES = 1024 * 1024;
const MAX_RATIO = 200;
// A Word report has some tens of parts; many thousands only cost time.
const MAX_PARTS = 10_000;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

/** What a file that is not a readable Word document is told. */
export const UNREADABLE_DOCX = 'Filen kan inte läsas som Word-dokument (.docx): den är skadad eller av ett annat slag.';

const inflate = promisify(inflateRaw);
const UTF8 = new TextDecoder();

interface Part {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the compressed bytes start, found from the part's local header. */
  dataStart: number;
}

/** Thrown inside this file when the zip cannot be followed; turned into the unreadable-file message. */
class Unreadable extends Error {}

/**
 * Refuses a .docx whose parts unpack to more than a report can be, or lie about their sizes. Says
 * whether its main part holds changes tracked and not yet accepted or rejected (w:ins, w:del,
 * w:moveFrom, w:moveTo): mammoth reads them as accepted.
 */
export async function checkDocxSizes(bytes: Uint8Array, fileName: string): Promise<{ trackedChanges: boolean; exactRows: boolean }> {
  const refuse = (reason: string) => new ImportError(fileName, undefined, reason);
  let parts: Part[];
  try {
    parts = centralDirectory(bytes);
  } catch {
    throw refuse(UNREADABLE_DOCX);
  }
  if (parts.length > MAX_PARTS) {
    throw refuse(`Word-filen består av fler än ${MAX_PARTS.toLocaleString('sv-SE')} delar; en redovisning har några tiotal. Kontrollera filen.`);
  }
  const total = parts.reduce((sum, part) => sum + part.uncompressedSize, 0);
  if (total > MAX_UNPACKED_BYTES) {
    throw refuse('Word-filen packar upp till mer än 20 MB; en redovisning är mycket mindre. Kontrollera filen.');
  }
  const packed = parts.find((part) => part.uncompressedSize > RATIO_FROM_BYTES && part.uncompressedSize > MAX_RATIO * part.compressedSize);
  if (packed) {
    throw refuse(`Word-filens del ${shortName(packed.name)} packar upp till mer än ${MAX_RATIO} gånger sin storlek; en redovisning gör inte så. Kontrollera filen.`);
  }
  let trackedChanges = false;
  let exactRows = false;
  for (const part of parts) {
    const unpacked = await unpacksAsDeclared(bytes, part);
    if (unpacked === undefined) {
      throw refuse(`Word-filens del ${shortName(part.name)} packar upp till en annan storlek än filen själv uppger: filen är skadad eller ändrad. Kontrollera filen.`);
    }
    if (part.name !== 'word/document.xml') continue;
    const xml = UTF8.decode(unpacked);
    if (TRACKED.test(xml)) trackedChanges = true;
    if (EXACT_ROW.test(xml)) exactRows = true;
  }
  return { trackedChanges, exactRows };
}

// A table row of exact height: Word shows what fits in it and hides the rest, which the file holds.
const EXACT_ROW = /<w:trHeight\b[^>]*\bw:hRule="exact"/u;

// A change tracked in the main part: an insertion, a deletion or a move, not yet accepted or rejected.
const TRACKED = /<w:(ins|del|moveFrom|moveTo)\b/u;

/** The part's bytes when it inflates to exactly its declared size, else undefined; never inflates more than that. */
async function unpacksAsDeclared(bytes: Uint8Array, part: Part): Promise<Uint8Array | undefined> {
  const data = bytes.subarray(part.dataStart, part.dataStart + part.compressedSize);
  if (part.method === STORED) return part.compressedSize === part.uncompressedSize ? data : undefined;
  try {
    // The cap is what keeps a lying part from filling memory: zlib stops there with an error.
    const unpacked = await inflate(data, { maxOutputLength: Math.max(1, part.uncompressedSize) });
    return unpacked.length === part.uncompressedSize ? unpacked : undefined;
  } catch {
    return undefined;
  }
}

function shortName(name: string): string {
  const printable = name.replace(/[^\p{L}\p{N}._/\-[\] ]/gu, '?');
  return `”${printable.length > 60 ? `${printable.slice(0, 60)}…` : printable}”`;
}

/**
 * The parts as JSZip 3 finds them (lib/zipEntries.js, lib/zipEntry.js): the last end-of-central-
 * directory signature in the file, the zip64 record when a field says so, prepended bytes allowed
 * for, and central headers read for as long as their signature follows (the count is not trusted).
 * JSZip reads numbers as signed 32-bit integers (the low half of a 64-bit one), so any number at or
 * above 2^31 is refused here: below that both readers see the same value.
 */
function centralDirectory(bytes: Uint8Array): Part[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inside = (offset: number, length: number) => {
    if (!Number.isSafeInteger(offset) || offset < 0 || length < 0 || offset + length > bytes.length) throw new Unreadable();
    return offset;
  };
  const u16 = (offset: number) => view.getUint16(inside(offset, 2), true);
  const u32 = (offset: number) => view.getUint32(inside(offset, 4), true);
  const small = (value: number) => {
    if (value >= 2 ** 31) throw new Unreadable();
    return value;
  };
  const u64 = (offset: number) => {
    if (u32(offset + 4) !== 0) throw new Unreadable();
    return small(u32(offset));
  };
  const lastSignature = (signature: number) => {
    for (let i = bytes.length - 4; i >= 0; i--) if (view.getUint32(i, true) === signature) return i;
    throw new Unreadable();
  };

  const end = lastSignature(END_OF_CENTRAL);
  const fields16 = [u16(end + 4), u16(end + 6), u16(end + 8), u16(end + 10)];
  let directorySize = u32(end + 12);
  let directoryOffset = u32(end + 16);
  inside(end + 22, u16(end + 20));
  let expectedEnd: number;
  if (fields16.includes(MAX16) || directorySize === MAX32 || directoryOffset === MAX32) {
    const locator = lastSignature(ZIP64_LOCATOR);
    if (u32(locator + 16) > 1) throw new Unreadable();
    let zip64End = u64(locator + 8);
    if (u32(zip64End) !== ZIP64_END) zip64End = lastSignature(ZIP64_END);
    const recordSize = u64(zip64End + 4);
    directorySize = u64(zip64End + 40);
    directoryOffset = u64(zip64End + 48);
    expectedEnd = directoryOffset + directorySize + 20 + 12 + recordSize;
  } else {
    expectedEnd = small(directoryOffset) + small(directorySize);
  }
  // Bytes before the zip (a self-extractor's stub) shift every offset, as JSZip allows.
  const zero = end - expectedEnd;
  if (zero < 0) throw new Unreadable();

  const parts: Part[] = [];
  let at = zero + directoryOffset;
  while (u32(at) === CENTRAL_HEADER) {
    if (parts.length > MAX_PARTS) break;
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localOffset = u32(at + 42);
    const nameStart = at + 46;
    const name = UTF8.decode(bytes.subarray(inside(nameStart, nameLength), nameStart + nameLength));
    const zip64 = zip64Field(view, inside, nameStart + nameLength, extraLength);
    if (zip64 !== undefined) {
      let field = zip64.start;
      const next = () => {
        // JSZip reads these from the field alone: a field too short for them is an error there.
        if (field + 8 > zip64.end) throw new Unreadable();
        const value = u64(field);
        field += 8;
        return value;
      };
      if (uncompressedSize === MAX32) uncompressedSize = next();
      if (compressedSize === MAX32) compressedSize = next();
      if (localOffset === MAX32) localOffset = next();
    }
    [compressedSize, uncompressedSize, localOffset].forEach(small);
    if (method !== STORED && method !== DEFLATED) throw new Unreadable();
    at = nameStart + nameLength + extraLength;
    inside(at, commentLength);
    at += commentLength;

    const local = zero + localOffset;
    if (u32(local) !== LOCAL_HEADER) throw new Unreadable();
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    inside(dataStart, compressedSize);
    parts.push({ name, method, compressedSize, uncompressedSize, dataStart });
  }
  return parts;
}

/** Where the last zip64 extra field's value starts, as JSZip picks it (the last one wins). */
function zip64Field(
  view: DataView,
  inside: (offset: number, length: number) => number,
  start: number,
  length: number,
): { start: number; end: number } | undefined {
  const end = start + length;
  let found: { start: number; end: number } | undefined;
  // JSZip reads a field only while more than its 4-byte header is left, and may read past `end`.
  for (let at = start; at + 4 < end; ) {
    const id = view.getUint16(inside(at, 2), true);
    const size = view.getUint16(inside(at + 2, 2), true);
    inside(at + 4, size);
    if (id === 0x0001) found = { start: at + 4, end: at + 4 + size };
    at += 4 + size;
  }
  return found;
}
