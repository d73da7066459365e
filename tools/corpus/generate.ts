// Writes a corpus of committee reports as LibreOffice makes them: PDF or DOCX files beside their expected JSON.
// Usage: node --import tsx tools/corpus/generate.ts --set development|holdout|unseen|fresh|trial|novel --format pdf|docx --count N --seed S --out DIR
// Needs LibreOffice (`soffice`) with hyphen-sv; the tests read the committed files and need neither.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeReport } from './content.js';
import { toFodt } from './fodt.js';
import { randomLayout, type LayoutSet } from './layout.js';
import { seeded } from './prng.js';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'development' },
    format: { type: 'string', default: 'pdf' },
    count: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'test/fixtures/corpus' },
  },
});
const SETS: readonly LayoutSet[] = ['development', 'holdout', 'unseen', 'fresh', 'trial', 'novel'];
const set = SETS.find((name) => name === values.set) ?? 'development';
const format = values.format === 'docx' ? 'docx' : 'pdf';
const count = Number(values.count);
const seed = Number(values.seed);
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'corpus-'));

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const manifest: Record<string, unknown> = {};
for (let index = 0; index < count; index++) {
  const random = seeded(seed * 100_003 + index);
  const layout = randomLayout(random, set, seeded((seed * 100_003 + index) ^ 0x5bd1e995));
  const written = makeReport(random, { kr: layout.kr, nbsp: layout.nbsp, periodStyle: layout.periodStyle, maxEntries: layout.maxEntries });
  // Whole kronor with their mark ("1 250:-"): the amounts' values are the same.
  const mark = layout.novel?.wholeMark;
  if (mark) written.amounts = written.amounts.map((list) => list.map((amount) => (/,\d\d$| kr$/u.test(amount) ? amount : `${amount}${mark}`)));
  const name = `${set.charAt(0)}${String(seed).padStart(2, '0')}-${String(index).padStart(3, '0')}-${slug(written.report.committee).slice(0, 20)}`;
  writeFileSync(path.join(work, `${name}.fodt`), toFodt(written, layout, random));
  writeFileSync(path.join(out, `${name}.expected.json`), `${JSON.stringify(written.report, null, 2)}\n`);
  manifest[`${name}.${format}`] = layout;
}
// One LibreOffice process for the whole batch: starting it costs seconds, converting a file far less.
const filter = format === 'pdf' ? 'pdf:writer_pdf_Export' : 'docx:MS Word 2007 XML';
const inputs = readdirSync(work).filter((file) => file.endsWith('.fodt')).map((file) => path.join(work, file));
execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', filter, '--outdir', work, ...inputs], { stdio: 'ignore' });
for (const file of readdirSync(work).filter((file) => file.endsWith(`.${format}`))) renameSync(path.join(work, file), path.join(out, file));
writeFileSync(path.join(out, `manifest-${set}-${format}-${seed}.json`), `${JSON.stringify(manifest, null, 1)}\n`);
rmSync(work, { recursive: true, force: true });
console.log(`${count} ${format.toUpperCase()} files (${set}, seed ${seed}) in ${out}`);
