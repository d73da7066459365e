import { describe, expect, it } from 'vitest';
import type { Actor } from '../context.js';
import { assertManagesOrganisationName, canManageOrganisationName } from './organisation-name.js';

const user = (role: 'reporter' | 'approver' | 'controller' | 'admin' | 'reader'): Actor => ({ kind: 'user', id: 1, name: 'N', role, committeeId: null });

describe('the organisation name policy', () => {
  it('lets the admin and the operator change it, and nobody else', () => {
    expect(canManageOrganisationName(user('admin'))).toBe(true);
    expect(canManageOrganisationName({ kind: 'operator', label: 'kommandoraden' })).toBe(true);
    for (const role of ['reporter', 'approver', 'controller', 'reader'] as const) {
      expect(canManageOrganisationName(user(role))).toBe(false);
      expect(() => assertManagesOrganisationName(user(role))).toThrow('Bara en administratör får ändra organisationens namn.');
    }
  });
});
