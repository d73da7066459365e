import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64.js';
import { formatValue } from './values.js';

describe('values for people to read', () => {
  it('shows amounts as kronor, paragraphs as text, empty as empty', () => {
    expect(formatValue(262683700, 'projects.1.entries.0.amountOre')).toBe('2\u00a0626\u00a0837\u00a0kr');
    expect(formatValue(262683700, 'version')).toBe('262683700');
    expect(formatValue(['Ett.', 'Två.'])).toBe('Ett.\n\nTvå.');
    expect(formatValue('', 'x', '(tomt)')).toBe('(tomt)');
    expect(formatValue(null)).toBe('(tomt)');
    expect(formatValue({ from: '2014-08-01' })).toContain('"from": "2014-08-01"');
  });
});

describe('base64 for uploads', () => {
  it('encodes bytes, also beyond one chunk', () => {
    expect(bytesToBase64(new TextEncoder().encode('Hässelby'))).toBe('SMOkc3NlbGJ5');
    const big = new Uint8Array(100_000).map((_, i) => i % 256);
    const decoded = Uint8Array.from(atob(bytesToBase64(big)), (c) => c.charCodeAt(0));
    expect(decoded).toEqual(big);
  });
});
