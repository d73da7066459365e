import type { Kysely, Migration } from 'kysely';
import { dialectOf } from './helpers.js';

/**
 * A draft may hold an entry whose account, IKB or counterparty is still being typed ("36", or a
 * code pasted with a stray character): the editor saves it and the pre-submit check names it.
 * PostgreSQL's char(4) would refuse a longer code and pad a shorter one ("36  "), so the three
 * columns become varchar(10) there. SQLite never enforced the length (char(4) is plain text
 * affinity), so it has nothing to change; the repository caps both engines at 10 characters.
 */
export const draftEntryCodes: Migration = {
  async up(db: Kysely<unknown>) {
    if (dialectOf(db) !== 'postgres') return;
    await db.schema
      .alterTable('accrual_entries')
      .alterColumn('account', (c) => c.setDataType('varchar(10)'))
      .alterColumn('ikb', (c) => c.setDataType('varchar(10)'))
      .alterColumn('counterparty', (c) => c.setDataType('varchar(10)'))
      .execute();
  },
};
