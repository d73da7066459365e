import type { Kysely, Migration } from 'kysely';

/**
 * The digest of an imported report's content, so that importing the same report again (a batch
 * re-run after one bad file, the same report as PDF and as Word) is recognised instead of stored twice.
 */
export const reportImportDigest: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('reports').addColumn('import_digest', 'text').execute();
    await db.schema.createIndex('reports_committee_import_digest').on('reports').columns(['committee_id', 'import_digest']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('reports_committee_import_digest').execute();
    await db.schema.alterTable('reports').dropColumn('import_digest').execute();
  },
};
