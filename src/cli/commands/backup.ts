import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { Command } from 'commander';
import { AppError } from '../../domain/errors.js';

function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  return url === undefined || url === '' ? 'sqlite:./data/redovisa.db' : url;
}

const rowsText = (tables: { rows: number }[]) => tables.reduce((sum, t) => sum + t.rows, 0).toLocaleString('sv-SE').replace(/\s/gu, ' ');

/** `redovisa backup --out FILE`: the whole database, while the app runs, as `redovisa.backup/1`. */
export function backupCommand(): Command {
  return new Command('backup')
    .description('Säkerhetskopierar databasen (DATABASE_URL) medan appen kör, till en fil som kan återställas på SQLite eller PostgreSQL.')
    .requiredOption('--out <FIL>', 'filen som ska skrivas (gzip; skrivs klart innan den ersätter en fil med samma namn)')
    .action(async (options: { out: string }) => {
      const { backupDatabase } = await import('../../db/backup.js');
      const partial = path.join(path.dirname(options.out), `.${path.basename(options.out)}.${process.pid}.delvis`);
      const lines = new PassThrough();
      const file = createWriteStream(partial, { flags: 'wx' });
      const written = pipeline(lines, createGzip(), file);
      // Failing early (no such folder) must not go unhandled while the backup is still being read.
      let failure: unknown;
      written.catch((error: unknown) => {
        failure = error;
        lines.destroy(error as Error);
      });
      try {
        const summary = await backupDatabase(databaseUrl(), async (line) => {
          if (failure !== undefined) throw failure;
          if (!lines.write(`${line}\n`)) await once(lines, 'drain');
        });
        lines.end();
        await written;
        await rename(partial, options.out);
        process.stdout.write(`Skrev ${options.out}: ${rowsText(summary.tables)} rader ur ${summary.tables.length} tabeller (${summary.engine}).\n`);
      } catch (error) {
        const cause = failure ?? error;
        lines.destroy();
        await written.catch(() => undefined);
        await rm(partial, { force: true });
        throw cause;
      }
    });
}

/** The lines of a gzip'd file; a damaged file throws (which readline would swallow). */
async function* linesOf(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const input = createGunzip();
  source.on('error', (error) => input.destroy(error));
  source.pipe(input);
  let rest = '';
  input.setEncoding('utf8');
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      yield* parts;
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new AppError('invalid_input', `${file}: filen är ingen säkerhetskopia från redovisa backup (inte gzip, eller skadad).`);
    }
    throw error;
  }
  if (rest !== '') yield rest;
}

/** `redovisa restore FILE`: a backup into an empty database (DATABASE_URL), all or nothing. */
export function restoreCommand(): Command {
  return new Command('restore')
    .description('Återställer en säkerhetskopia till en tom databas (DATABASE_URL). Allt eller inget: en skadad fil lämnar databasen tom.')
    .argument('<FIL>', 'en fil från redovisa backup')
    .action(async (file: string) => {
      const [{ restoreBackup }, { openDatabase, auditEvents }] = await Promise.all([import('../../db/backup.js'), import('../../db/index.js')]);
      const database = openDatabase(databaseUrl());
      try {
        const summary = await restoreBackup(database, linesOf(file), async (trx, header) => {
          await auditEvents.append(trx as never, {
            occurredAt: new Date(),
            actorId: null,
            actorLabel: 'återställning (kommandoraden)',
            action: 'database.restored',
            entityType: 'database',
            entityId: header.createdAt,
            after: { file: path.basename(file), engine: header.engine, createdAt: header.createdAt, tables: header.tables.map(({ name, rows }) => ({ name, rows })) },
          });
        });
        process.stdout.write(`Återställde ${rowsText(summary.tables)} rader i ${summary.tables.length} tabeller från ${file}.\n`);
      } finally {
        await database.close();
      }
    });
}
