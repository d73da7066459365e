// A TrueType file is a directory of tagged tables (OpenType spec, "Organization of an OpenType
// Font"). This drops whole tables and leaves every other byte as it was.

const HEADER = 12;
const RECORD = 16;

/** Returns a copy of a TrueType font without the named tables (e.g. GSUB, GPOS). */
export function withoutTables(font: Uint8Array, drop: ReadonlySet<string>): Buffer {
  const src = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  const count = src.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = HEADER + RECORD * i;
    return {
      tag: src.toString('latin1', at, at + 4),
      checksum: src.readUInt32BE(at + 4),
      offset: src.readUInt32BE(at + 8),
      length: src.readUInt32BE(at + 12),
    };
  }).filter((t) => !drop.has(t.tag));
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
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(position, at + 8);
    out.writeUInt32BE(t.length, at + 12);
    src.copy(out, position, t.offset, t.offset + t.length);
    position += padded(t.length);
  });
  return out;
}
