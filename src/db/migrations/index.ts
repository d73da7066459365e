import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { AppError } from '../../domain/errors.js';
import type { Schema } from '../schema.js';
import { organisation } from './0001-organisation.js';
import { reports } from './0002-reports.js';
import { auditEvents } from './0003-audit-events.js';
import { reportImportDigest } from './0004-report-import-digest.js';
import { signInAttempts } from './0005-sign-in-attempts.js';
import { draftEntryCodes } from './0006-draft-entry-codes.js';
import { finance } from './0007-finance.js';
import { search } from './0008-search.js';
import { indicators } from './0009-indicators.js';
import { publicSite } from './0010-public-site.js';
import { searchFilters } from './0011-search-filters.js';
import { notifications } from './0012-notifications.js';
import { commentThreads } from './0013-comment-threads.js';
import { reminders } from './0014-reminders.js';
import { passwordLinks } from './0015-password-links.js';
import { roundReadIndexes } from './0016-round-read-indexes.js';
import { searchByCommittee } from './0017-search-by-committee.js';
import { singleSignOn } from './0019-single-sign-on.js';

// Defined in code rather than found by scanning a folder: the list survives bundling and tsx,
// and the order is the names' order, so new migrations get the next number.
const migrations: Readonly<Record<string, Migration>> = {
  '0001-organisation': organisation,
  '0002-reports': reports,
  '0003-audit-events': auditEvents,
  '0004-report-import-digest': reportImportDigest,
  '0005-sign-in-attempts': signInAttempts,
  '0006-draft-entry-codes': draftEntryCodes,
  '0007-finance': finance,
  '0008-search': search,
  '0009-indicators': indicators,
  '0010-public-site': publicSite,
  '0011-search-filters': searchFilters,
  '0012-notifications': notifications,
  '0013-comment-threads': commentThreads,
  '0014-reminders': reminders,
  '0015-password-links': passwordLinks,
  '0016-round-read-indexes': roundReadIndexes,
  '0017-search-by-committee': searchByCommittee,
  '0019-single-sign-on': singleSignOn,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...migrations }) };

/** The names of all migrations this build knows, in the order they run. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations).sort();

function migrator(db: Kysely<Schema>): Migrator {
  return new Migrator({ db, provider });
}

/** Migrates to `target` (a migration name) or to the latest; returns the names that ran. */
export async function migrate(db: Kysely<Schema>, target: string = 'latest'): Promise<string[]> {
  const m = migrator(db);
  const { error, results = [] } = target === 'latest' ? await m.migrateToLatest() : await m.migrateTo(target);
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    // No migration failed: the database could not be reached at all. The caller explains that.
    if (failed === undefined) throw error;
    throw new AppError('internal', `Migreringen ${failed} misslyckades: ${error instanceof Error ? error.message : String(error)}`, {
      migration: failed,
    });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Brings the schema up to date; running it again does nothing. Returns the names that ran. */
export function migrateToLatest(db: Kysely<Schema>): Promise<string[]> {
  return migrate(db, 'latest');
}

/** Each known migration and when it ran (undefined if pending). */
export async function migrationStatus(db: Kysely<Schema>): Promise<{ name: string; executedAt: Date | undefined }[]> {
  const infos = await migrator(db).getMigrations();
  return infos.map((i) => ({ name: i.name, executedAt: i.executedAt }));
}
