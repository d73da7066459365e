import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/roles.js';
import type { Actor } from '../context.js';
import { canManageRounds, canReadRounds, canRemindCommittees, canViewRoundOverview } from './round.js';

const user = (role: Role): Actor => ({ kind: 'user', id: 1, name: 'Test', role, committeeId: role === 'reporter' || role === 'approver' ? 7 : null });
const operator: Actor = { kind: 'operator', label: 'cli' };

describe('round policy', () => {
  it('lets everyone see the rounds', () => {
    expect(ROLES.filter((role) => canReadRounds(user(role)))).toEqual([...ROLES]);
  });
  it('lets only controllers, admins and the operator create, open and close rounds', () => {
    expect(ROLES.filter((role) => canManageRounds(user(role)))).toEqual(['controller', 'admin']);
    expect(canManageRounds(operator)).toBe(true);
  });
  it('shows the overview to controllers, admins and the operator only', () => {
    expect(ROLES.filter((role) => canViewRoundOverview(user(role)))).toEqual(['controller', 'admin']);
    expect(canViewRoundOverview(operator)).toBe(true);
  });
  it('lets controllers, admins and the operator remind committees, no committee user or reader', () => {
    expect(ROLES.filter((role) => canRemindCommittees(user(role)))).toEqual(['controller', 'admin']);
    expect(canRemindCommittees(operator)).toBe(true);
  });
});
