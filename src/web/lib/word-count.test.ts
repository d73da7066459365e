import { describe, expect, it } from 'vitest';
import { countNarrativeWords, countWords } from './word-count.js';

describe('word count', () => {
  it('counts words as a reader does', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n ')).toBe(0);
    expect(countWords('Under andra tertialen har de trygghetsskapande insatserna fortsatt')).toBe(8);
    expect(countWords('ungdomar i åldern 13-18 år, s.k. SSP-möten – och IT-utbildning.')).toBe(9);
    expect(countWords('Hässelby-Vällingby • Älvsjö')).toBe(2);
  });

  it('adds up a narrative\'s paragraphs', () => {
    expect(countNarrativeWords(['Ett två tre.', '', 'Fyra fem'])).toBe(5);
    expect(countNarrativeWords([])).toBe(0);
  });
});
