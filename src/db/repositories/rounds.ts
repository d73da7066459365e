import type { Selectable } from 'kysely';
import { AppError } from '../../domain/errors.js';
import { ROUND_KIND_NAMES } from '../../domain/period.js';
import { notFound, uniquely } from '../errors.js';
import type { RoundKind, RoundState, RoundsTable } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A reporting round: one of a year's tertials or the annual report. */
export interface Round {
  id: number;
  year: number;
  kind: RoundKind;
  periodFrom: string;
  periodTo: string;
  deadline: string;
  state: RoundState;
}

function toRound(row: Selectable<RoundsTable>): Round {
  return {
    id: row.id,
    year: row.year,
    kind: row.kind,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    deadline: row.deadline,
    state: row.state,
  };
}

/** Creates a round (planned unless told otherwise); one round per year and kind. */
export async function create(db: Executor, input: Omit<Round, 'id' | 'state'> & { state?: RoundState }): Promise<Round> {
  const row = await uniquely(
    db
      .insertInto('rounds')
      .values({
        year: input.year,
        kind: input.kind,
        period_from: input.periodFrom,
        period_to: input.periodTo,
        deadline: input.deadline,
        state: input.state ?? 'planned',
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
    `Omgången ${ROUND_KIND_NAMES[input.kind]} ${input.year} finns redan.`,
    { field: 'kind' },
  );
  return toRound(row);
}

/** The round with this id; not_found otherwise. */
export async function getById(db: Executor, id: number): Promise<Round> {
  const row = await db.selectFrom('rounds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Omgången', id);
  return toRound(row);
}

/** The round of this year and kind, or undefined. */
export async function findByYearKind(db: Executor, year: number, kind: RoundKind): Promise<Round | undefined> {
  const row = await db.selectFrom('rounds').selectAll().where('year', '=', year).where('kind', '=', kind).executeTakeFirst();
  return row && toRound(row);
}

/** All rounds, newest year first, T1 → T2 → VB within a year. */
export async function list(db: Executor): Promise<Round[]> {
  // 'T1' < 'T2' < 'VB' as text, which is also their order in the year.
  const rows = await db.selectFrom('rounds').selectAll().orderBy('year', 'desc').orderBy('kind').execute();
  return rows.map(toRound);
}

/**
 * Moves a round from one state to another. `from` is checked in the same statement, so two
 * controllers opening and closing at once cannot both win; the caller decides which moves are allowed.
 */
export async function setState(db: Executor, id: number, from: RoundState, to: RoundState): Promise<Round> {
  const row = await db
    .updateTable('rounds')
    .set({ state: to })
    .where('id', '=', id)
    .where('state', '=', from)
    .returningAll()
    .executeTakeFirst();
  if (row) return toRound(row);
  const current = await getById(db, id);
  throw new AppError('conflict', `Omgången ${ROUND_KIND_NAMES[current.kind]} ${current.year} är inte längre ${stateWord[from]}.`, {
    state: current.state,
  });
}

const stateWord: Record<RoundState, string> = { planned: 'planerad', open: 'öppen', closed: 'stängd' };

/** Opens a planned round for reporting. */
export function open(db: Executor, id: number): Promise<Round> {
  return setState(db, id, 'planned', 'open');
}

/** Closes an open round. */
export function close(db: Executor, id: number): Promise<Round> {
  return setState(db, id, 'open', 'closed');
}
