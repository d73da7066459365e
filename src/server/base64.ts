import { MAX_FILE_BASE64_LENGTH } from '../contract/common.js';

// The largest body of a route that takes a file as base64 in JSON: the longest base64 the contract
// accepts (a 10 MiB file) and room for the file's name and the version, and nothing beyond. Parsing a
// body costs the whole process, so a larger one is refused (413) before it is read to the end.
/** The body limit of the routes that take a file (a report to import, booked entries to reconcile). */
export const FILE_BODY_LIMIT = MAX_FILE_BASE64_LENGTH + 64 * 1024;

/** The bytes of a file's base64 as the contract checked it (`isBase64`); decoding takes linear time. */
export function decodeBase64(text: string): Uint8Array {
  const buffer = Buffer.from(text, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
