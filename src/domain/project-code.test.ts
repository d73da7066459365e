import { describe, expect, it } from 'vitest';
import { defaultProjectCode, projectCodeSchema } from './project-code.js';

describe('project codes', () => {
  it('default to the committee counterparty and the project number in two digits', () => {
    expect(defaultProjectCode('1708', 2)).toBe('1708-02');
    expect(defaultProjectCode('1704', 12)).toBe('1704-12');
    expect(defaultProjectCode('1704', 123)).toBe('1704-123');
  });
  it('refuse what a ledger object id cannot be', () => {
    expect(projectCodeSchema.safeParse('1708-02').success).toBe(true);
    expect(projectCodeSchema.safeParse(' P.2014_7 ').data).toBe('P.2014_7');
    expect(projectCodeSchema.safeParse('').error?.issues[0]?.message).toBe('Projektkoden får inte vara tom.');
    expect(projectCodeSchema.safeParse('17 08').error?.issues[0]?.message).toBe('Projektkoden får bara innehålla bokstäver a–z, siffror, ”-”, ”_” och ”.”.');
    expect(projectCodeSchema.safeParse('"1708"').success).toBe(false);
  });
});
