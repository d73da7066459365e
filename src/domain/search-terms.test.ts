import { describe, expect, it } from 'vitest';
import { snippetOf } from './search-snippet.js';
import { answersQueryTerm, documentTerms, MAX_POSITIONS, queryTerms, suffixKeyOf, suffixKeys, suffixQueryOf, termOf, wordsOf } from './search-terms.js';

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

describe('compounds (suffix keys)', () => {
  const finds = (query: string, word: string) => answersQueryTerm(termOf(word)!, termOf(query)!);

  it('finds a compound by its last part, in any inflection, after a head of three letters or more', () => {
    expect(finds('vandring', 'trygghetsvandringar')).toBe(true);
    expect(finds('vandringar', 'nattvandring')).toBe(true);
    expect(finds('rådgivning', 'skuldrådgivningen')).toBe(true);
    expect(finds('ungdomar', 'barnungdomarna')).toBe(true);
    expect(finds('vandring', 'vandringen')).toBe(true);
  });

  it('does not find a word by a short ending, nor behind a head of fewer than three letters', () => {
    expect(finds('trygg', 'otrygg')).toBe(false);
    expect(finds('ring', 'vandring')).toBe(false);
    expect(finds('trygghetsvandring', 'vandring')).toBe(false);
    expect(finds('kurser', 'föräldrakurser')).toBe(false);
    expect(finds('2014', '12014')).toBe(false);
  });

  it('keys a term by its letters after the head, reversed, and merges the positions of terms with one key', () => {
    expect(suffixKeyOf('trygghetsvandring')).toBe('gnirdnavstehgg');
    expect(suffixKeyOf('vandrin')).toBeNull();
    expect(suffixQueryOf('vandring')).toBe('gnirdnav');
    expect(suffixQueryOf('ungd')).toBeNull();
    expect(suffixKeys(documentTerms([{ text: 'Dagvandring och kvällsvandring, nattvandring och dagvandringen', weight: 'body' }]))).toEqual([
      { key: 'gnirdnav', positions: [1, 6] },
      { key: 'gnirdnavsll', positions: [3] },
      { key: 'gnirdnavt', positions: [4] },
    ]);
  });
});

describe('snippetOf', () => {
  it('marks a compound that answers a query term by its last part', () => {
    const snippet = snippetOf(['Tre trygghetsvandringar och en vandring.'], [termOf('vandringar')!]);
    expect(snippet.marks.map((m) => snippet.text.slice(m.start, m.end))).toEqual(['trygghetsvandringar', 'vandring']);
  });

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
