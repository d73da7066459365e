// A DOCX round trip: generated reports (sets novel, trial, fresh, unseen) saved as .docx by LibreOffice (MS Word 2007 XML),
// then that .docx converted to PDF by LibreOffice (the Word-compatibility layout path: table autofit, Word's cell margins
// and line breaking). Writes OUT/NAME.pdf (from the docx) + NAME.expected.json, and OUT/docx/NAME.docx + expected.
// Truth: the generated report. Exact or a refusal is right; anything read otherwise without a warning is wrong.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeReport } from '../content.js';
import { toFodt } from '../fodt.js';
import { randomLayout, type LayoutSet } from '../layout.js';
import { seeded } from '../prng.js';
const out = process.argv[2] ?? '/tmp/probe5/t05';
const per = Number(process.argv[3] ?? '9');
mkdirSync(path.join(out, 'docx'), { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'probe5-'));
for (const [si, set] of (['novel', 'trial', 'fresh', 'unseen'] as LayoutSet[]).entries()) for (let i = 0; i < per; i++) {
  const seed = Number(process.argv[4] ?? '7500') + si * 100 + i;
  const random = seeded(seed * 100_003);
  const layout = randomLayout(random, set, seeded((seed * 100_003) ^ 0x5bd1e995));
  // FORCE=tabs2col: a tab-set table in a page of two columns, no total row (the case that read wrong).
  if (process.env.FORCE === 'tabs2col') { layout.table = 'tabs'; layout.columns = 'page'; layout.totalRow = 'none'; }
  const written = makeReport(random, { kr: layout.kr, nbsp: layout.nbsp, periodStyle: layout.periodStyle, maxEntries: layout.maxEntries });
  const mark = layout.novel?.wholeMark;
  if (mark) written.amounts = written.amounts.map((list) => list.map((amount) => (/,\d\d$| kr$/u.test(amount) ? amount : `${amount}${mark}`)));
  const name = `${set}-${seed}`;
  writeFileSync(path.join(work, `${name}.fodt`), toFodt(written, layout, random));
  for (const dir of [out, path.join(out, 'docx')]) writeFileSync(path.join(dir, `${name}.expected.json`), `${JSON.stringify(written.report, null, 2)}\n`);
  writeFileSync(path.join(out, `${name}.layout.json`), `${JSON.stringify(layout, null, 1)}\n`);
}
const soffice = (filter: string, ext: string, dir: string) => execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', filter, '--outdir', dir, ...readdirSync(work).filter((f) => f.endsWith(ext)).map((f) => path.join(work, f))], { stdio: 'ignore' });
mkdirSync(path.join(work, 'd'));
soffice('docx:MS Word 2007 XML', '.fodt', path.join(work, 'd'));
for (const f of readdirSync(path.join(work, 'd'))) copyFileSync(path.join(work, 'd', f), path.join(out, 'docx', f));
execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, ...readdirSync(path.join(work, 'd')).map((f) => path.join(work, 'd', f))], { stdio: 'ignore' });
for (const f of readdirSync(work).filter((f) => f.endsWith('.pdf'))) renameSync(path.join(work, f), path.join(out, f));
rmSync(work, { recursive: true, force: true });
