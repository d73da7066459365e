import { readFile, writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { operatorContext } from '../../app/context.js';
import { withDatabase } from '../database.js';

const FORMATS = ['json', 'pdf', 'xlsx'] as const;

/** `redovisa reconcile --round R --booked FILE [--format json|pdf|xlsx] [--out PATH]`: counterparty reconciliation. */
export function reconcileCommand(): Command {
  return new Command('reconcile')
    .description('Internavstämning: stämmer av omgångens godkända periodiseringar mot centralt bokförda poster (CSV eller SIE 4), per motpart och projektkod.')
    .requiredOption('--round <OMGÅNG>', 'omgången, t.ex. 2014-VB')
    .requiredOption('--booked <FIL>', 'bokförda poster: CSV (Motpart;Projekt;Belopp;Text) eller SIE 4')
    .addOption(new Option('--format <format>', 'utdataformat').choices(FORMATS).default('json'))
    .option('--out <PATH>', 'filen som ska skrivas (JSON skrivs annars till standard ut)')
    .action(async (options: { round: string; booked: string; format: (typeof FORMATS)[number]; out?: string }) => {
      const { reconcileRound } = await import('../../app/finance/reconcile-round.js');
      const bytes = new Uint8Array(await readFile(options.booked));
      const outcome = await withDatabase((database) =>
        reconcileRound(operatorContext(database), { round: options.round, booked: { fileName: options.booked, bytes } }));
      for (const w of outcome.warnings) process.stderr.write(`${options.booked}${w.line ? `:${w.line}` : ''}: varning: ${w.message}\n`);
      const { result } = outcome;
      let out: Uint8Array | string;
      if (options.format === 'json') out = `${JSON.stringify(result, null, 2)}\n`;
      else if (options.format === 'pdf') out = await (await import('../../documents/render/reconciliation-pdf.js')).renderReconciliationPdf(result, { generatedAt: new Date().toISOString() });
      else out = await (await import('../../documents/render/reconciliation-xlsx.js')).reconciliationXlsx(result, { generatedAt: new Date().toISOString() });
      if (options.out) {
        await writeFile(options.out, out);
        process.stdout.write(`Skrev ${options.out}: ${result.summary.matched} stämmer, ${result.summary.differs} differenser, ` +
          `${result.summary.onlyReported} endast rapporterade, ${result.summary.onlyBooked} endast bokförda.\n`);
      } else if (typeof out === 'string') {
        process.stdout.write(out);
      } else {
        process.stdout.write(out);
      }
    });
}
