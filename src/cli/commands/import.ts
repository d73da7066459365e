import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { operatorContext } from '../../app/context.js';
import type { ImportReportResult } from '../../app/import-report.js';
import { AppError } from '../../domain/errors.js';
import { formatSek } from '../../domain/money.js';
import { withDatabase } from '../database.js';
import { readInputFile } from '../io.js';

/** `redovisa import FILE…`: parses and stores each file as a draft report, all or nothing per file. */
export function importCommand(): Command {
  return new Command('import')
    .description('Läser äldre rapporter och lagrar dem som utkast (nämnd, satsning och projekt skapas vid behov). Allt eller inget per fil.')
    .argument('<FILE...>', 'rapportfiler (.txt, .pdf, .docx)')
    .option('--quiet', 'skriv bara fel och sammanfattningen')
    .action(async (files: string[], options: { quiet?: boolean }) => {
      const [{ importReport }, { readReportFile }] = await Promise.all([
        import('../../app/import-report.js'), import('../../documents/import/index.js'),
      ]);
      const failures = await withDatabase(async (database) => {
        const ctx = operatorContext(database, `kommandoraden (${process.env.USER ?? 'okänd'})`);
        const showBar = process.stderr.isTTY && files.length > 1;
        const bar = showBar ? new SingleBar({ format: 'Importerar {bar} {value}/{total} {file}', hideCursor: true }) : undefined;
        bar?.start(files.length, 0, { file: '' });
        const stored: ImportReportResult[] = [];
        const failed: string[] = [];
        for (const file of files) {
          bar?.update({ file: path.basename(file) });
          try {
            const document = await readReportFile(await readInputFile(file, readFile), file);
            const result = await importReport(ctx, { document, source: file });
            stored.push(result);
            if (!options.quiet && !showBar) process.stdout.write(describe(file, result));
            for (const w of result.warnings) process.stderr.write(`${file}:${w.line ?? ''}: varning: ${w.message}\n`);
            for (const i of result.issues) process.stderr.write(`${file}: ${i.severity === 'error' ? 'att rätta före inskick' : 'varning'}: ${i.message}\n`);
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            failed.push(file);
            bar?.stop();
            process.stderr.write(error.code === 'unreadable_document' ? `${error.message}\n` : `${file}: ${error.message}\n`);
            bar?.start(files.length, stored.length + failed.length, { file: '' });
          }
          bar?.increment();
        }
        bar?.stop();
        const total = stored.reduce((sum, r) => sum + r.totalOre, 0);
        process.stdout.write(
          `Importerade ${stored.length} av ${files.length} filer: ${stored.reduce((n, r) => n + r.projectCount, 0)} projekt, ` +
            `${stored.reduce((n, r) => n + r.entryCount, 0)} periodiseringar, totalt ${formatSek(total)}.` +
            (failed.length ? ` ${failed.length} filer lagrades inte (se fel ovan).` : '') + '\n',
        );
        return failed.length;
      });
      if (failures > 0) process.exitCode = 2;
    });
}

function describe(file: string, r: ImportReportResult): string {
  const created = [r.committee.created ? 'ny nämnd' : '', r.projectsCreated.length ? `${r.projectsCreated.length} nya projekt` : '']
    .filter(Boolean).join(', ');
  return `${file}: redovisning ${r.reportId} – ${r.committee.name}, ${r.projectCount} projekt, ${r.entryCount} periodiseringar, ` +
    `${formatSek(r.totalOre)}${created ? ` (${created})` : ''}\n`;
}
