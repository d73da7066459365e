import type { Kysely, Migration } from 'kysely';

/**
 * Indexes for reading a whole round (bench/growth): the round's reports in their list order, and a
 * report's sections and entries summed from the indexes alone, without the rows' text.
 *
 * - reports (round_id, updated_at): the round's list is ordered by the last change; with round_id
 *   alone PostgreSQL walked every report of the installation in updated_at order and kept the round's.
 * - project_sections (report_id, position, id): the report's section ids without its narratives
 *   (SQLite's index carries the rowid already; PostgreSQL's does not).
 * - accrual_entries (section_id, position, amount_ore): a section's sum without its entries' rows.
 *
 * Each replaces the index it extends; the leading column still serves the foreign key.
 */
export const roundReadIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('reports_round_updated').on('reports').columns(['round_id', 'updated_at']).execute();
    await db.schema.dropIndex('reports_round').execute();
    await db.schema.createIndex('project_sections_report_sections').on('project_sections').columns(['report_id', 'position', 'id']).execute();
    await db.schema.dropIndex('project_sections_report').execute();
    await db.schema.createIndex('accrual_entries_section_amounts').on('accrual_entries').columns(['section_id', 'position', 'amount_ore']).execute();
    await db.schema.dropIndex('accrual_entries_section').execute();
  },
};
