import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/roles.js';
import { REPORT_STATES } from '../../domain/workflow.js';
import type { Actor } from '../context.js';
import { canImportReports, canReadReport, reportListScope } from './report.js';

const user = (role: Role, committeeId: number | null = 7): Actor => ({ kind: 'user', id: 1, name: 'Test', role, committeeId });

describe('report policy', () => {
  it('lets committee users read only their own committee, in every state', () => {
    for (const role of ['reporter', 'approver'] as const) for (const state of REPORT_STATES) {
      expect(canReadReport(user(role, 7), { committeeId: 7, state })).toBe(true);
      expect(canReadReport(user(role, 7), { committeeId: 8, state })).toBe(false);
      expect(canReadReport(user(role, null), { committeeId: 8, state })).toBe(false);
    }
  });
  it('lets readers read approved reports only', () => {
    expect(REPORT_STATES.filter((state) => canReadReport(user('reader', null), { committeeId: 8, state }))).toEqual(['approved']);
  });
  it('lets controllers, admins and the operator read everything', () => {
    for (const actor of [user('controller', null), user('admin', null), { kind: 'operator', label: 'cli' } as const]) {
      expect(REPORT_STATES.every((state) => canReadReport(actor, { committeeId: 8, state }))).toBe(true);
    }
  });
  it('scopes lists the same way', () => {
    expect(reportListScope(user('reporter', 7))).toEqual({ committeeId: 7 });
    expect(reportListScope(user('approver', null))).toBe('none');
    expect(reportListScope(user('reader'))).toEqual({ state: 'approved' });
    expect(reportListScope(user('controller'))).toEqual({});
  });
  it('lets only controllers, admins and the operator import', () => {
    expect(ROLES.filter((role) => canImportReports(user(role)))).toEqual(['controller', 'admin']);
    expect(canImportReports({ kind: 'operator', label: 'cli' })).toBe(true);
  });
});
