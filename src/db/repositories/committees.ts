import { notFound, uniquely } from '../errors.js';
import type { Executor } from '../transaction.js';

/** A committee (nämnd): the unit that reports. */
export interface Committee {
  id: number;
  name: string;
  counterpartyNumber: string;
  active: boolean;
}

type Row = { id: number; name: string; counterparty_number: string; active: number };
const columns = ['id', 'name', 'counterparty_number', 'active'] as const;

function toCommittee(row: Row): Committee {
  return { id: row.id, name: row.name, counterpartyNumber: row.counterparty_number, active: row.active === 1 };
}

/** Creates a committee; a name already in use is a conflict. */
export async function create(db: Executor, input: { name: string; counterpartyNumber: string; active?: boolean }): Promise<Committee> {
  const row = await uniquely(
    db
      .insertInto('committees')
      .values({ name: input.name, counterparty_number: input.counterpartyNumber, active: input.active === false ? 0 : 1 })
      .returning(columns)
      .executeTakeFirstOrThrow(),
    `Det finns redan en nämnd som heter "${input.name}".`,
    { field: 'name' },
  );
  return toCommittee(row);
}

/** The committee with exactly this name, or undefined. */
export async function findByName(db: Executor, name: string): Promise<Committee | undefined> {
  const row = await db.selectFrom('committees').select(columns).where('name', '=', name).executeTakeFirst();
  return row && toCommittee(row);
}

/** The committee with this id; not_found otherwise. */
export async function getById(db: Executor, id: number): Promise<Committee> {
  const row = await db.selectFrom('committees').select(columns).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Nämnden', id);
  return toCommittee(row);
}

/** All committees by name. */
export async function list(db: Executor): Promise<Committee[]> {
  const rows = await db.selectFrom('committees').select(columns).orderBy('name').orderBy('id').execute();
  return rows.map(toCommittee);
}
