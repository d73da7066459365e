import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';
import type { Sorting } from '../lib/sorting.js';
import type { Loaded } from '../lib/use-load.js';
import { ErrorAlert, Loading, TableWrap } from './Messages.js';

/** A column heading; `actions` is the unlabelled column of row buttons, named for screen readers. */
export type Column = { label: string; className?: string } | 'actions';

/**
 * A list page's table: scrollable on a narrow screen, with a caption for screen readers and
 * column headings; the rows are the caller's (the first cell of each is its row heading).
 */
export function DataTable({ label, caption, className = 'table', columns, sorting, children }: {
  label: string;
  caption?: string;
  className?: string;
  columns: readonly Column[];
  /** Headings that sort the rows (the caller renders `sorting.rows`). */
  sorting?: Pick<Sorting<unknown>, 'state' | 'sortable' | 'toggle'>;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const heading = (column: { label: string; className?: string }, i: number) => {
    if (!sorting?.sortable(i)) return <th key={i} scope="col" className={column.className}>{column.label}</th>;
    const direction = sorting.state?.column === i ? sorting.state.direction : undefined;
    return (
      <th key={i} scope="col" className={column.className} aria-sort={direction ?? 'none'}>
        <button type="button" className="sort-button" onClick={() => sorting.toggle(i)}>
          {column.label}
          <span className="sort-button__mark" aria-hidden="true">{direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
          <span className="visually-hidden"> {t(direction === 'ascending' ? 'table.sortDescending' : 'table.sortAscending')}</span>
        </button>
      </th>
    );
  };
  return (
    <TableWrap label={label}>
      <table className={className}>
        <caption className="visually-hidden">{caption ?? label}{sorting ? ` ${t('table.sortHint')}` : ''}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => column === 'actions'
              ? <th key={i} scope="col"><span className="visually-hidden">{t('common.actions')}</span></th>
              : heading(column, i))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableWrap>
  );
}

/** What a list page shows before its table: why it failed, that it loads, or that there is nothing. */
export function LoadState({ load, isEmpty, empty }: {
  load: Pick<Loaded<unknown>, 'data' | 'error' | 'loading'>;
  isEmpty: boolean;
  empty?: ReactNode;
}) {
  return (
    <>
      {load.error ? <ErrorAlert>{load.error.message}</ErrorAlert> : null}
      {load.loading && !load.data ? <Loading /> : null}
      {empty !== undefined && load.data && isEmpty ? <p>{empty}</p> : null}
    </>
  );
}

/** A row's edit button, whose accessible name says which row: "Ändra Lärandecenter". */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button--small" onClick={onClick}>
      {t('common.edit')}<span className="visually-hidden"> {name}</span>
    </button>
  );
}
