import type { Kysely, Migration } from 'kysely';

/**
 * A conversation on a report is threaded: a comment may answer another comment of the same report.
 * Deleting a report deletes its comments (0002); a reply never outlives what it answers.
 */
export const commentThreads: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('comments').addColumn('parent_id', 'integer', (c) => c.references('comments.id').onDelete('cascade')).execute();
    await db.schema.createIndex('comments_parent').on('comments').column('parent_id').execute();
  },
};
