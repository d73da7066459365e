import { sql, type Kysely, type Migration } from 'kysely';
import { reindexAll } from '../repositories/search.js';
import { dialectOf } from './helpers.js';

/**
 * PostgreSQL's index rows learn their section's report and project, so a search applies the policy
 * and the filters while it ranks, reading no table but the index and the small ones (reports,
 * rounds, projects), and joins the sections only for the hits it answers with. Without them every
 * match of a common word (one in nine of ten sections) went through the join with the sections before
 * the limit. Both are copies of what never changes for a section (its report and project are set
 * when it is created); a report's state, committee and round are read from the report itself, so no
 * state change has to touch the index.
 *
 * The index is derived data: it is built again from the sections (0008 no longer fills it on
 * PostgreSQL, its rows now needing these columns). SQLite's FTS5 table stays as it is: it joins the
 * sections by rowid and meets its budget without them.
 */
export const searchFilters: Migration = {
  async up(db: Kysely<unknown>) {
    if (dialectOf(db) === 'sqlite') return;
    await sql`delete from search_sections`.execute(db);
    await sql`alter table search_sections add column report_id integer not null, add column project_id integer`.execute(db);
    await reindexAll(db);
  },
};
