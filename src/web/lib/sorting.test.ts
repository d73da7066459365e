import { describe, expect, it } from 'vitest';
import { compareValues, sortRows } from './sorting.js';

const rows = [
  { name: 'Älvsjö', number: 10, code: '1710-2' },
  { name: 'Bromma', number: 2, code: '1710-10' },
  { name: 'Årsta', number: null, code: null },
  { name: 'Enskede', number: 1, code: '1710-1' },
];
const keys = [(r: (typeof rows)[number]) => r.name, (r: (typeof rows)[number]) => r.number, (r: (typeof rows)[number]) => r.code, null];

describe('sortRows', () => {
  it('sorts text in Swedish order (å, ä, ö last) and numbers in text by value', () => {
    expect(sortRows(rows, keys, { column: 0, direction: 'ascending' }).map((r) => r.name)).toEqual(['Bromma', 'Enskede', 'Årsta', 'Älvsjö']);
    expect(sortRows(rows, keys, { column: 2, direction: 'ascending' }).map((r) => r.code)).toEqual(['1710-1', '1710-2', '1710-10', null]);
  });

  it('turns the order around but keeps empty values last, and ties in the order given', () => {
    expect(sortRows(rows, keys, { column: 1, direction: 'descending' }).map((r) => r.number)).toEqual([10, 2, 1, null]);
    expect(sortRows(rows, keys, { column: 1, direction: 'ascending' }).map((r) => r.number)).toEqual([1, 2, 10, null]);
    expect(sortRows(rows, keys, null)).toEqual(rows);
    expect(sortRows(rows, keys, { column: 3, direction: 'ascending' })).toEqual(rows);
  });

  it('compares numbers as numbers', () => {
    expect(compareValues(9, 10)).toBeLessThan(0);
    expect(compareValues('9', '10')).toBeLessThan(0);
  });
});
