// The storage layer's front door: connection, migrations, transactions and one namespace per
// repository, e.g. `reports.getDocument(trx, id)`.
export { DEFAULT_DATABASE_URL, openDatabase, type Database, type DialectName } from './connection.js';
export { MIGRATION_NAMES, migrate, migrateToLatest, migrationStatus } from './migrations/index.js';
export { inTransaction, withTransaction, type Executor } from './transaction.js';
export type { CommentKind, PasswordLinkPurpose, ReportState, RoundKind, RoundState, Schema, UserRole } from './schema.js';
export * as auditEvents from './repositories/audit-events.js';
export * as comments from './repositories/comments.js';
export * as committees from './repositories/committees.js';
export * as programmes from './repositories/programmes.js';
export * as projects from './repositories/projects.js';
export * as reports from './repositories/reports.js';
export * as rounds from './repositories/rounds.js';
export * as sessions from './repositories/sessions.js';
export * as users from './repositories/users.js';
export * as signInAttempts from './repositories/sign-in-attempts.js';
export * as exportBatches from './repositories/export-batches.js';
export * as roundAccruals from './repositories/round-accruals.js';
export * as dashboard from './repositories/dashboard.js';
export * as reconciliations from './repositories/reconciliations.js';
export * as siteSettings from './repositories/site-settings.js';
export * as publicRecord from './repositories/public-record.js';
export * as indicators from './repositories/indicators.js';
export * as notifications from './repositories/notifications.js';
export * as outbox from './repositories/outbox.js';
export * as passwordLinks from './repositories/password-links.js';
export * as reminders from './repositories/reminders.js';
