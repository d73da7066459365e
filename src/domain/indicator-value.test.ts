import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIndicatorValues, formatIndicatorValue, indicatorSharePercent, isIndicatorValue, parseIndicatorValue } from './indicator-value.js';

describe('indicator values', () => {
  it.each([
    ['12,5', '12.5'], ['1 200', '1200'], ['1\u00a0200,50', '1200.5'], ['−3', '-3'], ['-0', '0'], ['0,25', '0.25'],
    ['007', '7'], ['  40 ', '40'], ['999 999 999 999,9999', '999999999999.9999'],
  ])('reads the Swedish %j as %j', (input, value) => {
    expect(parseIndicatorValue(input)).toEqual({ ok: true, value });
  });

  it.each(['', '12.5', '1,2,3', 'tolv', '12,', '1 20', '12,34567', '1 000 000 000 000', '5 %'])('refuses %j with a reason', (input) => {
    const result = parseIndicatorValue(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/\S/u);
  });

  it('formats exactly, the Swedish way', () => {
    expect(formatIndicatorValue('1200.5')).toBe('1\u00a0200,5');
    expect(formatIndicatorValue('-3', { plainSpaces: true })).toBe('-3');
    expect(formatIndicatorValue('999999999999.9999', { plainSpaces: true })).toBe('999 999 999 999,9999');
    expect(() => formatIndicatorValue('12,5')).toThrow(RangeError);
  });

  it('knows the canonical form', () => {
    expect(['12.5', '-3', '0', '0.0001'].every(isIndicatorValue)).toBe(true);
    expect(['12.50', '012', '-0', '1.', '.5', '1e3', '12,5'].some(isIndicatorValue)).toBe(false);
  });

  it('compares exactly where floats would not', () => {
    expect(compareIndicatorValues('0.3', '0.1')).toBe(1);
    expect(compareIndicatorValues('999999999999.9999', '999999999999.9998')).toBe(1);
    expect(compareIndicatorValues('-2', '1')).toBe(-1);
    expect(compareIndicatorValues('12.5', '12.5')).toBe(0);
  });

  it('gives the outcome as a whole percentage of the target, rounded in integers', () => {
    expect(indicatorSharePercent('212', '350')).toBe(61); // 60.571…
    expect(indicatorSharePercent('47.25', '50.5')).toBe(94); // 93.564…
    expect(indicatorSharePercent('99.5', '100')).toBe(100); // rounded up, though below the target
    expect(indicatorSharePercent('0.125', '0.25')).toBe(50);
    expect(indicatorSharePercent('1', '0.0008')).toBe(125_000);
    expect(indicatorSharePercent('-1.005', '1')).toBe(-101); // half away from zero
    expect(indicatorSharePercent('0', '7')).toBe(0);
    expect(indicatorSharePercent('3', '0')).toBeNull();
    expect(indicatorSharePercent('999999999999', '0.0001')).toBeNull();
  });

  it('reads back what it formats, for any value', () => {
    const value = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 9999 }))
      .map(([negative, whole, decimals]) => {
        const d = String(decimals).padStart(4, '0').replace(/0+$/u, '');
        const text = d === '' ? String(whole) : `${whole}.${d}`;
        return negative && text !== '0' ? `-${text}` : text;
      });
    fc.assert(fc.property(value, (v) => {
      expect(isIndicatorValue(v)).toBe(true);
      expect(parseIndicatorValue(formatIndicatorValue(v))).toEqual({ ok: true, value: v });
    }));
  });
});
