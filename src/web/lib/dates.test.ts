import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, todayInStockholm } from './dates.js';

describe('dates on screen', () => {
  it('shows timestamps in Stockholm time, ISO order', () => {
    expect(formatDateTime('2014-08-31T10:03:00.000Z')).toBe('2014-08-31 12:03');
    expect(formatDateTime('2014-12-31T23:30:00Z')).toBe('2015-01-01 00:30');
    expect(formatTime('2014-08-31T10:03:00Z')).toBe('12:03');
  });

  it('leaves calendar dates as they are and turns timestamps into the Stockholm day', () => {
    expect(formatDate('2014-08-31')).toBe('2014-08-31');
    expect(formatDate('2014-08-31T22:30:00Z')).toBe('2014-09-01');
    expect(formatDate(null)).toBe('–');
    expect(todayInStockholm(new Date('2014-08-31T22:30:00Z'))).toBe('2014-09-01');
  });
});
