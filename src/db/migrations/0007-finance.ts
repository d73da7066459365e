import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, identity } from './helpers.js';

/**
 * Central finance after approval: each project's ledger code (projektkod), the programme's
 * accrued-income account, numbered SIE export batches and stored reconciliations.
 */
export const finance: Migration = {
  async up(db: Kysely<unknown>) {
    const dialect = dialectOf(db);
    const id = identity(dialect);

    // Existing projects get the default code, `<committee counterparty>-<number, two digits>`;
    // a second project of a committee with the same number gets its id after it, so the codes are unique.
    await db.schema.alterTable('projects').addColumn('project_code', 'varchar(20)', (c) => c.notNull().defaultTo('')).execute();
    // Two digits at least (lpad would cut 123 to 12); the same expression on both engines.
    await sql`update projects set project_code = (select c.counterparty_number from committees c where c.id = projects.committee_id)
      || '-' || (case when projects.number < 10 then '0' || cast(projects.number as text) else cast(projects.number as text) end)`.execute(db);
    await sql`update projects set project_code = project_code || '-' || id
      where exists (select 1 from projects other where other.project_code = projects.project_code and other.id < projects.id)`.execute(db);
    await db.schema.createIndex('projects_project_code').unique().on('projects').column('project_code').execute();

    await db.schema.alterTable('programmes').addColumn('accrued_income_account', 'char(4)', (c) => c.notNull().defaultTo('1790')).execute();

    await db.schema
      .createTable('export_batches')
      .addColumn('id', 'integer', id)
      .addColumn('round_id', 'integer', (c) => c.notNull().references('rounds.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
      .addColumn('actor_label', 'text', (c) => c.notNull())
      // Set when the batch repeats reports that an earlier batch already carried (--again).
      .addColumn('again', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('voucher_count', 'integer', (c) => c.notNull())
      .addColumn('entry_count', 'integer', (c) => c.notNull())
      .addColumn('total_ore', 'bigint', (c) => c.notNull())
      .addColumn('file_sha256', 'text', (c) => c.notNull())
      // The SIE file as written (CP437 bytes, base64): a batch can be downloaded again exactly as booked.
      .addColumn('file_base64', 'text', (c) => c.notNull())
      .addCheckConstraint('export_batches_again_flag', sql`again in (0, 1)`)
      .execute();
    await db.schema.createIndex('export_batches_round').on('export_batches').column('round_id').execute();
    await db.schema.createIndex('export_batches_actor').on('export_batches').column('actor_id').execute();

    // Which report version each batch carried: a report reopened and approved again after its
    // export is still "exported", so booking it twice needs --again.
    await db.schema
      .createTable('export_batch_reports')
      .addColumn('batch_id', 'integer', (c) => c.notNull().references('export_batches.id'))
      .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
      .addColumn('report_version', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('export_batch_reports_pk', ['batch_id', 'report_id'])
      .execute();
    await db.schema.createIndex('export_batch_reports_report').on('export_batch_reports').column('report_id').execute();

    await db.schema.alterTable('accrual_entries').addColumn('export_batch_id', 'integer', (c) => c.references('export_batches.id')).execute();
    await db.schema.createIndex('accrual_entries_export_batch').on('accrual_entries').column('export_batch_id').execute();

    await db.schema
      .createTable('reconciliations')
      .addColumn('id', 'integer', id)
      .addColumn('round_id', 'integer', (c) => c.notNull().references('rounds.id'))
      .addColumn('closing_date', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('booked_file_name', 'text', (c) => c.notNull())
      .addColumn('booked_sha256', 'text', (c) => c.notNull())
      // The redovisa.reconciliation/1 document, and which report versions its reported side came from.
      .addColumn('result_json', 'text', (c) => c.notNull())
      .addColumn('sources_json', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('reconciliations_round').on('reconciliations').columns(['round_id', 'id']).execute();
    await db.schema.createIndex('reconciliations_actor').on('reconciliations').column('actor_id').execute();

    await db.schema
      .createTable('reconciliation_notes')
      .addColumn('id', 'integer', id)
      .addColumn('reconciliation_id', 'integer', (c) => c.notNull().references('reconciliations.id').onDelete('cascade'))
      .addColumn('counterparty', 'text', (c) => c.notNull())
      .addColumn('project', 'text', (c) => c.notNull())
      .addColumn('resolution', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addCheckConstraint('reconciliation_notes_resolution', sql`resolution in ('explained', 'corrected')`)
      .addUniqueConstraint('reconciliation_notes_line', ['reconciliation_id', 'counterparty', 'project'])
      .execute();
    await db.schema.createIndex('reconciliation_notes_actor').on('reconciliation_notes').column('actor_id').execute();

    // party is 'central' for the controller's sign-off or 'committee:<id>'; committee_id is null for central.
    // (A unique index over a nullable committee_id would let the central office sign twice: NULLs are distinct.)
    await db.schema
      .createTable('reconciliation_signoffs')
      .addColumn('id', 'integer', id)
      .addColumn('reconciliation_id', 'integer', (c) => c.notNull().references('reconciliations.id').onDelete('cascade'))
      .addColumn('party', 'text', (c) => c.notNull())
      .addColumn('committee_id', 'integer', (c) => c.references('committees.id'))
      .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
      .addColumn('actor_label', 'text', (c) => c.notNull())
      .addColumn('signed_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('reconciliation_signoffs_once').unique().on('reconciliation_signoffs')
      .columns(['reconciliation_id', 'party']).execute();
    await db.schema.createIndex('reconciliation_signoffs_committee').on('reconciliation_signoffs').column('committee_id').execute();
    await db.schema.createIndex('reconciliation_signoffs_actor').on('reconciliation_signoffs').column('actor_id').execute();
  },
};
