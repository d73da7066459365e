import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { DialectName } from '../connection.js';

/** Which engine a Kysely handle talks to, read from its adapter so migrations need only the handle. */
export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** An integer identity primary key, spelled the way each engine wants it. */
export function identity(dialect: DialectName) {
  // AUTOINCREMENT on SQLite keeps ids from being reused after a delete, like PostgreSQL identities;
  // the audit log relies on ids growing with time.
  return (col: ColumnDefinitionBuilder) =>
    dialect === 'postgres' ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement();
}
