import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../domain/roles.js';
import { REPORT_STATES, type ReportState } from '../../domain/workflow.js';
import type { Actor } from '../context.js';
import {
  canImportReports, canReadReport, mayEditContent, mayImportFile, maySeeAuditIps, mayViewHistory, reportAbilities, reportListScope,
  type ReportAbilities, type ReportFactsInRound,
} from './report.js';

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

  // The abilities by role and state for a report of committee 7, as the UI shows them.
  const abilitiesIn = (actor: Actor, committeeId = 7, round: ReportFactsInRound['round'] = null) =>
    Object.fromEntries(REPORT_STATES.map((state) => [state, on(reportAbilities(actor, { committeeId, state, round }))]));
  const on = (a: ReportAbilities) => Object.entries(a).filter(([, allowed]) => allowed).map(([name]) => name).join(' ');

  it('lets the committee edit and import in editable states only, and comment in every state; its approver alone submits', () => {
    expect(abilitiesIn(user('reporter'))).toEqual({
      draft: 'edit importFile viewHistory comment', submitted: 'viewHistory comment', returned: 'edit importFile viewHistory comment',
      approved: 'viewHistory comment', reopened: 'edit importFile viewHistory comment',
    });
    expect(abilitiesIn(user('approver'))).toEqual({
      draft: 'edit submit importFile viewHistory comment', submitted: 'viewHistory comment', returned: 'edit submit importFile viewHistory comment',
      approved: 'viewHistory comment', reopened: 'edit submit importFile viewHistory comment',
    });
  });

  it('gives another committee nothing at all', () => {
    for (const role of ['reporter', 'approver'] as const) {
      expect(Object.values(abilitiesIn(user(role, 8)))).toEqual(['', '', '', '', '']);
    }
  });

  it('lets the controller review, import and comment, never edit', () => {
    expect(abilitiesIn(user('controller', null))).toEqual({
      draft: 'importFile viewHistory comment', submitted: 'return approve viewHistory comment', returned: 'importFile viewHistory comment',
      approved: 'reopen viewHistory comment', reopened: 'importFile viewHistory comment',
    });
  });

  it('lets admins read history only, and readers read approved reports without history', () => {
    expect(Object.values(abilitiesIn(user('admin', null)))).toEqual(Array(5).fill('viewHistory'));
    expect(Object.values(abilitiesIn(user('reader', null)))).toEqual(Array(5).fill(''));
    expect(mayViewHistory(user('reader', null), { committeeId: 7, state: 'approved' })).toBe(false);
  });

  it('separates what a role may never do from what the state forbids', () => {
    const draft: { committeeId: number; state: ReportState } = { committeeId: 7, state: 'draft' };
    expect(ROLES.filter((role) => mayEditContent(user(role), { ...draft, state: 'approved' }))).toEqual(['reporter', 'approver']);
    expect(ROLES.filter((role) => mayImportFile(user(role), draft))).toEqual(['reporter', 'approver', 'controller']);
    expect(mayImportFile(user('reporter', 8), draft)).toBe(false);
    expect(ROLES.filter((role) => maySeeAuditIps(user(role)))).toEqual(['controller', 'admin']);
  });

  it('keeps the operator out of the workflow', () => {
    expect(on(reportAbilities({ kind: 'operator', label: 'cli' }, { committeeId: 7, state: 'submitted', round: null }))).toBe('viewHistory');
  });

  it('gives the same abilities in an open round as outside any round', () => {
    for (const actor of [user('reporter'), user('approver'), user('controller', null), user('admin', null)]) {
      expect(abilitiesIn(actor, 7, { state: 'open' })).toEqual(abilitiesIn(actor));
    }
  });

  it('freezes the reports of a closed round: no edit, import, submit, return or reopen; approval, history and the conversation stay', () => {
    const closed = { state: 'closed' } as const;
    expect(abilitiesIn(user('reporter'), 7, closed)).toEqual({
      draft: 'viewHistory comment', submitted: 'viewHistory comment', returned: 'viewHistory comment', approved: 'viewHistory comment', reopened: 'viewHistory comment',
    });
    expect(abilitiesIn(user('approver'), 7, closed)).toEqual(abilitiesIn(user('reporter'), 7, closed));
    expect(abilitiesIn(user('controller', null), 7, closed)).toEqual({
      draft: 'viewHistory comment', submitted: 'approve viewHistory comment', returned: 'viewHistory comment', approved: 'viewHistory comment', reopened: 'viewHistory comment',
    });
    expect(Object.values(abilitiesIn(user('reader', null), 7, closed))).toEqual(Array(5).fill(''));
  });
});
