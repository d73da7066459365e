import { describe, expect, it } from 'vitest';
import { combineFieldChanges, groupHistory, historyKindOf, sameJsonValue, type FieldChangeFacts, type HistoryEventFacts } from './history.js';

const RUT = { actorId: 3, actorLabel: 'Rut Rapportör' };
const ARNE = { actorId: 4, actorLabel: 'Arne Attestant' };
const at = (time: string) => `2014-09-15T${time}:00.000Z`;
const save = (id: number, time: string, who: Pick<HistoryEventFacts, 'actorId' | 'actorLabel'> = RUT) => ({ id, action: 'report.saved', occurredAt: at(time), ...who });
const ids = (groups: readonly (readonly { id: number }[])[]) => groups.map((g) => g.map((e) => e.id));

describe('historyKindOf', () => {
  it('sorts every action into edits, workflow steps and comments', () => {
    const kinds = ['report.created', 'report.imported', 'report.saved', 'report.imported_file', 'report.restored',
      'report.submit', 'report.return', 'report.approve', 'report.reopen', 'report.commented', 'report.something_new'].map(historyKindOf);
    expect(kinds).toEqual(['edit', 'edit', 'edit', 'edit', 'edit', 'workflow', 'workflow', 'workflow', 'workflow', 'comment', 'workflow']);
  });
});

describe('groupHistory', () => {
  it('makes one entry of a person\'s autosaves while no pause is longer than 15 minutes, newest entry first', () => {
    const events = [
      { id: 1, action: 'report.created', occurredAt: at('08:00'), actorId: null, actorLabel: 'Conny Controller' },
      save(2, '10:00'), save(3, '10:01'), save(4, '10:14'), save(5, '10:29'),
      // 16 minutes after the save before: a new sitting.
      save(6, '10:45'), save(7, '10:46'),
    ];
    expect(ids(groupHistory(events))).toEqual([[6, 7], [2, 3, 4, 5], [1]]);
  });

  it('keeps saves apart when someone else saved between them, or anything else happened', () => {
    const events = [
      save(1, '10:00'), save(2, '10:01', ARNE), save(3, '10:02'),
      { id: 4, action: 'report.commented', occurredAt: at('10:03'), ...ARNE }, save(5, '10:04'), save(6, '10:05'),
      { id: 7, action: 'report.submit', occurredAt: at('10:06'), ...ARNE },
      { id: 8, action: 'report.restored', occurredAt: at('10:07'), ...RUT }, save(9, '10:08'),
    ];
    expect(ids(groupHistory(events))).toEqual([[9], [8], [7], [5, 6], [4], [3], [2], [1]]);
  });

  it('tells people apart by id and name, so the operator and a user never merge', () => {
    const operator = { actorId: null, actorLabel: 'kommandoraden' };
    expect(ids(groupHistory([save(1, '10:00', operator), save(2, '10:01', operator), save(3, '10:02')]))).toEqual([[3], [1, 2]]);
  });

  it('is empty for no events', () => {
    expect(groupHistory([])).toEqual([]);
  });
});

describe('combineFieldChanges', () => {
  it('gives each field its first value before and its last value after, in the order first changed', () => {
    const combined = combineFieldChanges([
      [{ path: 'projects.0.entries.0.amountOre', before: 100, after: 200 }, { path: 'accrualPeriod.to', before: '2014-08-31', after: '2014-08-30' }],
      [{ path: 'projects.0.narrative.title', before: 'Rubrik', after: 'Ny rubrik' }, { path: 'projects.0.entries.0.amountOre', before: 200, after: 300 }],
      [{ path: 'projects.0.entries.0.amountOre', before: 300, after: 350 }],
    ]);
    expect(combined).toEqual([
      { path: 'projects.0.entries.0.amountOre', before: 100, after: 350 },
      { path: 'accrualPeriod.to', before: '2014-08-31', after: '2014-08-30' },
      { path: 'projects.0.narrative.title', before: 'Rubrik', after: 'Ny rubrik' },
    ]);
  });

  it('drops a field changed back to its original value, rows and missing values included', () => {
    const row = { account: '3699', ikb: '1771', counterparty: '1704', amountOre: 500, text: 'Hyra' };
    const combined = combineFieldChanges<FieldChangeFacts>([
      [{ path: 'projects.0.narrative.title', before: 'Rubrik', after: 'Rubrk' }, { path: 'projects.0.entries.1', before: null, after: row }],
      [{ path: 'projects.0.narrative.title', before: 'Rubrk', after: 'Rubrik' }, { path: 'projects.0.indicators.0.outcome', before: null, after: '12.5' }],
      [{ path: 'projects.0.entries.1', before: { ...row }, after: null }, { path: 'projects.0.indicators.0.outcome', before: '12.5', after: undefined }],
    ]);
    expect(combined).toEqual([]);
  });
});

describe('sameJsonValue', () => {
  it('compares JSON values whatever the order of their keys, null and missing alike', () => {
    expect(sameJsonValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJsonValue(null, undefined)).toBe(true);
    expect(sameJsonValue(null, {})).toBe(false);
    expect(sameJsonValue('12', 12)).toBe(false);
    expect(sameJsonValue([1, 2], [2, 1])).toBe(false);
  });
});
