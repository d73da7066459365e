import { describe, expect, it } from 'vitest';
import type { Actor } from '../context.js';
import { canManagePublicSite } from './public-site.js';

const user = (role: 'reporter' | 'approver' | 'controller' | 'admin' | 'reader'): Actor => ({ kind: 'user', id: 1, name: 'N', role, committeeId: null });

describe('the public site policy', () => {
  it('lets the admin and the operator switch it, and nobody else', () => {
    expect(canManagePublicSite(user('admin'))).toBe(true);
    expect(canManagePublicSite({ kind: 'operator', label: 'kommandoraden' })).toBe(true);
    for (const role of ['reporter', 'approver', 'controller', 'reader'] as const) expect(canManagePublicSite(user(role))).toBe(false);
  });
});
