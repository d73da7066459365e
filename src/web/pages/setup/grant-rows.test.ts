import { describe, expect, it } from 'vitest';
import { grantsToSave, initialGrantRows, rowYear, type GrantRow } from './grant-rows.js';

describe('the grant rows of the project form', () => {
  it('gives a new project one row whose year is the start year, until another year is typed', () => {
    const [row] = initialGrantRows();
    expect(rowYear(row!, '2014')).toBe('2014');
    expect(rowYear(row!, '2016')).toBe('2016');
    expect(rowYear({ ...row!, year: '2015', followsStart: false }, '2014')).toBe('2015');
    expect(grantsToSave([{ ...row!, amount: '500 000' }], '2014')).toEqual([{ year: 2014, grantOre: 50000000 }]);
  });

  it('leaves out a new row without an amount, and refuses a row that cannot be read', () => {
    expect(grantsToSave(initialGrantRows(), '2014')).toEqual([]);
    expect(grantsToSave([{ year: '', amount: '12 34', fixed: false, followsStart: true }], '2014')).toBeNull();
    expect(grantsToSave([{ year: '14', amount: '1 000', fixed: false, followsStart: false }], '2014')).toBeNull();
  });

  it('for an existing project, sends only the amounts that changed and the new years', () => {
    const existing = [{ year: 2015, grantOre: 20000000 }, { year: 2014, grantOre: 10000000 }];
    const rows: GrantRow[] = initialGrantRows(existing);
    expect(rows.map((r) => [r.year, r.amount, r.fixed])).toEqual([['2014', '100 000', true], ['2015', '200 000', true]]);
    expect(grantsToSave(rows, '2014', existing)).toEqual([]);
    rows[1]!.amount = '250 000';
    rows.push({ year: '2016', amount: '1 000', fixed: false, followsStart: false });
    expect(grantsToSave(rows, '2014', existing)).toEqual([{ year: 2015, grantOre: 25000000 }, { year: 2016, grantOre: 100000 }]);
    rows[0]!.amount = '';
    expect(grantsToSave(rows, '2014', existing)).toBeNull();
  });
});
