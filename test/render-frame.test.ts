// What our documents print besides the report: the draft mark on every page, the approval at the
// end, the organisation in every page's footer, the sums, and headings that never end a page. The
// PDF is read with the importer's own page reader (pieces per page, grouped by baseline).
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../src/documents/import/pdf/document.js';
import { joinPieces, type Piece } from '../src/documents/import/pdf/geometry.js';
import { baselineGroups } from '../src/documents/import/pdf/running.js';
import { renderDocx, renderHtml, renderPdf } from '../src/documents/render/index.js';
import { DRAFT_MARK } from '../src/documents/wording.js';
import type { ProjectSection, ReportDocument } from '../src/domain/report.js';
import { APPROVED, DRAFT } from './support/frames.js';
import { goldenReport } from './support/seed.js';

const seed = goldenReport();

/** Each page's lines, top down: the text and the largest type size on it. */
async function pagesOf(bytes: Uint8Array): Promise<{ text: string; size: number }[][]> {
  const { pages } = await loadPdf(bytes, 'rapport.pdf');
  return pages.map((page) => baselineGroups(page.pieces).map((group: Piece[]) => ({ text: joinPieces(group), size: Math.max(...group.map((p) => p.size)) })));
}

const FOOTER = /^Stockholms stad Sida (\d+) av (\d+)$/;
// Headings are set at 12.5 pt, everything else smaller (the title, 20 pt, opens the document).
const HEADING_SIZE = 12.5;

const filler = (words: number) => Array.from({ length: words }, (_, i) => ['verksamheten', 'har', 'fortsatt', 'med', 'träffar', 'och', 'samtal'][i % 7]).join(' ') + '.';

/** A report of several projects whose headings fall at every height of a page as `shift` grows. */
function manyProjects(shift: number): ReportDocument {
  const project = (number: number): ProjectSection => ({
    number,
    name: `Projekt med nummer ${number}`,
    entries: Array.from({ length: 1 + (number % 3) }, (_, i) => ({
      account: '3699', ikb: '1771', counterparty: '1704', amountOre: 1_000_000 * number + 12_345 * i, text: `Ej fakturerat tom 2014-0${4 + i}-30`,
    })),
    narrative: {
      title: `Delmål ${number}`,
      paragraphs: [filler(30 + shift * 7 + number * 11), filler(12 + ((shift + number) % 5) * 9)],
    },
  });
  return { ...seed, projects: [1, 2, 3, 4, 5, 6].map(project) };
}

describe('a draft is marked on every page', () => {
  it('carries the mark at the top of every PDF page, and the word across it', async () => {
    const bytes = await renderPdf(manyProjects(0), DRAFT);
    const pages = await pagesOf(bytes);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page[0]?.text).toBe(DRAFT_MARK);
    // The watermark: one rotated "UTKAST" per page, which the importer's reader leaves out.
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.match(/\/ca 0\.08/g)?.length).toBeGreaterThan(0);
  });

  it('names the organisation beside the page number at the foot of every PDF page', async () => {
    const pages = await pagesOf(await renderPdf(manyProjects(0), { ...DRAFT, organisation: 'Stockholms stad' }));
    expect(pages.map((page) => page.at(-1)?.text)).toEqual(pages.map((_, i) => `Stockholms stad Sida ${i + 1} av ${pages.length}`));
  });

  it('has no mark on an approved PDF, and its approval at the end', async () => {
    const pages = await pagesOf(await renderPdf(seed, APPROVED));
    const lines = pages.flat().map((l) => l.text);
    expect(lines.filter((l) => l.includes('UTKAST'))).toEqual([]);
    const end = lines.slice(-5);
    expect(end).toEqual(['Godkännande', 'Godkänd: 2015-02-03 14:05', 'Godkänd av: Anna Andersson', 'Version: 7', `Stockholms stad Sida ${pages.length} av ${pages.length}`]);
  });

  it('puts the mark in the header of every DOCX page and the organisation in its footer', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(seed, DRAFT));
    const document = await zip.file('word/document.xml')!.async('string');
    // One section, one default header: Word prints it on every page.
    expect(document.match(/<w:headerReference w:type="default"/g)).toHaveLength(1);
    const headers = Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers).toHaveLength(1);
    expect(await zip.file(headers[0]!)!.async('string')).toContain(`>${DRAFT_MARK}<`);
    const footer = await zip.file('word/footer1.xml')!.async('string');
    expect(footer).toContain('>Stockholms stad<');
    expect(footer).toContain('PAGE');
    const approved = await JSZip.loadAsync(await renderDocx(seed, APPROVED));
    expect(Object.keys(approved.files).filter((name) => /^word\/header\d+\.xml$/.test(name))).toEqual([]);
    const approvedXml = await approved.file('word/document.xml')!.async('string');
    expect(approvedXml).not.toContain('UTKAST');
    expect(approvedXml).toMatch(/>Godkännande<[^]*>Godkänd: 2015-02-03 14:05<[^]*>Godkänd av: Anna Andersson<[^]*>Version: 7</);
  });

  it('opens a draft\'s HTML with a banner that print repeats on every page, and ends an approved one with its approval', () => {
    const draft = renderHtml(seed, DRAFT, { standalone: true });
    expect(draft).toContain(`<p class="draft-mark">${DRAFT_MARK}</p>`);
    // Printed, the page's margin boxes carry the mark and the organisation on every page.
    expect(draft).toContain(`@top-left { content: "${DRAFT_MARK}";`);
    expect(draft).toContain('@bottom-left { content: "Stockholms stad";');
    expect(draft).toContain('@bottom-right { content: "Sida " counter(page) " av " counter(pages);');
    expect(draft).toContain('<footer class="document-footer"><p>Stockholms stad</p></footer>');
    expect(draft).not.toContain('Godkännande');
    const approved = renderHtml(seed, APPROVED, { standalone: true });
    expect(approved).not.toContain('draft-mark">');
    expect(approved).not.toContain('@top-left');
    expect(approved).toContain('<h2 id="godkannande">Godkännande</h2>\n<dl><dt>Godkänd</dt><dd>2015-02-03 14:05</dd><dt>Godkänd av</dt><dd>Anna Andersson</dd><dt>Version</dt><dd>7</dd></dl>');
  });

  it('keeps an organisation\'s name inert in the print stylesheet', () => {
    const page = renderHtml(seed, { ...DRAFT, organisation: 'Stad "x" </style><script>' }, { standalone: true });
    expect(page).toContain('@bottom-left { content: "Stad \\22 x\\22  \\3c /style\\3e \\3c script\\3e ";');
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page).not.toContain('<script>');
  });

  it('names no one where the frame names no approver (the public record)', async () => {
    const frame = { ...APPROVED, approval: { ...APPROVED.approval!, by: null } };
    const lines = (await pagesOf(await renderPdf(seed, frame))).flat().map((l) => l.text);
    expect(lines).toContain('Godkänd: 2015-02-03 14:05');
    expect(lines.filter((l) => l.startsWith('Godkänd av'))).toEqual([]);
  });
});

describe('sums', () => {
  it('ends each PDF table with its sum in kronor and states the report\'s total', async () => {
    const lines = (await pagesOf(await renderPdf(seed, DRAFT))).flat().map((l) => l.text);
    expect(lines.filter((l) => l.startsWith('Summa'))).toEqual(['Summa 107 000 kr', 'Summa 2 626 837 kr', 'Summa 76 991 kr']);
    expect(lines).toContain('Redovisningens summa: 2 810 828 kr');
  });

  it('sums öre and negative amounts exactly, and gives a table without entries no sum', () => {
    const [first, second] = seed.projects;
    const report: ReportDocument = {
      ...seed,
      projects: [
        { ...first!, entries: [] },
        { ...second!, entries: [{ ...second!.entries[0]!, amountOre: 10_050 }, { ...second!.entries[0]!, amountOre: -250_001 }] },
      ],
    };
    const html = renderHtml(report, DRAFT);
    expect(html.match(/<tfoot>/g)).toHaveLength(1);
    expect(html).toContain('<tfoot><tr><th scope="row" colspan="3">Summa</th><td class="amount">\u22122\u00a0399,51\u00a0kr</td><td></td></tr></tfoot>');
    expect(html).toContain('<p class="report-total">Redovisningens summa: \u22122\u00a0399,51\u00a0kr</p>');
  });
});

describe('empty narratives', () => {
  it('leaves out a narrative without text rather than print its bare heading', async () => {
    const [first, second, third] = seed.projects;
    const report: ReportDocument = {
      ...seed,
      projects: [{ ...first!, narrative: { title: 'Tom', paragraphs: [] } }, { ...second!, narrative: { title: 'Blank', paragraphs: ['', '  '] } }, third!],
    };
    const lines = (await pagesOf(await renderPdf(report, DRAFT))).flat().map((l) => l.text);
    expect(lines.filter((l) => l.startsWith('Delredovisning'))).toEqual(['Delredovisning projekt 3: Sociala insatsgrupper']);
    expect(renderHtml(report, DRAFT)).not.toMatch(/Delredovisning projekt [12]/);
    const xml = await (await JSZip.loadAsync(await renderDocx(report, DRAFT))).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/Delredovisning projekt [12]/);
  });
});

describe('headings', () => {
  // Each shift moves every heading down the page a little; over the shifts they fall at every height.
  it('never lets a heading end a PDF page', async () => {
    let pagesSeen = 0;
    for (let shift = 0; shift < 16; shift++) {
      {
        const pages = await pagesOf(await renderPdf(manyProjects(shift), shift % 2 === 0 ? DRAFT : APPROVED));
        for (const [index, page] of pages.entries()) {
          // The page's last line of content is the one above its footer.
          expect(page.at(-1)?.text).toMatch(FOOTER);
          const last = page.at(-2);
          if (index < pages.length - 1) expect({ shift, page: index + 1, last: last?.text, heading: last !== undefined && last.size >= HEADING_SIZE }).toMatchObject({ heading: false });
        }
        pagesSeen += pages.length;
      }
    }
    expect(pagesSeen).toBeGreaterThan(60);
  }, 60_000);

  it('keeps Word\'s headings with the next paragraph', async () => {
    const xml = await (await JSZip.loadAsync(await renderDocx(seed, APPROVED))).file('word/document.xml')!.async('string');
    const headings = xml.match(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*<\/w:p>/g) ?? [];
    expect(headings).toHaveLength(7);
    for (const heading of headings) expect(heading).toContain('<w:keepNext/>');
  });
});
