import { describe, expect, it } from 'vitest';
import type { Actor } from '../context.js';
import {
  canExportLedger, canReadCityReport, canReadReconciliation, canReconcile, canSignOffForCommittee, reconciliationScope,
} from './finance.js';

const user = (role: Extract<Actor, { kind: 'user' }>['role'], committeeId: number | null = null): Actor =>
  ({ kind: 'user', id: 1, name: 'N', role, committeeId });
const operator: Actor = { kind: 'operator', label: 'kommandoraden' };

describe('finance policy', () => {
  it('lets only the controller and the operator book and reconcile', () => {
    const who = [operator, user('controller'), user('admin'), user('reader'), user('approver', 4), user('reporter', 4)];
    expect(who.map(canExportLedger)).toEqual([true, true, false, false, false, false]);
    expect(who.map(canReconcile)).toEqual([true, true, false, false, false, false]);
  });
  it('shows a reconciliation to the central office whole and to a committee only its own lines', () => {
    expect([operator, user('controller'), user('admin'), user('reader'), user('approver', 4), user('reporter', 4)].map(canReadReconciliation))
      .toEqual([true, true, true, false, true, true]);
    expect(reconciliationScope(user('controller'))).toBeNull();
    expect(reconciliationScope(user('reporter', 4))).toBe(4);
  });
  it('lets a committee sign off only through its own approver', () => {
    expect(canSignOffForCommittee(user('approver', 4), 4)).toBe(true);
    expect(canSignOffForCommittee(user('approver', 5), 4)).toBe(false);
    expect(canSignOffForCommittee(user('reporter', 4), 4)).toBe(false);
    expect(canSignOffForCommittee(user('controller'), 4)).toBe(false);
  });
  it('gives the city-wide report to those who read every approved report, not to one committee', () => {
    expect([operator, user('controller'), user('admin'), user('reader'), user('approver', 4), user('reporter', 4)].map(canReadCityReport))
      .toEqual([true, true, true, true, false, false]);
  });
});
