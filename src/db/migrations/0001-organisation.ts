import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, identity } from './helpers.js';

// Migrations are frozen history: they spell their values out instead of importing today's types.

/** Committees, programmes, projects with grants, rounds, users and sessions. */
export const organisation: Migration = {
  async up(db: Kysely<unknown>) {
    const id = identity(dialectOf(db));

    await db.schema
      .createTable('committees')
      .addColumn('id', 'integer', id)
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('counterparty_number', 'char(4)', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addCheckConstraint('committees_active_flag', sql`active in (0, 1)`)
      .execute();

    await db.schema
      .createTable('programmes')
      .addColumn('id', 'integer', id)
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('ikb', 'char(4)', (c) => c.notNull())
      .addColumn('default_account', 'char(4)', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('projects')
      .addColumn('id', 'integer', id)
      .addColumn('programme_id', 'integer', (c) => c.notNull().references('programmes.id'))
      .addColumn('committee_id', 'integer', (c) => c.notNull().references('committees.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('active_from_year', 'integer', (c) => c.notNull())
      .addColumn('active_to_year', 'integer')
      .addUniqueConstraint('projects_committee_name', ['committee_id', 'name'])
      .execute();
    // committee_id is served by the leading column of projects_committee_name.
    await db.schema.createIndex('projects_programme').on('projects').column('programme_id').execute();

    await db.schema
      .createTable('project_grants')
      .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id').onDelete('cascade'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('amount_ore', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('project_grants_pk', ['project_id', 'year'])
      .execute();

    await db.schema
      .createTable('rounds')
      .addColumn('id', 'integer', id)
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('planned'))
      .addUniqueConstraint('rounds_year_kind', ['year', 'kind'])
      .addCheckConstraint('rounds_kind', sql`kind in ('T1', 'T2', 'VB')`)
      .addCheckConstraint('rounds_state', sql`state in ('planned', 'open', 'closed')`)
      .execute();

    await db.schema
      .createTable('users')
      .addColumn('id', 'integer', id)
      // Stored lowercased by the repository, so the unique constraint is case-insensitive in effect.
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('committee_id', 'integer', (c) => c.references('committees.id'))
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addCheckConstraint('users_role', sql`role in ('reporter', 'approver', 'controller', 'admin', 'reader')`)
      .addCheckConstraint('users_active_flag', sql`active in (0, 1)`)
      .execute();
    await db.schema.createIndex('users_committee').on('users').column('committee_id').execute();

    await db.schema
      .createTable('sessions')
      // The id is a hash of the session token: a leaked table does not hand out live sessions.
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();
  },
};
