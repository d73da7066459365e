import { describe, expect, it } from 'vitest';
import { formatRoundCode, parseIsoDate, parseRoundCode, previousRoundKind, roundClosingDate, roundPeriod, spanContains } from './period.js';

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
    expect(parseIsoDate('2014-02-30')).toEqual({ ok: false, message: '”2014-02-30” är inget datum: 2014-02 har inte dag 30.' });
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

describe('round codes', () => {
  it('reads and writes 2014-T1, 2014-T2 and 2014-VB', () => {
    expect(parseRoundCode('2014-VB')).toEqual({ ok: true, value: { year: 2014, kind: 'VB' } });
    expect(parseRoundCode(' 2015-t2 ')).toEqual({ ok: true, value: { year: 2015, kind: 'T2' } });
    expect(formatRoundCode({ year: 2014, kind: 'T1' })).toBe('2014-T1');
  });
  it('refuses what is not a round, saying how to write one', () => {
    expect(parseRoundCode('2014-T3')).toEqual({ ok: false, message: '”2014-T3” är ingen omgång: skriv år och omgång, till exempel 2014-T1, 2014-T2 eller 2014-VB.' });
    expect(parseRoundCode('1999-VB').ok).toBe(false);
    expect(parseRoundCode('VB-2014').ok).toBe(false);
  });
  it('knows the previous round of the year and the closing date', () => {
    expect([previousRoundKind('T1'), previousRoundKind('T2'), previousRoundKind('VB')]).toEqual([null, 'T1', 'T2']);
    expect(roundClosingDate({ year: 2016, kind: 'T1' })).toBe('2016-04-30');
    expect(roundClosingDate({ year: 2014, kind: 'VB' })).toBe('2014-12-31');
  });
});
