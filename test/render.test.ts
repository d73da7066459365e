// The HTML rendering: the report's wording, a real table, and narratives as inert text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../src/domain/report.js';
import { renderHtml } from '../src/documents/render/index.js';
import { DRAFT } from './support/frames.js';
import { goldenReport } from './support/seed.js';

const seed = goldenReport();
const here = path.dirname(fileURLToPath(import.meta.url));

const report = (overrides: Partial<ReportDocument>): ReportDocument => ({ ...seed, ...overrides });

describe('renderHtml', () => {
  const html = renderHtml(seed, DRAFT);

  it('shows the heading block in the seed wording', () => {
    expect(html).toContain('<h1>Redovisning ytterstadsprojekt</h1>');
    expect(html).toContain('<p class="report-type">Tertialrapport och Verksamhetsberättelse</p>');
    expect(html).toContain('<p>Nämnd: Hässelby-Vällingby stadsdelsnämnd</p>');
    expect(html).toContain('<p>Periodisering From 2014-08-01 tom 2014-12-31</p>');
  });

  it('gives each project a heading and a table with five scoped column headings', () => {
    expect(html).toContain('<h2 id="projekt-1">Projekt 1: Trygghetsskapande åtgärder</h2>');
    expect(html.match(/<table>/g)).toHaveLength(3);
    expect(html.match(/<caption>/g)).toHaveLength(3);
    const headings = [...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(headings.slice(0, 5)).toEqual(['Konto', 'IKB', 'Nämndens motpartsnr', 'Belopp', 'Text']);
  });

  it('writes 262683700 öre as 2 626 837, right-aligned, grouped with no-break spaces', () => {
    expect(html).toContain('<td class="amount">2\u00a0626\u00a0837</td>');
    expect(html).toContain('<td class="amount">107\u00a0000</td>');
  });

  it('writes negative amounts and öre as Swedish kronor', () => {
    const [first] = seed.projects;
    const out = renderHtml(report({ projects: [{ ...first!, entries: [{ ...first!.entries[0]!, amountOre: -8341250 }] }] }), DRAFT);
    expect(out).toContain('<td class="amount">\u221283\u00a0412,50</td>');
  });

  it('says "Inga periodiseringar" in a table without entries', () => {
    const out = renderHtml(report({ projects: [{ ...seed.projects[0]!, entries: [] }] }), DRAFT);
    expect(out).toContain('<td colspan="5" class="empty">Inga periodiseringar</td>');
  });

  it('follows the tables with each delredovisning and its paragraphs, and skips a missing one', () => {
    expect(html).toContain('<h2 id="delredovisning-2">Delredovisning projekt 2: Bibliotek och lärandecenter</h2>');
    expect(html.indexOf('Delredovisning projekt 1')).toBeGreaterThan(html.lastIndexOf('</table>'));
    expect(html.match(/<p>/g)?.length).toBe(2 + 1 + 3 + 5);
    const out = renderHtml(report({ projects: [{ ...seed.projects[0]!, narrative: null }] }), DRAFT);
    expect(out).not.toContain('Delredovisning');
  });

  it('escapes every piece of user text, so a narrative is inert', () => {
    const evil = '<script>alert("x")</script> & \'citat\'';
    const out = renderHtml(
      report({
        committee: 'Kultur & fritid <b>',
        projects: [{ number: 1, name: '"Namn"', entries: [{ account: '3699', ikb: '1771', counterparty: '1704', amountOre: 100, text: evil }], narrative: { title: evil, paragraphs: [evil] } }],
      }),
      { organisation: 'Stad & <i>kommun</i>', approval: { at: '2015-02-03T13:05:00Z', by: evil, version: 1 } },
      { standalone: true },
    );
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('<i>');
    expect(out).toContain('<footer class="document-footer"><p>Stad &amp; &lt;i&gt;kommun&lt;/i&gt;</p></footer>');
    expect(out).toContain('<dt>Godkänd av</dt><dd>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;citat&#39;</dd>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;citat&#39;');
    expect(out).toContain('Nämnd: Kultur &amp; fritid &lt;b&gt;');
    expect(out).toContain('Projekt 1: &quot;Namn&quot;');
  });

  it('is a whole Swedish page with a print stylesheet and no external resources when standalone', () => {
    const page = renderHtml(seed, DRAFT, { standalone: true });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    expect(page).toContain('<title>Redovisning ytterstadsprojekt – Hässelby-Vällingby stadsdelsnämnd</title>');
    expect(page).toMatch(/<style>[^]*@media print[^]*<\/style>/);
    expect(page).not.toMatch(/https?:|<link|<script|@import|url\(/);
    expect(html).not.toContain('<html');
  });

  it('shows a project\'s indicators after its entries, in its own section, values the Swedish way', () => {
    const report = JSON.parse(readFileSync(path.join(here, 'fixtures/render/with-indicators.json'), 'utf8')) as typeof seed;
    const html = renderHtml(report, DRAFT);
    const project = html.slice(html.indexOf('<section class="project" aria-labelledby="projekt-2">'), html.indexOf('<section class="project" aria-labelledby="projekt-3">'));
    expect(project.indexOf('<caption>Periodiseringar</caption>')).toBeLessThan(project.indexOf('<caption>Indikatorer</caption>'));
    expect(project).toContain('<th scope="col">Indikator</th><th scope="col">Enhet</th><th scope="col" class="amount">Utgångsläge</th>'
      + '<th scope="col" class="amount">Mål 2014</th><th scope="col" class="amount">Utfall</th><th scope="col">Kommentar</th>');
    expect(project).toContain('<tr><th scope="row">Deltagare i läxhjälp</th><td>deltagare</td><td class="amount">1\u00a0200</td>'
      + '<td class="amount">1\u00a0500</td><td class="amount">1\u00a0480</td><td>Hösten räknad tom december.</td></tr>');
    expect(project).toContain('<tr><th scope="row">Kursstarter</th><td>st</td><td class="amount">–</td><td class="amount">\u22123</td><td class="amount">–</td><td></td></tr>');
    expect(html.slice(html.indexOf('aria-labelledby="projekt-3"'))).not.toContain('<caption>Indikatorer</caption>');
  });

  it('matches the reviewed golden page for the seed', async () => {
    await expect(renderHtml(seed, DRAFT, { standalone: true })).toMatchFileSnapshot('fixtures/render/seed.html');
  });
});
