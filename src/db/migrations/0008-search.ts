import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf } from './helpers.js';

/**
 * The full-text index of report sections (src/db/repositories/search.ts). The terms are Swedish
 * stems made in JavaScript (src/domain/search-terms.ts) for both engines, so both match the same sections:
 * - SQLite: an FTS5 table whose rowid is the section's id, with the title terms (project name,
 *   narrative title) and the body terms (paragraphs, entry texts) in two columns. The tokenizer only
 *   splits on the spaces between terms; `remove_diacritics 0` keeps å a letter of its own.
 * - PostgreSQL: a tsvector per section, written as a literal (title terms weighted A) and never
 *   stemmed again, with a GIN index; a section's row goes with the section.
 * Migration 0011 fills it (on both engines, after giving it suffix keys and PostgreSQL's rows their
 * report and project): the repository's code writes rows of that shape only.
 */
export const search: Migration = {
  async up(db: Kysely<unknown>) {
    if (dialectOf(db) === 'sqlite') {
      await sql`create virtual table search_sections using fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
    } else {
      await db.schema
        .createTable('search_sections')
        .addColumn('section_id', 'integer', (c) => c.primaryKey().references('project_sections.id').onDelete('cascade'))
        .addColumn('document', sql`tsvector`, (c) => c.notNull())
        .execute();
      await sql`create index search_sections_document on search_sections using gin (document)`.execute(db);
    }
  },
};
