import { describe, expect, it } from 'vitest';
import { elideUnchanged, hasChange, wordDiff, type DiffPart } from './word-diff.js';

// Both texts, spelled again from the parts: what the history shows must be exactly what was there.
const spell = (parts: readonly DiffPart[], side: 'removed' | 'added') =>
  parts.filter((p) => p.kind === 'same' || p.kind === side).map((p) => p.text).join('');

describe('wordDiff', () => {
  it('marks the changed Swedish words and keeps the rest, å, ä and ö inside words', () => {
    const before = 'Lärandecentret öppnade i Hässelby gård och tio ungdomar fick läxhjälp.';
    const after = 'Lärandecentret öppnade i Vällingby och tolv ungdomar fick läxhjälp.';
    expect(wordDiff(before, after)).toEqual([
      { kind: 'same', text: 'Lärandecentret öppnade i ' },
      { kind: 'removed', text: 'Hässelby gård' },
      { kind: 'added', text: 'Vällingby' },
      { kind: 'same', text: ' och ' },
      { kind: 'removed', text: 'tio' },
      { kind: 'added', text: 'tolv' },
      { kind: 'same', text: ' ungdomar fick läxhjälp.' },
    ]);
  });

  it('treats punctuation as its own token: a changed mark is not a changed word', () => {
    expect(wordDiff('Sociala insatsgrupper (SIG), ett samarbete.', 'Sociala insatsgrupper ”SIG” – ett nytt samarbete!')).toEqual([
      { kind: 'same', text: 'Sociala insatsgrupper ' },
      { kind: 'removed', text: '(' },
      { kind: 'added', text: '”' },
      { kind: 'same', text: 'SIG' },
      { kind: 'removed', text: '),' },
      { kind: 'added', text: '” –' },
      { kind: 'same', text: ' ett ' },
      { kind: 'added', text: 'nytt ' },
      { kind: 'same', text: 'samarbete' },
      { kind: 'removed', text: '.' },
      { kind: 'added', text: '!' },
    ]);
  });

  it('joins a rewritten phrase into one removal and one addition instead of alternating word by word', () => {
    expect(wordDiff('Vi har genomfört vandringar', 'De hade planerat vandringar')).toEqual([
      { kind: 'removed', text: 'Vi har genomfört' },
      { kind: 'added', text: 'De hade planerat' },
      { kind: 'same', text: ' vandringar' },
    ]);
  });

  it('shows a change of whitespace as a change, and spells both texts exactly', () => {
    const before = 'Ungdomarna  fick\nstöd  i   skolan.';
    const after = 'Ungdomarna fick stöd i skolan. ';
    const parts = wordDiff(before, after);
    expect(spell(parts, 'removed')).toBe(before);
    expect(spell(parts, 'added')).toBe(after);
    expect(parts.filter((p) => p.kind !== 'same').every((p) => p.text.trim() === '')).toBe(true);
    expect(hasChange(parts)).toBe(true);
  });

  it('gives one unchanged part for equal texts, one added part from nothing and one removed part to nothing', () => {
    expect(wordDiff('Oförändrat stycke.', 'Oförändrat stycke.')).toEqual([{ kind: 'same', text: 'Oförändrat stycke.' }]);
    expect(hasChange(wordDiff('Oförändrat stycke.', 'Oförändrat stycke.'))).toBe(false);
    expect(wordDiff('', 'Ny text.')).toEqual([{ kind: 'added', text: 'Ny text.' }]);
    expect(wordDiff('Gammal text.', '')).toEqual([{ kind: 'removed', text: 'Gammal text.' }]);
  });

  it('shows two long texts with little in common as one removal and one addition, without comparing every word', () => {
    const before = Array.from({ length: 3_000 }, (_, i) => `förr${i}`).join(' ');
    const after = Array.from({ length: 3_000 }, (_, i) => `nu${i}`).join(' ');
    const started = performance.now();
    expect(wordDiff(before, after)).toEqual([{ kind: 'removed', text: before }, { kind: 'added', text: after }]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('spells both texts for texts of words, numbers, hyphens and signs', () => {
    const texts = [
      'Projektet har 2 626 837 kr i bidrag för e-tjänster, se bilaga 1.',
      'Projektet har 2 626 838 kr i bidrag för e-tjänster och IT-stöd; se bilaga 2!',
      '– ”Trygghetsvandringar” i Hässelby-Vällingby: 12 st. (mål 10)',
      '',
      'Åtgärden är avslutad.\n\nNästa steg: utvärdering under våren 2015.',
    ];
    for (const before of texts) {
      for (const after of texts) {
        const parts = wordDiff(before, after);
        expect([spell(parts, 'removed'), spell(parts, 'added')]).toEqual([before, after]);
      }
    }
  });
});

describe('elideUnchanged', () => {
  const words = (from: number, count: number) => Array.from({ length: count }, (_, i) => `ord${from + i}`).join(' ');

  it('keeps a few words on each side of a change in a long paragraph and leaves a gap for the rest', () => {
    const before = `${words(1, 30)} tio ${words(31, 30)}`;
    const after = `${words(1, 30)} tolv ${words(31, 30)}`;
    expect(elideUnchanged(wordDiff(before, after), 3)).toEqual([
      { kind: 'gap' },
      { kind: 'same', text: 'ord28 ord29 ord30 ' },
      { kind: 'removed', text: 'tio' },
      { kind: 'added', text: 'tolv' },
      { kind: 'same', text: ' ord31 ord32 ord33' },
      { kind: 'gap' },
    ]);
  });

  it('shortens the unchanged words between two distant changes on both sides', () => {
    const parts = elideUnchanged(wordDiff(`A ${words(1, 20)} B`, `C ${words(1, 20)} D`), 2);
    expect(parts).toEqual([
      { kind: 'removed', text: 'A' },
      { kind: 'added', text: 'C' },
      { kind: 'same', text: ' ord1 ord2' },
      { kind: 'gap' },
      { kind: 'same', text: 'ord19 ord20 ' },
      { kind: 'removed', text: 'B' },
      { kind: 'added', text: 'D' },
    ]);
  });

  it('leaves short passages and unchanged texts whole', () => {
    const parts = wordDiff('Ett två tre fyra fem.', 'Ett två TRE fyra fem.');
    expect(elideUnchanged(parts, 3)).toEqual(parts);
    expect(elideUnchanged(wordDiff(words(1, 40), words(1, 40)), 3)).toEqual([{ kind: 'same', text: words(1, 40) }]);
  });
});
