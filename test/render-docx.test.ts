// The DOCX rendering: a valid package with a real table, heading styles, Swedish language and title,
// that mammoth (the importer's reader) reads back as the same paragraphs and cells.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../src/documents/render/index.js';
import { goldenReport } from './support/seed.js';
import { DRAFT } from './support/frames.js';

const seed = goldenReport();

async function part(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (file === null) throw new Error(`${name} saknas`);
  return file.async('string');
}

describe('renderDocx', () => {
  let docx: Uint8Array;
  let documentXml: string;
  beforeAll(async () => {
    docx = await renderDocx(seed, DRAFT);
    documentXml = await part(docx, 'word/document.xml');
  });

  it('is a zip package with the main document part', async () => {
    expect(Buffer.from(docx.subarray(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
    const names = Object.keys((await JSZip.loadAsync(docx)).files);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
  });

  it('holds the amounts, grouped with no-break spaces, and the narrative text', () => {
    expect(documentXml).toContain('>2\u00a0626\u00a0837<');
    expect(documentXml).toContain('>107\u00a0000<');
    expect(documentXml).toContain('Under andra tertialen har de trygghetsskapande insatserna fortsatt och utvecklats.');
    expect(documentXml).toContain('En utvärdering av SIG i Stockholm görs nu av institutionen för socialvetenskap, Ersta Sköndal högskola.');
  });

  it('has one real table per project, with a repeating header row and right-aligned amounts', () => {
    expect(documentXml.match(/<w:tbl>/g)).toHaveLength(3);
    expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(3);
    expect(documentXml).toMatch(/<w:jc w:val="right"\/>[^]*?>2\u00a0626\u00a0837</);
  });

  it('uses heading styles, Swedish as the document language and the title in core properties', async () => {
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(documentXml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(6);
    expect(await part(docx, 'word/styles.xml')).toMatch(/<w:docDefaults>[^]*<w:lang w:val="sv-SE"\/>/);
    expect(await part(docx, 'docProps/core.xml')).toContain(
      '<dc:title>Redovisning ytterstadsprojekt – Hässelby-Vällingby stadsdelsnämnd</dc:title>',
    );
  });

  it('keeps narratives inert: markup in user text is escaped XML', async () => {
    const evil = '<w:t>x</w:t> & "citat"';
    const xml = await part(
      await renderDocx({ ...seed, projects: [{ ...seed.projects[0]!, narrative: { title: evil, paragraphs: [evil] } }] }, DRAFT),
      'word/document.xml',
    );
    expect(xml).toContain('&lt;w:t&gt;x&lt;/w:t&gt; &amp; &quot;citat&quot;');
    expect(xml).not.toContain('<w:t>x</w:t>');
  });

  it('reads back through mammoth as the seed paragraphs and table cells', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    const lines = value.split('\n').filter((l) => l !== '');
    expect(lines.slice(0, 11)).toEqual([
      'Redovisning ytterstadsprojekt',
      'Tertialrapport och Verksamhetsberättelse',
      'Nämnd: Hässelby-Vällingby stadsdelsnämnd',
      'Periodisering From 2014-08-01 tom 2014-12-31',
      'Projekt 1: Trygghetsskapande åtgärder',
      'Konto',
      'IKB',
      'Nämndens motpartsnr',
      'Belopp',
      'Text',
      '3699',
    ]);
    expect(lines).toContain('Delredovisning projekt 1: Trygghetsskapande insatser i Hässelby-Vällingby');
    for (const p of seed.projects.flatMap((s) => s.narrative?.paragraphs ?? [])) expect(lines).toContain(p);
  });

  it('says "Inga periodiseringar" in a table without entries', async () => {
    const xml = await part(await renderDocx({ ...seed, projects: [{ ...seed.projects[0]!, entries: [] }] }, DRAFT), 'word/document.xml');
    expect(xml).toContain('<w:gridSpan w:val="5"/>');
    expect(xml).toContain('>Inga periodiseringar<');
  });
});
