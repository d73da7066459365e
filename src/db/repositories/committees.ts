import type { Selectable } from 'kysely';
import { notFound, uniquely } from '../errors.js';
import { bySwedishName } from '../order.js';
import type { CommitteesTable } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A committee (nämnd): the unit that reports. */
export interface Committee {
  id: number;
  name: string;
  counterpartyNumber: string;
  active: boolean;
}

function toCommittee(row: Selectable<CommitteesTable>): Committee {
  return { id: row.id, name: row.name, counterpartyNumber: row.counterparty_number, active: row.active === 1 };
}

/** Creates a committee; a name already in use is a conflict. */
export async function create(db: Executor, input: { name: string; counterpartyNumber: string; active?: boolean }): Promise<Committee> {
  const row = await uniquely(
    db
      .insertInto('committees')
      .values({ name: input.name, counterparty_number: input.counterpartyNumber, active: input.active === false ? 0 : 1 })
      .returningAll()
      .executeTakeFirstOrThrow(),
    `Det finns redan en nämnd som heter ”${input.name}”.`,
    { field: 'name' },
  );
  return toCommittee(row);
}

/** The committee with exactly this name, or undefined. */
export async function findByName(db: Executor, name: string): Promise<Committee | undefined> {
  const row = await db.selectFrom('committees').selectAll().where('name', '=', name).executeTakeFirst();
  return row && toCommittee(row);
}

/** The committee with this id; not_found otherwise. */
export async function getById(db: Executor, id: number): Promise<Committee> {
  const row = await db.selectFrom('committees').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Nämnden', id);
  return toCommittee(row);
}

/** All committees by name, in Swedish order. */
export async function list(db: Executor): Promise<Committee[]> {
  const rows = await db.selectFrom('committees').selectAll().execute();
  return bySwedishName(rows.map(toCommittee));
}

/** The changes a committee accepts; absent fields stay as they are. */
export type CommitteeChanges = Partial<Omit<Committee, 'id'>>;

/** Changes a committee; a name already in use is a conflict, a missing committee not_found. */
export async function update(db: Executor, id: number, changes: CommitteeChanges): Promise<Committee> {
  const values = {
    ...(changes.name === undefined ? {} : { name: changes.name }),
    ...(changes.counterpartyNumber === undefined ? {} : { counterparty_number: changes.counterpartyNumber }),
    ...(changes.active === undefined ? {} : { active: changes.active ? 1 : 0 }),
  };
  if (Object.keys(values).length === 0) return getById(db, id);
  const row = await uniquely(
    db.updateTable('committees').set(values).where('id', '=', id).returningAll().executeTakeFirst(),
    `Det finns redan en nämnd som heter ”${changes.name ?? ''}”.`,
    { field: 'name' },
  );
  if (!row) throw notFound('Nämnden', id);
  return toCommittee(row);
}
