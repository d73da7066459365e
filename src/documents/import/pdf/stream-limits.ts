import { inflateSync } from 'node:zlib';
import { ImportError } from '../errors.js';

/** What a PDF's compressed streams may unpack to, all together: a report's are a few megabytes. */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/**
 * Refuses a PDF whose Flate-compressed streams unpack to more than MAX_INFLATED_BYTES, before pdf.js
 * sees it: pdf.js unpacks a stream whole, and one megabyte can hold a gigabyte of spaces (which took
 * minutes and gigabytes of memory). Each stream is unpacked here with a ceiling, and thrown away.
 * A stream that does not unpack (damaged, another filter) is left to pdf.js to judge.
 */
export function assertStreamsBounded(bytes: Uint8Array, fileName: string): void {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = MAX_INFLATED_BYTES;
  let at = 0;
  for (;;) {
    at = file.indexOf(STREAM, at);
    if (at === -1) return;
    const isEnd = at >= 3 && file.toString('latin1', at - 3, at) === 'end';
    let start = at + STREAM.length;
    at = start;
    if (isEnd) continue;
    if (file[start] === 0x0d) start += 1;
    if (file[start] !== 0x0a) continue;
    start += 1;
    const end = file.indexOf(END_STREAM, start);
    if (end === -1) return;
    // The stream's dictionary is what comes before "stream" in its object.
    const dictionary = file.toString('latin1', Math.max(0, at - 6 - 4096), at - 6);
    const own = dictionary.slice(dictionary.lastIndexOf(' obj') + 1);
    if (/\/(FlateDecode|Fl)\b/.test(own)) {
      let inflated: Buffer | undefined;
      try {
        inflated = inflateSync(file.subarray(start, end), { maxOutputLength: left + 1 });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(fileName);
      }
      if (inflated !== undefined) {
        if (inflated.length > left) throw tooLarge(fileName);
        left -= inflated.length;
      }
    }
    at = end + END_STREAM.length;
  }
}

function tooLarge(fileName: string): ImportError {
  return new ImportError(fileName, undefined,
    `PDF-filens innehåll packas upp till mer än ${MAX_INFLATED_BYTES / 1024 / 1024} MB; en redovisning är mycket mindre. Spara rapporten som PDF på nytt från ordbehandlaren.`);
}
