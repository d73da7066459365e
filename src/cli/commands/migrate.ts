import { Command } from 'commander';

/** `redovisa migrate`: brings the database schema up to date. */
export function migrateCommand(): Command {
  return new Command('migrate')
    .description('För databasen (DATABASE_URL) till senaste schemat.')
    .action(async () => {
      const { migrateToLatest, openDatabase } = await import('../../db/index.js');
      const database = openDatabase();
      try {
        const ran = await migrateToLatest(database.db);
        process.stdout.write(ran.length === 0 ? 'Databasen är redan aktuell.\n' : `Körde ${ran.length} migrering(ar): ${ran.join(', ')}\n`);
      } finally {
        await database.close();
      }
    });
}
