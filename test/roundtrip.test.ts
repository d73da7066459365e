// Round trip: what our renderers write as PDF and DOCX, the importer reads back as the same report,
// as a draft (UTKAST on every page) and as approved (its approval at the end), the sums of every
// table and the report's total checked against the entries read.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../src/documents/import/index.js';
import { reportDocumentSchema, type ReportDocument } from '../src/domain/report.js';
import { renderDocx, renderPdf } from '../src/documents/render/index.js';
import type { DocumentFrame } from '../src/documents/wording.js';
import { APPROVED, DRAFT } from './support/frames.js';
import { goldenReport } from './support/seed.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const readJson = (file: string): ReportDocument => reportDocumentSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

const golden = goldenReport();
const legacyDir = path.join(here, 'fixtures/legacy');
const legacy = readdirSync(legacyDir).filter((name) => name.endsWith('.expected.json'));
// Hyphens the author wrote (kaffe-automat, tonårs-tjejer) in a project name, an entry text, a
// narrative title and paragraphs, with lines of the PDF ending in "barn-" / "ungdoms-" / "budget-".
const authorHyphens = readJson(path.join(here, 'fixtures/render/author-hyphens.json'));
// The seed with indicators on two projects: long names and comments that wrap, absent values, a
// negative target, and the smallest and largest values the format holds.
const withIndicators = readJson(path.join(here, 'fixtures/render/with-indicators.json'));

const renderers = {
  pdf: (report: ReportDocument, frame: DocumentFrame) => renderPdf(report, frame),
  docx: (report: ReportDocument, frame: DocumentFrame) => renderDocx(report, frame),
} as const;
const frames = { draft: DRAFT, approved: APPROVED } as const;
const cases = (['pdf', 'docx'] as const).flatMap((format) => (['draft', 'approved'] as const).map((state) => [format, state] as const));
// A report of twelve projects, most with sums of their own (skarpnack-vb-2015 holds one of three entries).
const manyProjects = readJson(path.join(legacyDir, 'skarpnack-vb-2015.expected.json'));

/*
 * Warnings name the line of the source they were found in, and a rendered file has other lines
 * than the legacy text; the code and message are what must survive. A PDF's text layer holds a
 * no-break space as a plain space (the narrative's "9 000"); amounts are unaffected.
 */
function comparable(report: ReportDocument, format: 'pdf' | 'docx'): ReportDocument {
  const plain = (text: string) => (format === 'pdf' ? text.replace(/\u00a0/g, ' ') : text);
  return {
    ...report,
    projects: report.projects.map((p) => ({
      ...p,
      narrative: p.narrative && { title: plain(p.narrative.title), paragraphs: p.narrative.paragraphs.map(plain) },
    })),
    ...(report.warnings ? { warnings: report.warnings.map(({ code, message }) => ({ code, message })) } : {}),
  };
}

describe.each(cases)('round trip through %s as %s', (format, state) => {
  const render = (report: ReportDocument) => renderers[format](report, frames[state]);

  it('reads the rendered golden fixture back exactly', async () => {
    const bytes = await render(golden);
    expect(await readReportFile(bytes, `rapport.${format}`)).toStrictEqual(golden);
  });

  it('reads a report of many projects back exactly, each table\'s sum and the total checked', async () => {
    expect(manyProjects.projects).toHaveLength(12);
    const back = await readReportFile(await render(manyProjects), `rapport.${format}`);
    expect(comparable(back, format)).toStrictEqual(comparable(manyProjects, format));
  });

  it('reads the indicator tables back exactly', async () => {
    expect(withIndicators.projects.filter((p) => p.indicators !== undefined)).toHaveLength(2);
    expect(await readReportFile(await render(withIndicators), `rapport.${format}`)).toStrictEqual(withIndicators);
  });

  it('keeps every hyphen the author wrote', async () => {
    expect(await readReportFile(await render(authorHyphens), `rapport.${format}`)).toStrictEqual(authorHyphens);
  });
});

// Entry texts of long words, one to a line of the text cell: the PDF reads them back exactly, without
// a doubt named (was each line a word the cell broke?), because our own tables' text cell is as wide
// as the column allows and the lines stop short of it.
it('reads back entry texts set one word to a line exactly', async () => {
  const texts = [
    'Trygghetsvandringarna trygghetsvandringarna trygghetsvandringarna',
    'Fritidsgårdsverksamheterna fritidsgårdsverksamheterna medborgarservice',
  ];
  // The first entry of each of the first two projects.
  const report: ReportDocument = {
    ...golden,
    projects: golden.projects.map((p, i) => ({ ...p, entries: p.entries.map((e, j) => ({ ...e, text: j === 0 ? (texts[i] ?? e.text) : e.text })) })),
  };
  expect(report.projects.slice(0, 2).map((p) => p.entries[0]?.text)).toEqual(texts);
  for (const frame of [DRAFT, APPROVED]) expect(await readReportFile(await renderPdf(report, frame), 'rapport.pdf')).toStrictEqual(report);
});

// Every legacy fixture through both formats, as a draft and as approved by turns.
describe.each(['pdf', 'docx'] as const)('round trip of the legacy fixtures through %s', (format) => {
  it.each(legacy.map((name, i) => [name, i % 2 === 0 ? 'draft' : 'approved'] as const))('reads the rendered %s back (%s)', async (name, state) => {
    const report = readJson(path.join(legacyDir, name));
    const back = await readReportFile(await renderers[format](report, frames[state]), `rapport.${format}`);
    expect(comparable(back, format)).toStrictEqual(comparable(report, format));
  });
});
