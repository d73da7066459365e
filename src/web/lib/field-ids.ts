// Every editor field has an id derived from its path in the report content, so that a finding of
// the check (`projects.1.entries.0.amountOre`) or a save error (`sections.1.…`) leads to its field.

/** The element id of the field at a content path: `projects.1.entries.0.amountOre` → `f-projects-1-entries-0-amountOre`. */
export function fieldId(path: string): string {
  return 'f-' + path.split('.').filter((part) => part !== '').join('-');
}

/** A body path of PUT /api/reports/:id (`sections.N…`) as a content path (`projects.N…`): same order. */
export function contentPath(path: string): string {
  return path.replace(/^sections\./, 'projects.');
}

/**
 * The ids to try for a path, most precise first: the field itself, then each enclosing part
 * (`projects.1.entries` → the section's entries table, `projects.1` → the section's heading).
 */
export function fieldIdCandidates(path: string): string[] {
  const parts = contentPath(path).split('.').filter((part) => part !== '');
  const ids: string[] = [];
  for (let n = parts.length; n > 0; n--) ids.push(fieldId(parts.slice(0, n).join('.')));
  // A finding about the period as a whole belongs to its first date.
  if (parts.length === 1 && parts[0] === 'accrualPeriod') ids.unshift(fieldId('accrualPeriod.from'));
  return ids;
}

/** Element ids the editor gives its fields: one place, so pages and tests agree. */
export const ids = {
  periodFrom: fieldId('accrualPeriod.from'),
  periodTo: fieldId('accrualPeriod.to'),
  section: (s: number) => fieldId(`projects.${s}`),
  entries: (s: number) => fieldId(`projects.${s}.entries`),
  entryField: (s: number, e: number, field: 'account' | 'ikb' | 'counterparty' | 'amountOre' | 'text') =>
    fieldId(`projects.${s}.entries.${e}.${field}`),
  indicators: (s: number) => fieldId(`projects.${s}.indicators`),
  indicatorField: (s: number, i: number, field: 'outcome' | 'comment') => fieldId(`projects.${s}.indicators.${i}.${field}`),
  narrative: (s: number) => fieldId(`projects.${s}.narrative`),
  narrativeTitle: (s: number) => fieldId(`projects.${s}.narrative.title`),
  paragraph: (s: number, p: number) => fieldId(`projects.${s}.narrative.paragraphs.${p}`),
};
