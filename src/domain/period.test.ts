import { describe, expect, it } from 'vitest';
import { parseIsoDate, roundPeriod, spanContains } from './period.js';

describe('rounds', () => {
  it('covers the year to date: T1 Jan–Apr, T2 Jan–Aug, VB Jan–Dec', () => {
    expect(roundPeriod(2014, 'T1')).toEqual({ from: '2014-01-01', to: '2014-04-30' });
    expect(roundPeriod(2014, 'T2')).toEqual({ from: '2014-01-01', to: '2014-08-31' });
    expect(roundPeriod(2014, 'VB')).toEqual({ from: '2014-01-01', to: '2014-12-31' });
  });
});

describe('parseIsoDate', () => {
  it('accepts real days, including 29 February in leap years', () => {
    expect(parseIsoDate('2014-08-31')).toEqual({ ok: true, value: '2014-08-31' });
    expect(parseIsoDate('2016-02-29').ok).toBe(true);
    expect(parseIsoDate('2000-02-29').ok).toBe(true);
  });
  it('refuses impossible days with a reason', () => {
    expect(parseIsoDate('2014-02-30')).toEqual({ ok: false, message: '"2014-02-30" är inget datum: 2014-02 har inte dag 30.' });
    expect(parseIsoDate('1900-02-29').ok).toBe(false);
    expect(parseIsoDate('2014-13-01').ok).toBe(false);
    expect(parseIsoDate('31/8 2014').ok).toBe(false);
  });
  it('treats a span as inclusive at both ends', () => {
    const span = { from: '2014-08-01', to: '2014-12-31' };
    expect(spanContains(span, '2014-08-01')).toBe(true);
    expect(spanContains(span, '2014-12-31')).toBe(true);
    expect(spanContains(span, '2014-07-31')).toBe(false);
  });
});
