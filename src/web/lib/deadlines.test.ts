import { describe, expect, it } from 'vitest';
import type { ReportSummary, Round } from '../api/types.js';
import { deadlineNotices, whatIsLeft } from './deadlines.js';

const round = (id: number, kind: Round['kind'], state: Round['state'], deadline: string): Round => ({
  id, code: `2014-${kind}`, year: 2014, kind, kindName: kind, periodFrom: '2014-01-01', periodTo: '2014-12-31', deadline, state,
});
const report = (id: number, roundId: number, state: ReportSummary['state']): ReportSummary => ({
  id, committeeId: 1, committee: 'Hässelby-Vällingby stadsdelsnämnd', roundId, round: null, title: 'Redovisning', state, stateName: state,
  version: 1, accrualPeriod: { from: '2014-01-01', to: '2014-12-31' }, projectCount: 1, totalOre: 0, updatedAt: '2014-09-01T10:00:00.000Z',
});

describe('deadline notices on the start page', () => {
  const rounds = [round(1, 'T2', 'open', '2014-09-15'), round(2, 'VB', 'open', '2015-01-31'), round(3, 'T1', 'closed', '2014-05-15')];
  it('names each open round whose report is not handed in, earliest deadline first, late once the day has passed', () => {
    expect(deadlineNotices(rounds, [report(10, 1, 'returned')], '2014-09-16')).toEqual([
      { round: rounds[0], reportId: 10, status: 'returned', late: true },
      { round: rounds[1], reportId: null, status: 'not_started', late: false },
    ]);
    // The deadline day itself is not late.
    expect(deadlineNotices(rounds, [report(10, 1, 'draft')], '2014-09-15')[0]?.late).toBe(false);
  });
  it('says nothing of a report handed in, or of a round that is not open', () => {
    expect(deadlineNotices(rounds, [report(10, 1, 'submitted'), report(11, 2, 'approved')], '2014-09-01')).toEqual([]);
  });
  it('says what is left: a reporter readies the report, the approver sends it in', () => {
    expect(whatIsLeft('draft', 'reporter')).toBe('reports.todo.draftReporter');
    expect(whatIsLeft('draft', 'approver')).toBe('reports.todo.draftApprover');
    expect(whatIsLeft('returned', 'reporter')).toBe('reports.todo.returnedReporter');
    expect(whatIsLeft('reopened', 'approver')).toBe('reports.todo.reopenedApprover');
    expect(whatIsLeft('not_started', 'approver')).toBe('reports.todo.notStarted');
  });
});
