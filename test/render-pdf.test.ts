// The PDF rendering: PDF/A-2b identification, embedded fonts, metadata, and a text layer the
// importer can read back line by line (pdfjs-dist, as the importer reads it).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../src/documents/render/index.js';
import { goldenReport } from './support/seed.js';
import { DRAFT } from './support/frames.js';

const seed = goldenReport();
const createdAt = new Date('2014-09-15T08:00:00Z');
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const utf8 = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

/** Text lines per page: items grouped by baseline, a tab where the gap between items is wide. */
async function textLines(bytes: Uint8Array): Promise<string[][]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const rows = new Map<number, { x: number; end: number; str: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] as number);
      const x = item.transform[4] as number;
      rows.set(y, [...(rows.get(y) ?? []), { x, end: x + item.width, str: item.str }]);
    }
    pages.push(
      [...rows.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, items]) =>
          items
            .sort((a, b) => a.x - b.x)
            .map((it, i, all) => (i === 0 ? '' : it.x - all[i - 1]!.end > 6 ? '\t' : '') + it.str)
            .join(''),
        ),
    );
  }
  await doc.destroy();
  return pages;
}

describe('renderPdf', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await renderPdf(seed, DRAFT, { createdAt });
  });

  it('is a PDF 1.7 file', () => {
    expect(latin1(pdf.subarray(0, 8))).toBe('%PDF-1.7');
    expect(latin1(pdf.subarray(-6))).toMatch(/%%EOF/);
  });

  it('identifies itself as PDF/A-2b in XMP metadata, with an sRGB output intent', () => {
    const text = utf8(pdf);
    expect(text).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(text).toContain('/Type /Metadata');
    expect(text).toContain('/S /GTS_PDFA1');
  });

  it('carries the title, committee and Swedish language tag', () => {
    const text = utf8(pdf);
    expect(text).toContain('<rdf:li xml:lang="x-default">Redovisning ytterstadsprojekt – Hässelby-Vällingby stadsdelsnämnd</rdf:li>');
    expect(text).toContain('<rdf:li>Hässelby-Vällingby stadsdelsnämnd</rdf:li>');
    expect(latin1(pdf)).toContain('/Lang (sv-SE)');
  });

  it('embeds DejaVu Sans, regular and bold, as TrueType font programs', () => {
    const text = latin1(pdf);
    expect(text.match(/\/FontFile2 /g)).toHaveLength(2);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(text).not.toMatch(/\/Helvetica|\/Roboto/);
  });

  it('escapes the document info in the XMP packet', async () => {
    const text = utf8(await renderPdf({ ...seed, committee: 'Kultur & fritid <nämnd>' }, DRAFT, { createdAt }));
    expect(text).toContain('Redovisning ytterstadsprojekt – Kultur &amp; fritid &lt;nämnd&gt;</rdf:li>');
    expect(text).not.toContain('Kultur & fritid <nämnd>');
  });

  it('gives the same bytes for the same report and clock', async () => {
    expect(Buffer.compare(await renderPdf(seed, DRAFT, { createdAt }), pdf)).toBe(0);
  });

  // pdfjs hands the no-break spaces of an amount back as plain spaces; parseKronor takes both.
  it('has a text layer with the seed wording, one cell per tab', async () => {
    const lines = (await textLines(pdf)).flat();
    expect(lines.slice(0, 6)).toEqual([
      'UTKAST – redovisningen är inte godkänd',
      'Redovisning ytterstadsprojekt',
      'Tertialrapport och Verksamhetsberättelse',
      'Nämnd: Hässelby-Vällingby stadsdelsnämnd',
      'Periodisering From 2014-08-01 tom 2014-12-31',
      'Projekt 1: Trygghetsskapande åtgärder',
    ]);
    expect(lines).toContain('Konto\tIKB\tNämndens motpartsnr\tBelopp\tText');
    expect(lines).toContain('3699\t1771\t1704\t2 626 837\tEj fakturerat tom 2014-08-31');
    expect(lines).toContain('Delredovisning projekt 2: Bibliotek och lärandecenter');
    expect(lines).toContain('Summa\t2 626 837 kr');
    expect(lines).toContain('Redovisningens summa: 2 810 828 kr');
    expect(lines.filter((l) => /Sida \d av \d$/.test(l))).toEqual(['Stockholms stad\tSida 1 av 2', 'Stockholms stad\tSida 2 av 2']);
  });

  it('names where each narrative paragraph starts, for the importer to find across page breaks', async () => {
    const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
    const names = Object.keys(await doc.getDestinations());
    await doc.destroy();
    const paragraphs = seed.projects.flatMap((p) => p.narrative?.paragraphs ?? []);
    expect(names.sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }))).toEqual(paragraphs.map((_, i) => `stycke-${i + 1}`));
  });

  it('breaks lines only at spaces, never inside a hyphenated word', async () => {
    const words = 'Hässelby-Vällingby och/eller SSP-möten IT-utbildning 2014-08-31 ';
    const text = words.repeat(40);
    const pages = await textLines(
      await renderPdf({ ...seed, projects: [{ ...seed.projects[0]!, narrative: { title: 'Bindestreck', paragraphs: [text] } }] }, DRAFT),
    );
    const body = pages.flat().filter((l) => /Hässelby|Vällingby|och\/|SSP|IT-|2014-08/.test(l) && !l.startsWith('Nämnd'));
    expect(body.length).toBeGreaterThan(5);
    expect(body.join(' ').replace(/\s+/g, ' ')).toContain(text.trim().replace(/\s+/g, ' ').slice(0, 400));
    for (const line of body) expect(line).not.toMatch(/[-/]$/);
  });

  it('says "Inga periodiseringar" in a table without entries and renders negative amounts', async () => {
    const [first, second] = seed.projects;
    const lines = (
      await textLines(
        await renderPdf({
          ...seed,
          projects: [{ ...first!, entries: [] }, { ...second!, entries: [{ ...second!.entries[0]!, amountOre: -8341250 }] }],
        }, DRAFT),
      )
    ).flat();
    expect(lines).toContain('Inga periodiseringar');
    expect(lines).toContain('3699\t1771\t1704\t\u221283 412,50\tEj fakturerat tom 2014-08-31');
  });
});
