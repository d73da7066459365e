import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import {
  assertEditable, assertRoundAllows, canTransition, isEditable, readableReportStates, REPORT_STATES, roundAllows, transition, type ReportAction, type ReportRound,
} from './workflow.js';
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

  describe('in a closed round', () => {
    const closed: ReportRound = { year: 2014, kind: 'T2', state: 'closed' };
    const open: ReportRound = { ...closed, state: 'open' };
    const messageOf = (fn: () => unknown) => {
      try { fn(); } catch (e) { return e instanceof Error ? e.message : String(e); }
      return 'none';
    };

    it('lets nothing but approval through; an open round or none at all lets everything through', () => {
      const changes = ['edit', 'submit', 'return', 'approve', 'reopen'] as const;
      expect(changes.filter((c) => roundAllows(closed, c))).toEqual(['approve']);
      expect(changes.every((c) => roundAllows(open, c) && roundAllows({ ...closed, state: 'planned' }, c) && roundAllows(null, c))).toBe(true);
    });
    it('refuses a change with the round named, and tells the committee whom to ask', () => {
      expect(messageOf(() => assertRoundAllows(closed, 'edit', 'reporter'))).toBe(
        'Omgången Tertialrapport 2 2014 är stängd; redovisningen kan inte ändras. Be stadsledningskontoret öppna omgången igen.');
      expect(messageOf(() => assertRoundAllows({ ...closed, kind: 'VB' }, 'edit', 'controller'))).toBe(
        'Omgången Verksamhetsberättelse 2014 är stängd; redovisningen kan inte ändras. Öppna omgången igen först.');
      expect(codeOf(() => assertRoundAllows(closed, 'edit', null))).toBe('invalid_transition');
      expect(codeOf(() => assertRoundAllows(open, 'edit', 'reporter'))).toBe('none');
      expect(codeOf(() => assertRoundAllows(null, 'edit', 'reporter'))).toBe('none');
    });
    it('refuses submitting, returning and reopening, but approves what was submitted', () => {
      expect(messageOf(() => transition('draft', 'submit', approver, undefined, closed))).toBe(
        'Omgången Tertialrapport 2 2014 är stängd; redovisningen kan inte skickas in. Be stadsledningskontoret öppna omgången igen.');
      expect(messageOf(() => transition('submitted', 'return', controller, 'Fel', closed))).toBe(
        'Omgången Tertialrapport 2 2014 är stängd; redovisningen kan inte återsändas. Öppna omgången igen först.');
      expect(codeOf(() => transition('approved', 'reopen', controller, 'Fel', closed))).toBe('invalid_transition');
      expect(transition('submitted', 'approve', controller, undefined, closed).to).toBe('approved');
      expect(transition('draft', 'submit', approver, undefined, open).to).toBe('submitted');
    });
    it('keeps the order of refusals: role, the report\'s state, the closed round, the reason', () => {
      expect(codeOf(() => transition('submitted', 'return', approver, '', closed))).toBe('forbidden');
      expect(messageOf(() => transition('draft', 'return', controller, '', closed))).toBe('En rapport som är utkast kan inte återsändas.');
      expect(codeOf(() => transition('submitted', 'return', controller, '', closed))).toBe('invalid_transition');
    });
    it('agrees with canTransition for every state, action and role', () => {
      const actions: ReportAction[] = ['submit', 'return', 'approve', 'reopen'];
      for (const state of REPORT_STATES) for (const action of actions) for (const role of ROLES) {
        const actor = { role, ownCommittee: true };
        const allowed = codeOf(() => transition(state, action, actor, 'skäl', closed)) === 'none';
        expect(canTransition(state, action, actor, closed), `${state} ${action} ${role}`).toBe(allowed);
      }
    });
  });
});

describe('the states a role may read', () => {
  it('gives a reader approved reports only (public records), and every other role every state', () => {
    expect(ROLES.map((role) => [role, readableReportStates(role)])).toEqual([
      ['reporter', REPORT_STATES], ['approver', REPORT_STATES], ['controller', REPORT_STATES], ['admin', REPORT_STATES], ['reader', ['approved']],
    ]);
  });
});
