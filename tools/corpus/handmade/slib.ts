// Shared helpers for the s*.ts probes (fourth hostile probe): plain amounts, the value a person reads from shown text,
// dropping the "no entries" warning of a project given entries, a paragraph style's/text style's addition.
export * from './rlib.js';
import type { WrittenReport } from '../content.js';
import { fmt } from './lib.js';

/** Rewrites every amount as plain "12 500" / "-12 500,50" (no kr, no marks), so edits know the form. */
export function plainAmounts(w: WrittenReport): void {
  w.amounts = w.report.projects.map((p) => p.entries.map((e) => fmt(e.amountOre)));
}
/** The öre a person reads from a shown amount "−12 500,5" (spaces of any kind as groups, comma decimals). */
export function oreOf(shown: string): number {
  const s = shown.trim().replace(/\s*kr$/u, '');
  const m = /^([-\u2212\u2013]?)\s*([\d\s\u00a0\u2009\u2007\u202f]+)(?:,(\d{1,2}))?$/u.exec(s);
  if (!m) throw new Error(`not an amount: ${shown}`);
  const kr = Number(m[2]!.replace(/\D/gu, ''));
  const ore = Number((m[3] ?? '').padEnd(2, '0'));
  return (m[1] ? -1 : 1) * (kr * 100 + ore);
}
/** The project's warnings after its entries changed: no "has no entries" warning for a project that has some. */
export function fixWarnings(w: WrittenReport): void {
  if (!w.report.warnings) return;
  w.report.warnings = w.report.warnings.filter((x) => x.code !== 'project_without_entries' || w.report.projects.some((p) => p.entries.length === 0 && x.message.startsWith(`Projekt ${p.number} `)));
  if (w.report.warnings.length === 0) delete w.report.warnings;
}
/** Makes layout deterministic enough for amount edits: no kr, no whole-kronor marks, no renamed headers. */
export function plainLayout(l: import('../layout.js').Layout): void {
  l.kr = false;
  if (l.novel) { delete l.novel.wholeMark; delete l.novel.headers; }
  if (/tkr|kkr/iu.test(l.amountHeader)) l.amountHeader = 'Belopp';
}

import { deflateSync } from 'node:zlib';
const CRC = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (b: Buffer) => { let c = 0xffffffff; for (const x of b) c = CRC[(c ^ x) & 0xff]! ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
/** A PNG of w×h pixels, each given by pixel(x, y) as [r, g, b], base64 (for office:binary-data). */
export function pngBase64(w: number, h: number, pixel: (x: number, y: number) => [number, number, number]): string {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) { const [r, g, b] = pixel(x, y); raw.set([r, g, b], y * (w * 3 + 1) + 1 + x * 3); }
  const chunk = (type: string, data: Buffer) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type, 'latin1'), data]); const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td)); return Buffer.concat([len, td, crc]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]).toString('base64');
}

/** The first project with entries, its index; where none has any, the first project gets one ("Ej fakturerat", 12 500 kr). */
export function entryTarget(w: WrittenReport): number {
  const target = w.report.projects.findIndex((p) => p.entries.length > 0);
  if (target >= 0) return target;
  w.report.projects[0]!.entries.push({ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 1250000, text: 'Ej fakturerat' });
  fixWarnings(w);
  return 0;
}
