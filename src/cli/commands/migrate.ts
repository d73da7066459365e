import { Command } from 'commander';
import { withDatabase } from '../database.js';

/** `redovisa migrate`: brings the database schema up to date. */
export function migrateCommand(): Command {
  return new Command('migrate')
    .description('För databasen (DATABASE_URL) till senaste schemat.')
    .action(() =>
      withDatabase(async (_database, ran) => {
        process.stdout.write(ran.length === 0 ? 'Databasen är redan aktuell.\n' : `Körde ${ran.length} migrering(ar): ${ran.join(', ')}\n`);
      }),
    );
}
