import { describe, expect, it } from 'vitest';
import { isLate, stockholmDate } from './lateness.js';

describe('lateness', () => {
  it('reads the calendar day in Stockholm, summer and winter', () => {
    expect(stockholmDate(new Date('2014-09-15T21:59:59Z'))).toBe('2014-09-15');
    expect(stockholmDate(new Date('2014-09-15T22:00:00Z'))).toBe('2014-09-16');
    expect(stockholmDate(new Date('2014-12-31T22:59:59Z'))).toBe('2014-12-31');
    expect(stockholmDate(new Date('2014-12-31T23:00:00Z'))).toBe('2015-01-01');
  });

  it('counts an unfinished report late only after the deadline day has ended in Stockholm', () => {
    for (const status of ['not_started', 'draft', 'returned', 'reopened'] as const) {
      const report = { status, submittedAt: null };
      expect(isLate(report, '2014-09-15', new Date('2014-09-15T21:59:00Z'))).toBe(false);
      expect(isLate(report, '2014-09-15', new Date('2014-09-15T22:01:00Z'))).toBe(true);
    }
  });

  it('counts a handed-in report late when it was submitted after the deadline day', () => {
    const after = new Date('2014-10-01T10:00:00Z');
    for (const status of ['submitted', 'approved'] as const) {
      expect(isLate({ status, submittedAt: '2014-09-15T21:00:00.000Z' }, '2014-09-15', after)).toBe(false);
      expect(isLate({ status, submittedAt: '2014-09-15T22:30:00.000Z' }, '2014-09-15', after)).toBe(true);
    }
    expect(isLate({ status: 'approved', submittedAt: null }, '2014-09-15', after)).toBe(false);
  });
});
