import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/roles.js';
import type { Actor } from '../context.js';
import { canManageSetup, canReadProject, canReadSetup, projectListScope } from './setup.js';

const user = (role: Role, committeeId: number | null = 7): Actor => ({ kind: 'user', id: 1, name: 'Test', role, committeeId });
const operator: Actor = { kind: 'operator', label: 'cli' };

describe('set-up policy', () => {
  it('lets only controllers, admins and the operator change the set-up', () => {
    expect(ROLES.filter((role) => canManageSetup(user(role)))).toEqual(['controller', 'admin']);
    expect(canManageSetup(operator)).toBe(true);
  });
  it('lets everyone read committees and programmes', () => {
    expect(ROLES.every((role) => canReadSetup(user(role)))).toBe(true);
  });
  it("shows committee users their own committee's projects only", () => {
    for (const role of ['reporter', 'approver'] as const) {
      expect(projectListScope(user(role, 7))).toEqual({ committeeId: 7 });
      expect(projectListScope(user(role, null))).toBe('none');
      expect(canReadProject(user(role, 7), { committeeId: 7 })).toBe(true);
      expect(canReadProject(user(role, 7), { committeeId: 8 })).toBe(false);
      expect(canReadProject(user(role, null), { committeeId: 8 })).toBe(false);
    }
  });
  it('shows central roles and the operator every project', () => {
    for (const actor of [user('controller', null), user('admin', null), user('reader', null), operator]) {
      expect(projectListScope(actor)).toEqual({});
      expect(canReadProject(actor, { committeeId: 8 })).toBe(true);
    }
  });
});
