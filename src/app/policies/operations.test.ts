import { describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/roles.js';
import { canReadMetrics } from './operations.js';

describe('canReadMetrics', () => {
  it('lets the central office that runs the service read metrics, and no committee user or reader', () => {
    const allowed = ROLES.filter((role) => canReadMetrics({ kind: 'user', id: 1, name: 'X', role, committeeId: role === 'reporter' || role === 'approver' ? 1 : null }));
    expect(allowed).toEqual(['controller', 'admin']);
    expect(canReadMetrics({ kind: 'operator', label: 'kommandoraden' })).toBe(true);
  });
});
