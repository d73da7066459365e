import { sql, type Kysely, type Migration } from 'kysely';
import { reindexAll } from '../repositories/search.js';
import { dialectOf } from './helpers.js';

/**
 * SQLite's index rows are keyed by committee (src/db/repositories/search.ts, rowidOf): a row's
 * rowid is its section's committee times 2³² plus the section's id, so a search within one committee
 * (a reporter's, an approver's, or one narrowed to a committee) reads one range of rowids, not every
 * match in the installation. The index is derived data: it is made again with the new keys.
 *
 * PostgreSQL needs no change: a narrowed search there reads the scope's sections through the
 * reports' and sections' indexes, and their index rows by primary key.
 */
export const searchByCommittee: Migration = {
  async up(db: Kysely<unknown>) {
    if (dialectOf(db) !== 'sqlite') return;
    await sql`delete from search_sections`.execute(db);
    await reindexAll(db);
  },
};
