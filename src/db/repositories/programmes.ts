import type { Selectable } from 'kysely';
import { notFound, uniquely } from '../errors.js';
import { bySwedishName } from '../order.js';
import type { ProgrammesTable } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A programme (satsning): a central fund with its counterparty code and default account. */
export interface Programme {
  id: number;
  name: string;
  ikb: string;
  defaultAccount: string;
  /** The account the SIE export debits against the entries (upplupna intäkter). */
  accruedIncomeAccount: string;
}

function toProgramme(row: Selectable<ProgrammesTable>): Programme {
  return { id: row.id, name: row.name, ikb: row.ikb, defaultAccount: row.default_account, accruedIncomeAccount: row.accrued_income_account.trim() };
}

/** Creates a programme; a name already in use is a conflict. */
export async function create(db: Executor, input: Omit<Programme, 'id' | 'accruedIncomeAccount'> & { accruedIncomeAccount?: string }): Promise<Programme> {
  const row = await uniquely(
    db
      .insertInto('programmes')
      .values({
        name: input.name, ikb: input.ikb, default_account: input.defaultAccount,
        ...(input.accruedIncomeAccount === undefined ? {} : { accrued_income_account: input.accruedIncomeAccount }),
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
    `Det finns redan en satsning som heter ”${input.name}”.`,
    { field: 'name' },
  );
  return toProgramme(row);
}

/** The programme with exactly this name, or undefined. */
export async function findByName(db: Executor, name: string): Promise<Programme | undefined> {
  const row = await db.selectFrom('programmes').selectAll().where('name', '=', name).executeTakeFirst();
  return row && toProgramme(row);
}

/** The programme with this id; not_found otherwise. */
export async function getById(db: Executor, id: number): Promise<Programme> {
  const row = await db.selectFrom('programmes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Satsningen', id);
  return toProgramme(row);
}

/** All programmes by name, in Swedish order. */
export async function list(db: Executor): Promise<Programme[]> {
  const rows = await db.selectFrom('programmes').selectAll().execute();
  return bySwedishName(rows.map(toProgramme));
}

/** Changes a programme; a name already in use is a conflict, a missing programme not_found. */
export async function update(db: Executor, id: number, changes: Partial<Omit<Programme, 'id'>>): Promise<Programme> {
  const values = {
    ...(changes.name === undefined ? {} : { name: changes.name }),
    ...(changes.ikb === undefined ? {} : { ikb: changes.ikb }),
    ...(changes.defaultAccount === undefined ? {} : { default_account: changes.defaultAccount }),
    ...(changes.accruedIncomeAccount === undefined ? {} : { accrued_income_account: changes.accruedIncomeAccount }),
  };
  if (Object.keys(values).length === 0) return getById(db, id);
  const row = await uniquely(
    db.updateTable('programmes').set(values).where('id', '=', id).returningAll().executeTakeFirst(),
    `Det finns redan en satsning som heter ”${changes.name ?? ''}”.`,
    { field: 'name' },
  );
  if (!row) throw notFound('Satsningen', id);
  return toProgramme(row);
}
