// The trimmed DejaVu Sans the PDF embeds: a well-formed TrueType file without the tables we drop.
import { describe, expect, it } from 'vitest';
import { dejaVuSans } from '../src/documents/render/fonts.js';
import { withoutTables } from '../src/documents/render/ttf.js';

function directory(font: Buffer) {
  return Array.from({ length: font.readUInt16BE(4) }, (_, i) => ({
    tag: font.toString('latin1', 12 + 16 * i, 16 + 16 * i),
    checksum: font.readUInt32BE(16 + 16 * i),
    offset: font.readUInt32BE(20 + 16 * i),
    length: font.readUInt32BE(24 + 16 * i),
  }));
}

function sum(font: Buffer, offset: number, length: number): number {
  let s = 0;
  for (let i = offset; i < offset + ((length + 3) & ~3); i += 4) s = (s + font.readUInt32BE(i)) >>> 0;
  return s;
}

describe('withoutTables', () => {
  // A two-table font: the sfnt header, two records, then 'abcd' (4 bytes) and 'post' (36 bytes).
  const tiny = Buffer.alloc(12 + 32 + 4 + 36);
  tiny.writeUInt32BE(0x00010000, 0);
  tiny.writeUInt16BE(2, 4);
  [['abcd', 44, 4], ['post', 48, 36]].forEach(([tag, offset, length], i) => {
    tiny.write(String(tag), 12 + 16 * i, 'latin1');
    tiny.writeUInt32BE(Number(offset), 20 + 16 * i);
    tiny.writeUInt32BE(Number(length), 24 + 16 * i);
  });
  tiny.writeUInt32BE(0x01020304, 44);
  tiny.writeUInt32BE(0x00020000, 48);

  it('drops the named tables and rewrites the directory and its search hints', () => {
    const out = withoutTables(tiny, new Set(['abcd']));
    expect(directory(out).map((t) => [t.tag, t.offset, t.length])).toEqual([['post', 28, 36]]);
    expect([out.readUInt16BE(4), out.readUInt16BE(6), out.readUInt16BE(8), out.readUInt16BE(10)]).toEqual([1, 16, 0, 0]);
    expect(out.readUInt32BE(28)).toBe(0x00020000);
  });

  it('cuts post to version 3.0 without glyph names when asked', () => {
    const out = withoutTables(tiny, new Set(), { glyphNames: false });
    const post = directory(out).find((t) => t.tag === 'post')!;
    expect(post.length).toBe(32);
    expect(out.readUInt32BE(post.offset)).toBe(0x00030000);
    expect(post.checksum).toBe(0x00030000);
  });
});

describe('dejaVuSans', () => {
  it('gives four styles without GSUB, GPOS and kern, with post 3.0 and valid table checksums', () => {
    const fonts = dejaVuSans();
    expect(Object.keys(fonts)).toEqual(['normal', 'bold', 'italics', 'bolditalics']);
    for (const { bytes } of Object.values(fonts)) {
      const tables = directory(bytes);
      expect(tables.map((t) => t.tag)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca', 'name', 'OS/2']));
      expect(tables.some((t) => ['GSUB', 'GPOS', 'kern'].includes(t.tag))).toBe(false);
      const post = tables.find((t) => t.tag === 'post')!;
      expect(bytes.readUInt32BE(post.offset)).toBe(0x00030000);
      // 'head' holds a whole-file adjustment that makes its own checksum differ by design.
      for (const t of tables.filter((x) => x.tag !== 'head')) expect(sum(bytes, t.offset, t.length)).toBe(t.checksum);
    }
    expect(dejaVuSans()).toBe(fonts);
  });
});
