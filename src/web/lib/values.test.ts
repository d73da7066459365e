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

  it('shows a whole accrual row, a list of rows and a narrative as text, not JSON', () => {
    const row = { account: '3699', ikb: '1771', counterparty: '1704', amountOre: 1250050, text: 'Stadsodling' };
    expect(formatValue(row, 'projects.0.entries.1')).toBe('3699 · 1771 · 1704 · 12\u00a0500,50\u00a0kr · Stadsodling');
    expect(formatValue({ ...row, text: '', amountOre: -120000 }, 'projects.0.entries.1')).toBe('3699 · 1771 · 1704 · \u22121\u00a0200\u00a0kr');
    expect(formatValue([row, row], 'projects.0.entries')).toBe(`${formatValue(row)}\n${formatValue(row)}`);
    expect(formatValue({ title: 'Rubrik', paragraphs: ['Ett.', 'Två.'] }, 'projects.1.narrative')).toBe('Rubrik\n\nEtt.\n\nTvå.');
    expect(formatValue({ title: '', paragraphs: [] }, 'projects.1.narrative', '(tomt)')).toBe('(tomt)');
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
