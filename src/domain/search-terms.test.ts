import { describe, expect, it } from 'vitest';
import { snippetOf } from './search-snippet.js';
import { documentTerms, MAX_POSITIONS, queryTerms, termOf, wordsOf } from './search-terms.js';

describe('termOf', () => {
  it.each([
    // The stemmer alone: inflections of one word.
    ['trygghetsvandring', 'trygghetsvandring'], ['trygghetsvandringar', 'trygghetsvandring'], ['Trygghetsvandringarna', 'trygghetsvandring'],
    ['ungdom', 'ungdom'], ['ungdomar', 'ungdom'], ['ungdomarnas', 'ungdom'],
    // Umlaut plurals and -ad nouns, which the stemmer alone keeps apart (bostäd, bost, bostad).
    ['bostad', 'bost'], ['bostaden', 'bost'], ['bostäder', 'bost'], ['bostäderna', 'bost'],
    ['stad', 'stad'], ['städer', 'stad'], ['hand', 'hand'], ['händer', 'hand'], ['månad', 'mån'], ['månader', 'mån'],
    // The neuter definite -et, which Snowball keeps.
    ['projektet', 'projek'], ['projekt', 'projek'], ['budget', 'budg'], ['budgeten', 'budg'], ['stycket', 'styck'], ['stycke', 'styck'], ['huset', 'hus'], ['mötet', 'mot'], ['möten', 'mot'],
    // å is a letter of its own; numbers stay as written.
    ['Vällingby', 'vallingby'], ['år', 'år'], ['2014', '2014'],
  ])('%s → %s', (word, term) => {
    expect(termOf(word)).toBe(term);
  });

  it('leaves out stop words and words too long to search for', () => {
    expect(termOf('och')).toBeNull();
    expect(termOf('Att')).toBeNull();
    expect(termOf('x'.repeat(41))).toBeNull();
    expect(termOf('x'.repeat(40))).not.toBeNull();
  });
});

describe('wordsOf and queryTerms', () => {
  it('splits at everything but letters and digits, with offsets', () => {
    expect(wordsOf('Hässelby-Vällingby, 2014!')).toEqual([
      { text: 'Hässelby', start: 0, end: 8 }, { text: 'Vällingby', start: 9, end: 18 }, { text: '2014', start: 20, end: 24 },
    ]);
  });

  it('gives each distinct term of a query once, in the order typed, without stop words', () => {
    expect(queryTerms('Bostäder och bostad för ungdomarnas "trygghetsvandringar"')).toEqual(['bost', 'ungdom', 'trygghetsvandring']);
    expect(queryTerms('och att i')).toEqual([]);
    // Quotes, operators and SQL mean nothing: only letters and digits reach the index.
    expect(queryTerms(`bostad' OR 1=1 -- "NEAR(x)" *`)).toEqual(['bost', 'or', '1', 'near', 'x']);
  });
});

describe('documentTerms', () => {
  it('counts positions across parts and marks the title parts', () => {
    expect(documentTerms([{ text: 'Bostadsrådgivning', weight: 'title' }, { text: 'söker bostad och en bostad', weight: 'body' }])).toEqual([
      { term: 'bostadsrådgivning', positions: [1], weights: ['title'] },
      { term: 'sok', positions: [2], weights: ['body'] },
      { term: 'bost', positions: [3, 6], weights: ['body', 'body'] },
    ]);
  });

  it(`keeps at most ${MAX_POSITIONS} positions of a term`, () => {
    const [only] = documentTerms([{ text: 'bostad '.repeat(20), weight: 'body' }]);
    expect(only?.positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('snippetOf', () => {
  it('picks the text with most matched terms and gives the matched words as ranges', () => {
    const snippet = snippetOf(['Rådgivning om bostad', 'Hjälpte 84 hushåll som söker bostad eller riskerar att förlora sin bostad.'], ['bost']);
    expect(snippet.text).toBe('Hjälpte 84 hushåll som söker bostad eller riskerar att förlora sin bostad.');
    expect(snippet.marks.map((m) => snippet.text.slice(m.start, m.end))).toEqual(['bostad', 'bostad']);
  });

  it('cuts a long text around the first match at spaces, with ellipses, and keeps the ranges right', () => {
    const text = `${'Inledande ord '.repeat(30)}Tre trygghetsvandringar genomfördes.   ${'Avslutande ord '.repeat(30)}`;
    const snippet = snippetOf([text], ['trygghetsvandring']);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(222);
    expect(snippet.text).toContain('Tre trygghetsvandringar genomfördes. Avslutande');
    expect(snippet.marks.map((m) => snippet.text.slice(m.start, m.end))).toEqual(['trygghetsvandringar']);
  });

  it('is plain text: markup a committee wrote stays text, and only words are marked', () => {
    const snippet = snippetOf(['<script>alert(1)</script> bostad'], ['bost', 'script']);
    expect(snippet.text).toBe('<script>alert(1)</script> bostad');
    expect(snippet.marks.map((m) => snippet.text.slice(m.start, m.end))).toEqual(['script', 'script', 'bostad']);
  });
});
