import { rename, rm, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { operatorContext } from '../../app/context.js';
import { AppError } from '../../domain/errors.js';
import { formatSek } from '../../domain/money.js';
import { REPORT_STATE_NAMES, type ReportState } from '../../domain/workflow.js';
import { withDatabase } from '../database.js';

/** `redovisa export sie --round 2014-VB --out FILE.se [--again]`: the round's approved accruals as SIE 4I. */
export function exportCommand(): Command {
  const command = new Command('export').description('Exporterar godkända periodiseringar till redovisningen.');
  command.addCommand(new Command('sie')
    .description('Skriver omgångens godkända periodiseringar som SIE 4I (en verifikation per redovisning) och bokför exporten som en numrerad batch. ' +
      'Redan exporterade redovisningar vägras (kod 1, ingen fil skrivs) om inte --again anges.')
    .requiredOption('--round <OMGÅNG>', 'omgången, t.ex. 2014-VB')
    .requiredOption('--out <FIL>', 'SIE-filen som ska skrivas, t.ex. 2014-VB.se')
    .option('--again', 'exportera omgångens godkända redovisningar igen, även de som redan finns i en tidigare batch')
    .action(async (options: { round: string; out: string; again?: boolean }) => {
      const { exportSie } = await import('../../app/finance/export-sie.js');
      const temporary = `${options.out}.${process.pid}.tmp`;
      let written = false;
      try {
        const result = await withDatabase((database) => exportSie(operatorContext(database, `kommandoraden (${process.env.USER ?? 'okänd'})`),
          { round: options.round, again: options.again === true },
          // Written inside the export's transaction: a file that cannot be written records no batch.
          async (file) => {
            await writeFile(temporary, file);
            await rename(temporary, options.out);
            written = true;
          }));
        const { batch } = result;
        process.stdout.write(`Skrev ${options.out}: batch ${batch.id}${batch.again ? ' (export igen)' : ''} för ${result.round}, ` +
          `${batch.voucherCount} verifikationer, ${batch.entryCount} periodiseringar, totalt ${formatSek(batch.totalOre)}.\n`);
        for (const w of result.warnings) process.stderr.write(`${options.out}: varning: ${w}\n`);
        for (const r of result.notApproved) {
          process.stderr.write(`${r.committee}: inte med, redovisningen är ${REPORT_STATE_NAMES[r.state as ReportState]?.toLowerCase() ?? r.state}.\n`);
        }
      } catch (error) {
        await rm(temporary, { force: true });
        if (written) await rm(options.out, { force: true });
        // Already exported, or nothing approved: refused, nothing written (exit 1, as the design says).
        if (error instanceof AppError && error.code === 'conflict') {
          // The use case speaks to web and command line alike; here, saying it again is a flag.
          const hint = error.details.field === 'again' ? ' Ange --again för att exportera igen.' : '';
          process.stderr.write(`redovisa: ${error.message}${hint}\n`);
          process.exitCode = 1;
          return;
        }
        throw error;
      }
    }));
  return command;
}
