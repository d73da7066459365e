import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { assertEditable, canTransition, isEditable, REPORT_STATES, transition, type ReportAction } from './workflow.js';
import { ROLES } from './roles.js';

const approver = { role: 'approver', ownCommittee: true } as const;
const controller = { role: 'controller', ownCommittee: false } as const;

const codeOf = (fn: () => unknown) => {
  try { fn(); } catch (e) { return e instanceof AppError ? e.code : 'other'; }
  return 'none';
};

describe('report workflow', () => {
  it('carries a report draft → submitted → returned → submitted → approved → reopened', () => {
    expect(transition('draft', 'submit', approver)).toEqual({ action: 'report.submit', from: 'draft', to: 'submitted' });
    expect(transition('submitted', 'return', controller, ' Belopp saknas ')).toEqual(
      { action: 'report.return', from: 'submitted', to: 'returned', reason: 'Belopp saknas' });
    expect(transition('returned', 'submit', approver).to).toBe('submitted');
    expect(transition('submitted', 'approve', controller).to).toBe('approved');
    expect(transition('approved', 'reopen', controller, 'Fel konto').to).toBe('reopened');
    expect(transition('reopened', 'submit', approver).to).toBe('submitted');
  });
  it('needs a reason to return or reopen', () => {
    expect(codeOf(() => transition('submitted', 'return', controller, '  '))).toBe('invalid_input');
    expect(codeOf(() => transition('approved', 'reopen', controller))).toBe('invalid_input');
  });
  it('refuses the wrong role, another committee, and the wrong state', () => {
    expect(codeOf(() => transition('draft', 'submit', { role: 'reporter', ownCommittee: true }))).toBe('forbidden');
    expect(codeOf(() => transition('draft', 'submit', { role: 'approver', ownCommittee: false }))).toBe('forbidden');
    expect(codeOf(() => transition('submitted', 'approve', approver))).toBe('forbidden');
    expect(codeOf(() => transition('draft', 'approve', controller))).toBe('invalid_transition');
    expect(codeOf(() => transition('approved', 'submit', approver))).toBe('invalid_transition');
  });
  it('agrees with canTransition for every state, action and role', () => {
    const actions: ReportAction[] = ['submit', 'return', 'approve', 'reopen'];
    for (const state of REPORT_STATES) for (const action of actions) for (const role of ROLES) {
      const actor = { role, ownCommittee: true };
      const allowed = codeOf(() => transition(state, action, actor, 'skäl')) === 'none';
      expect(canTransition(state, action, actor), `${state} ${action} ${role}`).toBe(allowed);
    }
  });
  it('keeps submitted and approved reports read-only', () => {
    expect(REPORT_STATES.filter(isEditable)).toEqual(['draft', 'returned', 'reopened']);
    expect(codeOf(() => assertEditable('returned'))).toBe('none');
    expect(codeOf(() => assertEditable('submitted'))).toBe('invalid_transition');
    expect(() => assertEditable('approved')).toThrow('Rapporten är godkänd och kan inte ändras.');
  });
});
