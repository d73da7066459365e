import { describe, expect, it } from 'vitest';
import type { GlobalAbilities } from '../api/types.js';
import { navFor } from './nav.js';

const NONE: GlobalAbilities = {
  readReports: true, manageSetup: false, viewRoundOverview: false, reviewReports: false, manageUsers: false,
  exportLedger: false, reconcile: false, readReconciliation: false, readCityReport: false, readOutbox: false,
};
const links = (changes: Partial<GlobalAbilities>) => navFor({ ...NONE, ...changes }).map((item) => item.to);

describe('the main menu', () => {
  it('gives a reader and a committee user the reports, the overview, rounds and finance, and no API page', () => {
    expect(links({})).toEqual(['/', '/oversikt', '/omgangar', '/ekonomi']);
    expect(links({ readReconciliation: true })).toEqual(['/', '/oversikt', '/omgangar', '/ekonomi']);
  });

  it('gives the central roles the set-up or the users, and the API page', () => {
    expect(links({ manageSetup: true, viewRoundOverview: true, reviewReports: true })).toEqual([
      '/', '/oversikt', '/omgangar', '/ekonomi', '/installningar/namnder', '/installningar/program', '/installningar/projekt', '/api-dokumentation',
    ]);
    expect(links({ manageSetup: true, manageUsers: true })).toContain('/api-dokumentation');
    expect(links({ manageUsers: true })).toEqual(['/', '/oversikt', '/omgangar', '/ekonomi', '/anvandare', '/api-dokumentation']);
  });
});
