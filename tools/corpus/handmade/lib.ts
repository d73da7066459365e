// Files made by hand: reports built like generate.ts's novel set, then changed the way a controller
// edits a template in Writer (a probe per file here: p01-negatives.ts … p13-vmerge.ts), converted
// with LibreOffice. Each probe writes FILE.fodt, FILE.pdf, FILE.expected.json and FILE.layout.json:
//   node --import tsx tools/corpus/handmade/p08-tracked.ts OUTDIR
// A chosen file of each kind, read wrong by none, is in test/fixtures/corpus/handmade (the tests
// need neither LibreOffice nor these scripts). Needs soffice with hyphen-sv, like generate.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeReport, type WrittenReport } from '../content.js';
import { toFodt } from '../fodt.js';
import { randomLayout, type Layout } from '../layout.js';
import { seeded, type Random } from '../prng.js';

export interface Variant {
  name: string;
  seed: number;
  layout?: (layout: Layout) => void;
  /** change the written report (amounts as written, expected report) before the FODT is made */
  written?: (w: WrittenReport, random: Random) => void;
  /** change the FODT xml; may also change the expected report */
  fodt?: (xml: string, w: WrittenReport) => string;
  filter?: string;
}

export function build(dir: string, variants: Variant[]): void {
  mkdirSync(dir, { recursive: true });
  const byFilter = new Map<string, string[]>();
  const work = mkdtempSync(path.join(tmpdir(), 'probe-'));
  for (const v of variants) {
    const random = seeded(v.seed * 100_003);
    const layout = randomLayout(random, 'novel', seeded((v.seed * 100_003) ^ 0x5bd1e995));
    v.layout?.(layout);
    const written = makeReport(random, { kr: layout.kr, nbsp: layout.nbsp, periodStyle: layout.periodStyle, maxEntries: layout.maxEntries });
    const mark = layout.novel?.wholeMark;
    if (mark) written.amounts = written.amounts.map((list) => list.map((amount) => (/,\d\d$| kr$/u.test(amount) ? amount : `${amount}${mark}`)));
    v.written?.(written, random);
    let xml = toFodt(written, layout, random);
    if (v.fodt) xml = v.fodt(xml, written);
    writeFileSync(path.join(dir, `${v.name}.fodt`), xml);
    writeFileSync(path.join(work, `${v.name}.fodt`), xml);
    writeFileSync(path.join(dir, `${v.name}.expected.json`), `${JSON.stringify(written.report, null, 2)}\n`);
    writeFileSync(path.join(dir, `${v.name}.layout.json`), `${JSON.stringify(layout, null, 1)}\n`);
    const filter = v.filter ?? 'pdf:writer_pdf_Export';
    byFilter.set(filter, [...(byFilter.get(filter) ?? []), path.join(work, `${v.name}.fodt`)]);
  }
  for (const [filter, inputs] of byFilter) {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', filter, '--outdir', work, ...inputs], { stdio: 'ignore' });
  }
  for (const file of readdirSync(work).filter((f) => f.endsWith('.pdf'))) renameSync(path.join(work, file), path.join(dir, file));
  rmSync(work, { recursive: true, force: true });
}

/** Formats öre the Swedish way with a given grouping and decimal sep. */
export function fmt(ore: number, opts: { group?: string; dec?: string; neg?: (s: string) => string; suffix?: string; alwaysDec?: boolean } = {}): string {
  const abs = Math.abs(ore);
  const g = opts.group ?? ' ';
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, g);
  const frac = abs % 100 === 0 && !opts.alwaysDec ? '' : `${opts.dec ?? ','}${String(abs % 100).padStart(2, '0')}`;
  let s = `${whole}${frac}`;
  if (ore < 0) s = opts.neg ? opts.neg(s) : `-${s}`;
  return `${s}${opts.suffix ?? ''}`;
}
export const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
