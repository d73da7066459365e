import { useMemo, useState } from 'react';

/** What a column sorts by: text (in Swedish order, numbers in it by value), a number, or nothing. */
export type SortKey<T> = ((row: T) => string | number | null | undefined) | null;

/** The column sorted by and which way, as aria-sort names it. */
export interface SortState {
  column: number;
  direction: 'ascending' | 'descending';
}

/** A table's rows in the order chosen, the choice, and how to change it (for DataTable). */
export interface Sorting<T> {
  rows: T[];
  state: SortState | null;
  sortable: (column: number) => boolean;
  toggle: (column: number) => void;
}

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

/** Compares two values of a column: empty last whichever way, numbers as numbers, text as Swedish. */
export function compareValues(a: string | number | null | undefined, b: string | number | null | undefined): number {
  const emptyA = a === null || a === undefined || a === '';
  const emptyB = b === null || b === undefined || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The rows sorted by one column; equal rows keep their order (the server's). Empty values go last. */
export function sortRows<T>(rows: readonly T[], keys: readonly SortKey<T>[], state: SortState | null): T[] {
  const key = state === null ? null : keys[state.column];
  if (key === null || key === undefined || state === null) return [...rows];
  const sign = state.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: key(row) }))
    .sort((x, y) => {
      const emptyX = x.value === null || x.value === undefined || x.value === '';
      const emptyY = y.value === null || y.value === undefined || y.value === '';
      if (emptyX !== emptyY) return emptyX ? 1 : -1;
      return sign * compareValues(x.value, y.value) || x.index - y.index;
    })
    .map((x) => x.row);
}

/** Sorting for a list page: click a heading to sort by it, again to turn the order around. */
export function useSorting<T>(rows: readonly T[], keys: readonly SortKey<T>[], initial: SortState | null = null): Sorting<T> {
  const [state, setState] = useState<SortState | null>(initial);
  const sorted = useMemo(() => sortRows(rows, keys, state), [rows, keys, state]);
  return {
    rows: sorted,
    state,
    sortable: (column) => typeof keys[column] === 'function',
    toggle: (column) => setState((now) => (now?.column === column
      ? { column, direction: now.direction === 'ascending' ? 'descending' : 'ascending' }
      : { column, direction: 'ascending' })),
  };
}
