import { describe, expect, it } from 'vitest';
import { CHART_BACKGROUND, CHART_MUTED_TEXT, CHART_TEXT, INDICATOR_COLOURS, MONEY_COLOURS, PUNCTUALITY_COLOURS, contrastRatio, relativeLuminance } from './palette.js';

describe('the chart palette', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's checker: #777777 on white is 4.48:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(() => relativeLuminance('blue')).toThrow('Not a colour');
  });

  it('draws every mark at 3:1 or more against the background', () => {
    const marks = { ...MONEY_COLOURS, ...Object.fromEntries(Object.entries(INDICATOR_COLOURS).map(([k, v]) => [`indicator.${k}`, v])), ...Object.fromEntries(Object.entries(PUNCTUALITY_COLOURS).map(([k, v]) => [`punctuality.${k}`, v])) };
    const weak = Object.entries(marks).filter(([, colour]) => contrastRatio(colour, CHART_BACKGROUND) < 3);
    expect(weak).toEqual([]);
  });

  it('writes every text at 4.5:1 or more', () => {
    const texts = [CHART_TEXT, CHART_MUTED_TEXT];
    expect(texts.filter((colour) => contrastRatio(colour, CHART_BACKGROUND) < 4.5)).toEqual([]);
  });

  it('keeps the series that stand side by side apart in lightness, so they differ without colour vision', () => {
    const { grant, accrued, remaining } = MONEY_COLOURS;
    const l = [grant, accrued, remaining].map(relativeLuminance).sort((a, b) => a - b);
    // Each step at least 1.3:1 (greys of those steps are told apart).
    expect((l[1]! + 0.05) / (l[0]! + 0.05)).toBeGreaterThan(1.3);
    expect((l[2]! + 0.05) / (l[1]! + 0.05)).toBeGreaterThan(1.3);
    expect(contrastRatio(INDICATOR_COLOURS.target, INDICATOR_COLOURS.outcome)).toBeGreaterThan(1.3);
    // This year beside last year.
    expect(contrastRatio(MONEY_COLOURS.accrued, MONEY_COLOURS.previous)).toBeGreaterThan(1.3);
  });
});
