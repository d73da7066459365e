import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate.js';
import { figuresText } from './import-figures.js';

const sv = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('sv', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
// formatSek's spaces are no-break spaces and its minus U+2212: compared plain.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/gu, ' ').replace(/\u2212/gu, '-');

describe('a project in sum, as the import preview shows it', () => {
  it('counts rows (one row in the singular), sums in kronor and says whether there is a narrative', () => {
    expect(plain(figuresText({ entryCount: 2, totalOre: 23_750_000, narrative: true }, sv))).toBe('2 rader · 237 500 kr · delredovisning');
    expect(plain(figuresText({ entryCount: 1, totalOre: -120_050, narrative: false }, sv))).toBe('1 rad · -1 200,50 kr · ingen delredovisning');
    expect(plain(figuresText({ entryCount: 0, totalOre: 0, narrative: false }, sv))).toBe('0 rader · 0 kr · ingen delredovisning');
    expect(plain(figuresText({ entryCount: 1, totalOre: 100, narrative: true }, en))).toMatch(/^1 row · 1 kr · progress report$/u);
  });
});
