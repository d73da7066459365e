import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, identity } from './helpers.js';

/** Reports with their project sections, accrual entries and comments. */
export const reports: Migration = {
  async up(db: Kysely<unknown>) {
    const id = identity(dialectOf(db));

    await db.schema
      .createTable('reports')
      .addColumn('id', 'integer', id)
      .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id'))
      // Null for legacy reports imported without a round. NULLs are distinct in a unique
      // constraint on both engines, so a committee may hold many such reports.
      .addColumn('round_id', 'integer', (c) => c.references('rounds.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('report_type', 'text', (c) => c.notNull())
      .addColumn('accrual_from', 'text', (c) => c.notNull())
      .addColumn('accrual_to', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft'))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
      .addColumn('submitted_at', 'text')
      .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
      .addColumn('approved_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('reports_committee_round', ['committee_id', 'round_id'])
      .addCheckConstraint('reports_state', sql`state in ('draft', 'submitted', 'returned', 'approved', 'reopened')`)
      .execute();
    await db.schema.createIndex('reports_round').on('reports').column('round_id').execute();
    await db.schema.createIndex('reports_state').on('reports').columns(['state', 'updated_at']).execute();
    await db.schema.createIndex('reports_updated').on('reports').column('updated_at').execute();
    await db.schema.createIndex('reports_submitted_by').on('reports').column('submitted_by').execute();
    await db.schema.createIndex('reports_approved_by').on('reports').column('approved_by').execute();

    await db.schema
      .createTable('project_sections')
      .addColumn('id', 'integer', id)
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
      .addColumn('project_id', 'integer', (c) => c.references('projects.id'))
      // The order in the document; `number` is what the committee printed, which need not be 1..n.
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('narrative_title', 'text')
      .addColumn('narrative_paragraphs', 'text', (c) => c.notNull().defaultTo('[]'))
      // Tells "no narrative" (null in the document) from a narrative with an empty title.
      .addColumn('has_narrative', 'integer', (c) => c.notNull())
      .addCheckConstraint('project_sections_has_narrative_flag', sql`has_narrative in (0, 1)`)
      .execute();
    await db.schema.createIndex('project_sections_report').on('project_sections').columns(['report_id', 'position']).execute();
    await db.schema.createIndex('project_sections_project').on('project_sections').column('project_id').execute();

    await db.schema
      .createTable('accrual_entries')
      .addColumn('id', 'integer', id)
      .addColumn('section_id', 'integer', (c) => c.notNull().references('project_sections.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('account', 'char(4)', (c) => c.notNull())
      .addColumn('ikb', 'char(4)', (c) => c.notNull())
      .addColumn('counterparty', 'char(4)', (c) => c.notNull())
      .addColumn('amount_ore', 'bigint', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('accrual_entries_section').on('accrual_entries').columns(['section_id', 'position']).execute();

    await db.schema
      .createTable('comments')
      .addColumn('id', 'integer', id)
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
      // A section that disappears from the report leaves its comments on the report as a whole.
      .addColumn('section_id', 'integer', (c) => c.references('project_sections.id').onDelete('set null'))
      .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addCheckConstraint('comments_kind', sql`kind in ('comment', 'return_reason', 'reopen_reason')`)
      .execute();
    await db.schema.createIndex('comments_report').on('comments').columns(['report_id', 'id']).execute();
    await db.schema.createIndex('comments_section').on('comments').column('section_id').execute();
    await db.schema.createIndex('comments_author').on('comments').column('author_id').execute();
  },
};
