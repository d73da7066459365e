import { describe, expect, it } from 'vitest';
import { contentPath, fieldId, fieldIdCandidates, ids } from './field-ids.js';

describe('field ids from content paths', () => {
  it('turns a path into an id', () => {
    expect(fieldId('projects.1.entries.0.amountOre')).toBe('f-projects-1-entries-0-amountOre');
    expect(fieldId('accrualPeriod.from')).toBe('f-accrualPeriod-from');
  });

  it('gives the editor\'s fields the ids the check\'s paths lead to', () => {
    expect(ids.entryField(1, 0, 'amountOre')).toBe(fieldId('projects.1.entries.0.amountOre'));
    expect(ids.paragraph(2, 3)).toBe('f-projects-2-narrative-paragraphs-3');
    expect(ids.narrativeTitle(0)).toBe('f-projects-0-narrative-title');
    expect(ids.entries(4)).toBe('f-projects-4-entries');
    expect(ids.periodTo).toBe('f-accrualPeriod-to');
  });

  it('falls back from the most precise field to the enclosing parts', () => {
    expect(fieldIdCandidates('projects.1.entries.0.amountOre')).toEqual([
      'f-projects-1-entries-0-amountOre', 'f-projects-1-entries-0', 'f-projects-1-entries', 'f-projects-1', 'f-projects',
    ]);
    expect(fieldIdCandidates('projects.0.number')[0]).toBe('f-projects-0-number');
    expect(fieldIdCandidates('projects.0.number')).toContain('f-projects-0');
  });

  it('sends a finding about the whole period to its first date', () => {
    expect(fieldIdCandidates('accrualPeriod')[0]).toBe('f-accrualPeriod-from');
  });

  it('reads the save body\'s paths (sections.N) as content paths (projects.N)', () => {
    expect(contentPath('sections.2.entries.1.account')).toBe('projects.2.entries.1.account');
    expect(fieldIdCandidates('sections.2.entries.1.account')[0]).toBe('f-projects-2-entries-1-account');
    expect(contentPath('accrualPeriod.to')).toBe('accrualPeriod.to');
  });
});
