import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/roles.js';
import type { Actor } from '../context.js';
import { canChangeAccessOf, canManageUsers } from './user.js';

const user = (role: Role, id = 1): Actor => ({ kind: 'user', id, name: 'Test', role, committeeId: null });
const operator: Actor = { kind: 'operator', label: 'kommandoraden' };

describe('user policy', () => {
  it('lets only admins and the operator manage users', () => {
    expect(ROLES.filter((role) => canManageUsers(user(role)))).toEqual(['admin']);
    expect(canManageUsers(operator)).toBe(true);
  });
  it("lets an admin change others' access but not their own", () => {
    expect(canChangeAccessOf(user('admin', 1), 2)).toBe(true);
    expect(canChangeAccessOf(user('admin', 1), 1)).toBe(false);
    expect(canChangeAccessOf(operator, 1)).toBe(true);
  });
  it('lets no other role change anyone’s access, their own included', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect([role, canChangeAccessOf(user(role, 1), 2), canChangeAccessOf(user(role, 1), 1)]).toEqual([role, false, false]);
    }
  });
});
