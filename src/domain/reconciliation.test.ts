import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { reconcile, type BookedAmount, type ReportedAmount } from './reconciliation.js';

const ROUND = { round: '2014-VB', closingDate: '2014-12-31' };
const run = (reported: ReportedAmount[], booked: BookedAmount[]) => reconcile({ ...ROUND, reported, booked });

function refusal(reported: ReportedAmount[], booked: BookedAmount[]): AppError {
  try {
    run(reported, booked);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('reconcile accepted the input');
}

describe('reconcile', () => {
  it('gives the example of DESIGN.md §10: fifty öre off is a difference', () => {
    expect(run(
      [{ counterparty: '1708', project: '1708-02', amountOre: 8341250 }],
      [{ counterparty: '1708', project: '1708-02', amountOre: 8341200 }],
    )).toEqual({
      format: 'redovisa.reconciliation/1',
      round: '2014-VB',
      closingDate: '2014-12-31',
      lines: [{ counterparty: '1708', project: '1708-02', reportedOre: 8341250, bookedOre: 8341200, differenceOre: 50, status: 'differs' }],
      summary: { matched: 0, differs: 1, onlyReported: 0, onlyBooked: 0 },
    });
  });

  it('sums several entries of a pair on each side and matches them', () => {
    const result = run(
      [
        { counterparty: '1704', project: '1704-02', amountOre: 200000000 },
        { counterparty: '1704', project: '1704-02', amountOre: 62683700 },
      ],
      [
        { counterparty: '1704', project: '1704-02', amountOre: 262683701 },
        { counterparty: '1704', project: '1704-02', amountOre: -1 },
      ],
    );
    expect(result.lines).toEqual([
      { counterparty: '1704', project: '1704-02', reportedOre: 262683700, bookedOre: 262683700, differenceOre: 0, status: 'matched' },
    ]);
    expect(result.summary).toEqual({ matched: 1, differs: 0, onlyReported: 0, onlyBooked: 0 });
  });

  it('keeps a one-öre difference between large sums exactly', () => {
    const result = run(
      [{ counterparty: '1771', project: '1771-01', amountOre: 999_999_999_999 }, { counterparty: '1771', project: '1771-01', amountOre: 999_999_999_999 }],
      [{ counterparty: '1771', project: '1771-01', amountOre: 1_999_999_999_997 }],
    );
    expect(result.lines[0]).toMatchObject({ reportedOre: 1_999_999_999_998, bookedOre: 1_999_999_999_997, differenceOre: 1, status: 'differs' });
  });

  it('reports pairs present on one side only, with the difference reported − booked', () => {
    const result = run(
      [{ counterparty: '1704', project: '1704-01', amountOre: 1250000 }],
      [{ counterparty: '1708', project: '1708-03', amountOre: 500000 }],
    );
    expect(result.lines).toEqual([
      { counterparty: '1704', project: '1704-01', reportedOre: 1250000, bookedOre: 0, differenceOre: 1250000, status: 'only_reported' },
      { counterparty: '1708', project: '1708-03', reportedOre: 0, bookedOre: 500000, differenceOre: -500000, status: 'only_booked' },
    ]);
    expect(result.summary).toEqual({ matched: 0, differs: 0, onlyReported: 1, onlyBooked: 1 });
  });

  it('counts a side whose entries net to zero as present', () => {
    const result = run(
      [{ counterparty: '1704', project: '1704-02', amountOre: 100000 }, { counterparty: '1704', project: '1704-02', amountOre: -100000 }],
      [{ counterparty: '1771', project: '1771-01', amountOre: 0 }],
    );
    expect(result.lines).toEqual([
      { counterparty: '1704', project: '1704-02', reportedOre: 0, bookedOre: 0, differenceOre: 0, status: 'only_reported' },
      { counterparty: '1771', project: '1771-01', reportedOre: 0, bookedOre: 0, differenceOre: 0, status: 'only_booked' },
    ]);
  });

  it('matches two sides that both net to zero', () => {
    const result = run(
      [{ counterparty: '1704', project: '1704-02', amountOre: 5 }, { counterparty: '1704', project: '1704-02', amountOre: -5 }],
      [{ counterparty: '1704', project: '1704-02', amountOre: 0 }],
    );
    expect(result.lines[0]?.status).toBe('matched');
  });

  it('sorts by counterparty, then project, numbers as numbers', () => {
    const entry = (counterparty: string, project: string) => ({ counterparty, project, amountOre: 100 });
    const result = run(
      [entry('1710', '1710-10'), entry('999', '999-01'), entry('1710', '1710-2'), entry('1704', 'B'), entry('1704', 'a')],
      [entry('1710', '1710-01'), entry('1704', '1704-02')],
    );
    expect(result.lines.map((l) => `${l.counterparty} ${l.project}`)).toEqual([
      '999 999-01', '1704 1704-02', '1704 a', '1704 B', '1710 1710-01', '1710 1710-2', '1710 1710-10',
    ]);
  });

  it('orders codes that compare equal as numbers by their text, so the order is fixed', () => {
    const entry = (project: string) => ({ counterparty: '1704', project, amountOre: 1 });
    expect(run([entry('1704-1'), entry('1704-01')], []).lines.map((l) => l.project)).toEqual(['1704-01', '1704-1']);
    expect(run([entry('1704-01'), entry('1704-1')], []).lines.map((l) => l.project)).toEqual(['1704-01', '1704-1']);
  });

  it('does not confuse pairs whose codes run together', () => {
    const result = run([{ counterparty: '17', project: '04-02', amountOre: 1 }], [{ counterparty: '170', project: '4-02', amountOre: 1 }]);
    expect(result.summary).toEqual({ matched: 0, differs: 0, onlyReported: 1, onlyBooked: 1 });
  });

  it('returns no lines for no entries', () => {
    expect(run([], [])).toMatchObject({ lines: [], summary: { matched: 0, differs: 0, onlyReported: 0, onlyBooked: 0 } });
  });

  it('refuses a sum beyond the exact integers', () => {
    const big = { counterparty: '1704', project: '1704-02', amountOre: Number.MAX_SAFE_INTEGER };
    const error = refusal([big, { ...big, amountOre: 1 }], []);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Summan av de rapporterade beloppen för motpart 1704, projekt 1704-02 blir för stor för att räknas exakt.');
    expect(refusal([], [big, big]).message).toBe('Summan av de bokförda beloppen för motpart 1704, projekt 1704-02 blir för stor för att räknas exakt.');
  });

  it('refuses a difference beyond the exact integers', () => {
    const big = { counterparty: '1704', project: '1704-02', amountOre: Number.MAX_SAFE_INTEGER };
    expect(refusal([big], [{ ...big, amountOre: -1 }]).message).toBe('Skillnaden för motpart 1704, projekt 1704-02 blir för stor för att räknas exakt.');
  });

  it('refuses an amount that is not a whole number of öre', () => {
    expect(refusal([{ counterparty: '1704', project: '1704-02', amountOre: 0.5 }], []).message).toBe(
      'Ett rapporterat belopp för motpart 1704, projekt 1704-02 är inget helt antal öre: 0.5.',
    );
    expect(refusal([], [{ counterparty: '1704', project: '1704-02', amountOre: Number.NaN }]).message).toBe(
      'Ett bokfört belopp för motpart 1704, projekt 1704-02 är inget helt antal öre: NaN.',
    );
  });

  it('refuses a code with NUL, which would blur two pairs into one key', () => {
    expect(refusal([{ counterparty: '17\u000004', project: '1704-02', amountOre: 1 }], []).code).toBe('invalid_input');
  });

  it('reconciles 10 000 × 10 000 entries: every pair once, sums kept', () => {
    const reported: ReportedAmount[] = [];
    const booked: BookedAmount[] = [];
    for (let i = 0; i < 10_000; i++) {
      const counterparty = String(1700 + (i % 14));
      const project = `${counterparty}-${i % 700}`;
      reported.push({ counterparty, project, amountOre: i });
      // 700 pairs; entries 9 800–9 989 are booked one öre short, 9 990–9 999 on ten pairs of their own
      // (so their ten pairs lack that entry on the booked side): 200 pairs differ.
      booked.push({ counterparty, project: i >= 9_990 ? `${project}-B` : project, amountOre: i >= 9_800 && i < 9_990 ? i - 1 : i });
    }
    const result = run(reported, booked);
    expect(result.lines).toHaveLength(700 + 10);
    expect(result.summary).toEqual({ matched: 500, differs: 200, onlyReported: 0, onlyBooked: 10 });
  });
});

describe('reconcile, properties', () => {
  const code = fc.constantFrom('1704', '1708', '1771');
  const project = fc.constantFrom('01', '02', '10');
  const entry = fc.record({ counterparty: code, project, amountOre: fc.integer({ min: -1e12, max: 1e12 }) });

  it('keeps every öre: the lines sum to the entries, and each difference is reported − booked', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 30 }), fc.array(entry, { maxLength: 30 }), (reported, booked) => {
      const result = run(reported, booked);
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
      expect(sum(result.lines.map((l) => l.reportedOre))).toBe(sum(reported.map((e) => e.amountOre)));
      expect(sum(result.lines.map((l) => l.bookedOre))).toBe(sum(booked.map((e) => e.amountOre)));
      for (const line of result.lines) expect(line.differenceOre).toBe(line.reportedOre - line.bookedOre);
      const keys = new Set([...reported, ...booked].map((e) => `${e.counterparty}/${e.project}`));
      expect(result.lines.map((l) => `${l.counterparty}/${l.project}`).sort()).toEqual([...keys].sort());
      const s = result.summary;
      expect(s.matched + s.differs + s.onlyReported + s.onlyBooked).toBe(keys.size);
    }));
  });
});
