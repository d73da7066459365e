import { describe, expect, it } from 'vitest';
import { markedSnippet, searchPage } from './search-page.js';

describe('the public search page', () => {
  it('escapes every character of a snippet and marks only the given ranges', () => {
    expect(markedSnippet('Läxhjälp <script>alert(1)</script> & bostäder', [{ start: 0, end: 8 }, { start: 37, end: 45 }]))
      .toBe('<mark>Läxhjälp</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>bostäder</mark>');
  });

  it('draws no range that overlaps the previous one or leaves the text', () => {
    expect(markedSnippet('ab "cd"', [{ start: 3, end: 7 }, { start: 4, end: 5 }, { start: 6, end: 99 }])).toBe('ab <mark>&quot;cd&quot;</mark>');
    expect(markedSnippet('', [])).toBe('');
  });

  it('links each hit to the public report and names its round', () => {
    const page = searchPage({ q: 'kvällspass', round: '', committee: '' }, { rounds: [], committees: [{ id: 4, name: 'Rinkeby-Kista <stadsdelsnämnd>' }] }, {
      kind: 'hits', limit: 50,
      hits: [{ reportId: 7, reportState: 'approved', committee: 'Rinkeby-Kista', round: '2014-T1', project: 'Värdar', snippet: 'gick 412 kvällspass', marks: [{ start: 9, end: 19 }] }],
    });
    expect(page).toContain('<a href="/offentligt/redovisningar/7">Rinkeby-Kista: Värdar</a>');
    expect(page).toContain('Tertialrapport 1 2014 (2014-T1)');
    expect(page).toContain('gick 412 <mark>kvällspass</mark>');
    expect(page).toContain('<option value="4">Rinkeby-Kista &lt;stadsdelsnämnd&gt;</option>');
  });
});
