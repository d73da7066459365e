// The Word path: generated reports saved as .docx by LibreOffice, then the .docx XML edited the way Word users format a
// table (Table Properties › Cell › Options "Fit text" = w:tcFitText, Row › "Specify height … Exactly" = w:trHeight
// w:hRule="exact", Cell › "Wrap text" off = w:noWrap, merged cells down = w:vMerge), with a narrow Belopp column; the
// .docx converted to PDF by LibreOffice. Writes OUT/NAME.pdf + expected, and OUT/docx/NAME.docx + expected.
// Truth: fitText/noWrap/vMerge — the report (squeezed amounts still show whole; a merged code stands for every row it
// spans). exactClip (glyphs of the first line cut at the row's foot) / exactClean (first line whole, the rest hidden) — the amount wraps to two lines and the row is one line high: the page shows only the first piece,
// a person cannot know the amount: expected 1 öre (any read is wrong unless refused or warned). exactFits — row exactly
// one line high and the amount fits: the report. Exact or a refusal is right.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { makeReport } from '../content.js';
import { toFodt } from '../fodt.js';
import { randomLayout } from '../layout.js';
import { seeded } from '../prng.js';
import { fmt, plainLayout } from './slib.js';

type Kind = 'exactClean' | 'fitAmount' | 'fitAll' | 'exactClip' | 'exactFits' | 'noWrapAmount' | 'vMergeIkb' | 'vMergeKonto' | 'fitHuge';
const kinds: Kind[] = ['fitAmount', 'fitAll', 'fitHuge', 'exactClip', 'exactClean', 'exactFits', 'noWrapAmount', 'vMergeIkb', 'vMergeKonto'];
const out = process.argv[2] ?? '/tmp/probe6/u03';
mkdirSync(path.join(out, 'docx'), { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'probe6-'));
const plan = new Map<string, Kind>();
for (const kind of kinds) for (const seed of [931, 932, 933]) {
  const random = seeded(seed * 100_003);
  const layout = randomLayout(random, 'novel', seeded((seed * 100_003) ^ 0x5bd1e995));
  plainLayout(layout); layout.table = 'table'; layout.totalRow = 'none'; if (layout.columns === 'page') layout.columns = 'none'; layout.maxEntries = Math.max(layout.maxEntries, 3);
  const written = makeReport(random, { kr: false, nbsp: layout.nbsp, periodStyle: layout.periodStyle, maxEntries: layout.maxEntries });
  for (const p of written.report.projects) for (const e of p.entries) {
    e.text = 'Ej fakturerat';
    const a = Math.abs(e.amountOre);
    if (kind === 'exactClip' || kind === 'exactClean' || kind === 'fitHuge') e.amountOre = Math.sign(e.amountOre || 1) * (a % 100_000_00 + 1_000_000_00 + 37);
    if (kind === 'exactFits') e.amountOre = Math.sign(e.amountOre || 1) * (a % 1_000_00 + 100);
    if (kind === 'vMergeIkb') e.ikb = '1771';
  }
  if (kind === 'vMergeKonto') for (const p of written.report.projects) for (const e of p.entries) e.account = '3699';
  written.amounts = written.report.projects.map((p) => p.entries.map((e) => fmt(e.amountOre, { alwaysDec: kind === 'exactClip' || kind === 'exactClean' || kind === 'fitHuge' })));
  const name = `${kind}-${seed}`;
  plan.set(name, kind);
  writeFileSync(path.join(work, `${name}.fodt`), toFodt(written, layout, random));
  const expected = structuredClone(written.report);
  if (kind === 'exactClip' || kind === 'exactClean') for (const p of expected.projects) for (const e of p.entries) e.amountOre = 1;
  for (const dir of [out, path.join(out, 'docx')]) writeFileSync(path.join(dir, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
}
const profile = `-env:UserInstallation=file://${work}/profile`;
mkdirSync(path.join(work, 'd'));
execFileSync('soffice', ['--headless', profile, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', path.join(work, 'd'), ...readdirSync(work).filter((f) => f.endsWith('.fodt')).map((f) => path.join(work, f))], { stdio: 'ignore' });

const textOf = (xml: string) => (xml.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]*>/g, '')).join('');
const addTcPr = (tc: string, what: string) => tc.replace(/<w:tcPr>(.*?)<\/w:tcPr>/s, (_m, inner: string) => `<w:tcPr>${inner.replace(/(<w:tcW [^>]*\/>)/, `$1${what.startsWith('<w:vMerge') ? what : ''}`)}${what.startsWith('<w:vMerge') ? '' : what}</w:tcPr>`);
function edit(doc: string, kind: Kind): string {
  return doc.replace(/<w:tbl>.*?<\/w:tbl>/gs, (tbl) => {
    // narrow the Belopp column (not for vMerge)
    if (!kind.startsWith('vMerge')) {
      const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const target = kind === 'exactFits' ? Math.max(grid[3]!, 1100) : kind === 'fitHuge' ? 800 : 900;
      const moved = grid[3]! - target;
      const ng = grid.map((g, i) => (i === 3 ? target : i === 4 ? g + moved : g));
      let i = 0;
      tbl = tbl.replace(/<w:gridCol w:w="\d+"\/>/g, () => `<w:gridCol w:w="${ng[i++]}"/>`);
      tbl = tbl.replace(/<w:tr>.*?<\/w:tr>/gs, (tr) => { let c = 0; return tr.replace(/<w:tcW w:w="\d+"/g, (m) => (c++ === 3 ? `<w:tcW w:w="${ng[3]}"` : c === 5 ? `<w:tcW w:w="${ng[4]}"` : m)); });
    }
    let rowIndex = 0;
    return tbl.replace(/<w:tr>(.*?)<\/w:tr>/gs, (tr, inner: string) => {
      const cells = inner.match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
      if (!/^\d{4}$/.test(textOf(cells[0] ?? ''))) return tr;
      const first = rowIndex++ === 0;
      const sz = Number(/<w:sz w:val="(\d+)"/.exec(inner)?.[1] ?? '20') / 2;
      let trPr = /<w:trPr>.*?<\/w:trPr>|<w:trPr\/>/s.exec(inner)?.[0] ?? '';
      const ncells = cells.map((tc, ci) => {
        if ((kind === 'fitAmount' || kind === 'fitHuge') && ci === 3) return addTcPr(tc, '<w:tcFitText/>');
        if (kind === 'fitAll') return addTcPr(tc, '<w:tcFitText/>');
        if (kind === 'noWrapAmount' && ci === 3) return addTcPr(tc, '<w:noWrap/>');
        if ((kind === 'vMergeIkb' && ci === 1) || (kind === 'vMergeKonto' && ci === 0)) {
          if (first) return addTcPr(tc, '<w:vMerge w:val="restart"/>');
          return addTcPr(tc, '<w:vMerge/>').replace(/<w:r>.*?<\/w:r>/gs, '');
        }
        return tc;
      });
      if (kind === 'exactClip' || kind === 'exactClean' || kind === 'exactFits') {
        const h = Math.round(kind === 'exactClip' ? sz * 20 * 1.25 + 130 : sz * 20 * 1.45 + 160);
        const el = `<w:trHeight w:val="${h}" w:hRule="exact"/>`;
        trPr = trPr === '' || trPr === '<w:trPr/>' ? `<w:trPr>${el}</w:trPr>` : trPr.replace('</w:trPr>', `${el}</w:trPr>`);
      }
      const rest = inner.replace(/<w:trPr>.*?<\/w:trPr>|<w:trPr\/>/s, '').replace(/<w:tc>.*?<\/w:tc>/gs, '').trim();
      return `<w:tr>${trPr}${rest}${ncells.join('')}</w:tr>`;
    }).replace(/<w:tbl>/, () => { rowIndex = 0; return '<w:tbl>'; });
  });
}
for (const f of readdirSync(path.join(work, 'd'))) {
  const kind = plan.get(f.replace(/\.docx$/, ''))!;
  const zip = await JSZip.loadAsync(readFileSync(path.join(work, 'd', f)));
  const doc = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', edit(doc, kind));
  writeFileSync(path.join(out, 'docx', f), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
execFileSync('soffice', ['--headless', profile, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, ...readdirSync(path.join(out, 'docx')).filter((f) => f.endsWith('.docx')).map((f) => path.join(out, 'docx', f))], { stdio: 'ignore' });
for (const f of readdirSync(work).filter((f) => f.endsWith('.pdf'))) renameSync(path.join(work, f), path.join(out, f));
rmSync(work, { recursive: true, force: true });
