// A TrueType file is a directory of tagged tables (OpenType spec, "Organization of an OpenType
// Font"). This drops whole tables and leaves every other byte as it was.

const HEADER = 12;
const RECORD = 16;

// 'post' version 3.0 is the 32-byte header alone: the font's metrics without its list of glyph names.
const POST_HEADER = 32;

// A table's checksum is the sum of its big-endian 32-bit words, modulo 2^32.
function checksum(data: Buffer, start: number, length: number): number {
  let sum = 0;
  for (let i = start; i < start + length; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0;
  return sum;
}

/**
 * Returns a copy of a TrueType font without the named tables (e.g. GSUB, GPOS), and with its 'post'
 * table cut to version 3.0 (no glyph names) when `glyphNames` is false.
 */
export function withoutTables(font: Uint8Array, drop: ReadonlySet<string>, options: { glyphNames?: boolean } = {}): Buffer {
  const src = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  const count = src.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = HEADER + RECORD * i;
    return {
      tag: src.toString('latin1', at, at + 4),
      offset: src.readUInt32BE(at + 8),
      length: src.readUInt32BE(at + 12),
    };
  })
    .filter((t) => !drop.has(t.tag))
    .map((t) => (t.tag === 'post' && options.glyphNames === false ? { ...t, length: Math.min(t.length, POST_HEADER) } : t));
  // Tables start on four-byte boundaries.
  const padded = (n: number) => (n + 3) & ~3;
  const dataStart = HEADER + RECORD * tables.length;
  const out = Buffer.alloc(tables.reduce((size, t) => size + padded(t.length), dataStart));
  src.copy(out, 0, 0, 4); // sfnt version
  // The binary-search hints in the header depend on the number of tables.
  const power = 2 ** Math.floor(Math.log2(Math.max(tables.length, 1)));
  out.writeUInt16BE(tables.length, 4);
  out.writeUInt16BE(power * RECORD, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE((tables.length - power) * RECORD, 10);
  let position = dataStart;
  tables.forEach((t, i) => {
    const at = HEADER + RECORD * i;
    out.write(t.tag, at, 'latin1');
    out.writeUInt32BE(position, at + 8);
    out.writeUInt32BE(t.length, at + 12);
    src.copy(out, position, t.offset, t.offset + t.length);
    if (t.tag === 'post' && options.glyphNames === false) out.writeUInt32BE(0x00030000, position);
    out.writeUInt32BE(checksum(out, position, padded(t.length)), at + 4);
    position += padded(t.length);
  });
  return out;
}
