import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, identity } from './helpers.js';

/**
 * Indicators: what a project wants to achieve (name, unit, baseline, a target per year), and per
 * report section the outcome so far. Values are canonical decimal strings (domain/indicator-value.ts),
 * stored as text so that neither engine rounds them; 18 characters hold a sign, twelve digits,
 * the point and four decimals.
 */
export const indicators: Migration = {
  async up(db: Kysely<unknown>) {
    const id = identity(dialectOf(db));
    await db.schema
      .createTable('indicators')
      .addColumn('id', 'integer', id)
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'varchar(150)', (c) => c.notNull())
      .addColumn('unit', 'varchar(20)', (c) => c.notNull())
      .addColumn('baseline', 'varchar(18)')
      // Retired indicators stay for the reports that carry them; new drafts leave them out.
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addCheckConstraint('indicators_active_flag', sql`active in (0, 1)`)
      .addUniqueConstraint('indicators_project_name', ['project_id', 'name'])
      .execute();

    await db.schema
      .createTable('indicator_targets')
      .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id').onDelete('cascade'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('target', 'varchar(18)', (c) => c.notNull())
      .addPrimaryKeyConstraint('indicator_targets_pk', ['indicator_id', 'year'])
      .execute();

    // A report's own copy of each indicator as the report states it (name, unit, baseline and the
    // year's target), with the committee's outcome and comment: an approved report keeps saying
    // what it said when the project's targets change later.
    await db.schema
      .createTable('section_indicators')
      .addColumn('id', 'integer', id)
      .addColumn('section_id', 'integer', (c) => c.notNull().references('project_sections.id').onDelete('cascade'))
      .addColumn('indicator_id', 'integer', (c) => c.references('indicators.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('name', 'varchar(150)', (c) => c.notNull())
      .addColumn('unit', 'varchar(20)', (c) => c.notNull())
      .addColumn('baseline', 'varchar(18)')
      .addColumn('target', 'varchar(18)')
      .addColumn('outcome', 'varchar(18)')
      .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('section_indicators_name', ['section_id', 'name'])
      .execute();
    await db.schema.createIndex('section_indicators_indicator').on('section_indicators').column('indicator_id').execute();
  },
};
