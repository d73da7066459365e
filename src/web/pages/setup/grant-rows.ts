// The grant rows of the project form: a new project's first row takes its year from the start
// year field until the user types another; an existing project's years are fixed, their amounts
// editable, and new years can be added. One save sends the project and the grants that changed.
import { formatKronor, parseKronor } from '../../../domain/money.js';

/** One grant row as typed. `followsStart`: the year is the start year's, whatever that field says. */
export interface GrantRow {
  year: string;
  amount: string;
  /** A year the project already has a grant for: its year cannot change, nor the row go. */
  fixed: boolean;
  followsStart: boolean;
}

/** The rows a form starts with: a new project's one row following the start year, or a project's grants. */
export function initialGrantRows(grants?: readonly { year: number; grantOre: number }[]): GrantRow[] {
  if (!grants) return [{ year: '', amount: '', fixed: false, followsStart: true }];
  return [...grants].sort((a, b) => a.year - b.year)
    .map((g) => ({ year: String(g.year), amount: formatKronor(g.grantOre, { plainSpaces: true }), fixed: true, followsStart: false }));
}

/** The year a row shows and saves. */
export function rowYear(row: GrantRow, startYear: string): string {
  return row.followsStart ? startYear : row.year;
}

/**
 * The grants to save: every row with an amount (a new row without one is left out), and of the
 * years the project has, only those whose amount changed. Null when a row cannot be read.
 */
export function grantsToSave(
  rows: readonly GrantRow[], startYear: string, existing: readonly { year: number; grantOre: number }[] = [],
): { year: number; grantOre: number }[] | null {
  const saved = new Map(existing.map((g) => [g.year, g.grantOre]));
  const out: { year: number; grantOre: number }[] = [];
  for (const row of rows) {
    if (!row.fixed && row.amount.trim() === '') continue;
    const year = rowYear(row, startYear).trim();
    const amount = parseKronor(row.amount);
    if (!/^\d{4}$/.test(year) || !amount.ok) return null;
    if (saved.get(Number(year)) !== amount.value) out.push({ year: Number(year), grantOre: amount.value });
  }
  return out;
}
