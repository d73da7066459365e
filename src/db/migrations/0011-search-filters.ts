import { sql, type Kysely, type Migration } from 'kysely';
import { reindexAll } from '../repositories/search.js';
import { dialectOf } from './helpers.js';

/**
 * The index learns compounds and, on PostgreSQL, its rows' reports and projects; it is built again
 * from the sections on both engines.
 *
 * Compounds: every long term is also indexed by a suffix key (src/domain/search-terms.ts), in a
 * third FTS5 column on SQLite and behind an underscore in PostgreSQL's tsvector, so `vandring` finds
 * `trygghetsvandringar` on both.
 *
 * PostgreSQL's index rows learn their section's report and project, so a search applies the policy
 * and the filters while it ranks, reading no table but the index and the small ones (reports,
 * rounds, projects), and joins the sections only for the hits it answers with. Without them every
 * match of a common word (one in nine of ten sections) went through the join with the sections before
 * the limit. Both are copies of what never changes for a section (its report and project are set
 * when it is created); a report's state, committee and round are read from the report itself, so no
 * state change has to touch the index.
 *
 * SQLite's FTS5 table does without them: it joins the sections by rowid and meets its budget.
 *
 * The index is derived data, so it is simply made again (0008 no longer fills it: this code writes
 * rows of the new shape).
 */
export const searchFilters: Migration = {
  async up(db: Kysely<unknown>) {
    if (dialectOf(db) === 'sqlite') {
      // An FTS5 table takes no new column: made again with the third.
      await sql`drop table search_sections`.execute(db);
      await sql`create virtual table search_sections using fts5(title, body, tails, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
    } else {
      await sql`delete from search_sections`.execute(db);
      await sql`alter table search_sections add column report_id integer not null, add column project_id integer`.execute(db);
    }
    await reindexAll(db);
  },
};
