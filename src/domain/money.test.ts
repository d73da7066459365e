import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKronor, formatSek, parseKronor, parseStoredOre, sumOre } from './money.js';

const parsed = (text: string) => {
  const r = parseKronor(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const refusal = (text: string) => {
  const r = parseKronor(text);
  if (r.ok) throw new Error(`accepterade ${text}`);
  return r.message;
};

describe('parseKronor', () => {
  it.each([
    ['2 626 837', 262683700],
    ['107 000', 10700000],
    ['-12 500', -1250000],
    ['\u221212 500', -1250000],
    ['83 412,50', 8341250],
    ['83 412,5', 8341250],
    ['1 234 567 kr', 123456700],
    ['2\u00a0626\u00a0837', 262683700],
    ['2\u202f626\u202f837', 262683700],
    ['1234567', 123456700],
    ['0', 0],
    ['-0', 0],
    ['  76 991  ', 7699100],
  ])('reads %j as %i öre', (text, ore) => {
    expect(parsed(text)).toBe(ore);
  });

  it('refuses a letter O for a zero and says which character', () => {
    expect(refusal('12 5OO')).toContain('tecknet ”O” är ingen siffra');
  });
  it('refuses a decimal point', () => {
    expect(refusal('1.234')).toContain('komma före ören');
  });
  it('refuses wrongly grouped digits', () => {
    expect(refusal('1 23 456')).toContain('grupperas tre och tre');
  });
  it('refuses empty input', () => {
    expect(refusal('')).toBe('Beloppet är tomt.');
    expect(refusal('  kr')).toBe('Beloppet är tomt.');
  });
  it('refuses three decimals and two commas', () => {
    expect(refusal('12,345')).toContain('en eller två siffror');
    expect(refusal('1,2,3')).toContain('mer än ett decimalkomma');
  });
  it('refuses amounts beyond exact integers', () => {
    expect(refusal('999 999 999 999 999 999')).toContain('för stort');
  });
});

describe('formatKronor', () => {
  it('formats the seed amounts the Swedish way', () => {
    expect(formatKronor(262683700, { plainSpaces: true })).toBe('2 626 837');
    expect(formatKronor(8341250, { plainSpaces: true })).toBe('83 412,50');
    expect(formatKronor(-1250000, { plainSpaces: true })).toBe('-12 500');
    expect(formatKronor(5)).toBe('0,05');
    expect(formatSek(262683700)).toBe('2\u00a0626\u00a0837\u00a0kr');
  });
  it('refuses fractions of an öre', () => {
    expect(() => formatKronor(0.5)).toThrow(RangeError);
  });
  it('round-trips every safe amount: format then parse gives the same öre', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.boolean(), (ore, plain) => {
        expect(parsed(formatKronor(ore, { plainSpaces: plain }))).toBe(ore === 0 ? 0 : ore);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('stored öre', () => {
  it('parses PostgreSQL bigint strings with a check', () => {
    expect(parseStoredOre('262683700')).toBe(262683700);
    expect(parseStoredOre(-5)).toBe(-5);
    expect(() => parseStoredOre('12.5')).toThrow(RangeError);
    expect(() => parseStoredOre('99999999999999999999')).toThrow(RangeError);
  });
  it('sums without leaving the exact range', () => {
    expect(sumOre([10700000, 262683700, 7699100])).toBe(281082800);
    expect(() => sumOre([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});
