import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MultiBar, SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { operatorContext } from '../../app/context.js';
import type { ImportReportResult } from '../../app/import-report.js';
import { AppError } from '../../domain/errors.js';
import { formatSek, sumOre } from '../../domain/money.js';
import { parseRoundCode } from '../../domain/period.js';
import { withDatabase } from '../database.js';
import { explainSystemError } from '../errors.js';

/** `redovisa import FILE…`: parses and stores each file as a draft report, all or nothing per file. */
export function importCommand(): Command {
  return new Command('import')
    .description('Läser äldre rapporter och lagrar dem som utkast (nämnd, satsning och projekt skapas vid behov). Allt eller inget per fil.')
    .argument('<FILE...>', 'rapportfiler (.txt, .pdf, .docx)')
    .option('--round <OMGÅNG>', 'lagra rapporterna i omgången, t.ex. 2014-VB (skapas stängd om den saknas)')
    .option('--approved', 'lagra rapporterna som godkända (historik som redan godkänts på papper); kräver --round')
    .option('--quiet', 'skriv bara fel och sammanfattningen')
    .action(async (files: string[], options: { quiet?: boolean; round?: string; approved?: boolean }) => {
      const round = options.round === undefined ? undefined : parseRoundCode(options.round);
      if (round && !round.ok) throw new AppError('invalid_input', `--round: ${round.message}`);
      if (options.approved && !round) throw new AppError('invalid_input', '--approved kräver --round: säg vilken omgång rapporterna godkändes i, t.ex. --round 2014-VB.');
      const [{ importReport }, { readReportFile }, { warningsShown }] = await Promise.all([
        import('../../app/import-report.js'), import('../../documents/import/index.js'), import('../../app/reports/import-into-report.js'),
      ]);
      const failures = await withDatabase(async (database) => {
        const ctx = operatorContext(database, `kommandoraden (${process.env.USER ?? 'okänd'})`);
        const progress = files.length > 1 && process.stderr.isTTY ? new Progress(files.length, await import('cli-progress')) : undefined;
        // With a progress bar, messages are printed above it so the two never overwrite each other.
        const say = (text: string) => (progress ? progress.log(text) : process.stderr.write(text));
        const tell = (text: string) => (progress ? progress.log(text) : process.stdout.write(text));
        const stored: ImportReportResult[] = [];
        const failed: string[] = [];
        const skipped: string[] = [];
        for (const [index, file] of files.entries()) {
          progress?.show(index, path.basename(file));
          try {
            const document = await readReportFile(new Uint8Array(await readFile(file)), file);
            const result = await importReport(ctx, { document, source: file, ...(round?.ok ? { round: round.value } : {}), approved: options.approved === true });
            stored.push(result);
            if (!options.quiet) tell(describe(file, result));
            // FILE:LINE as editors read it; a PDF's page and line in words; a Word file's count is the reader's own (none).
            for (const w of warningsShown(file, result.warnings)) {
              const at = w.line === undefined ? '' : w.page === undefined ? `:${w.line}` : `: sida ${w.page}, rad ${w.line}`;
              say(`${file}${at}: varning: ${w.message}\n`);
            }
            for (const i of result.issues) say(`${file}: ${i.severity === 'error' ? 'att rätta före inskick' : 'varning'}: ${i.message}\n`);
          } catch (thrown) {
            // A missing or unreadable file fails that file only; the batch goes on.
            const error = explainSystemError(thrown);
            if (!(error instanceof AppError)) throw error;
            if (error.code === 'conflict') {
              // Already stored (a batch run again after one bad file): nothing to do, not a failure.
              skipped.push(file);
              say(`${error.message} Hoppar över filen.\n`);
              continue;
            }
            failed.push(file);
            // Most messages already name the file (FILE:LINE: …); the rest get it in front.
            say(error.message.startsWith(file) ? `${error.message}\n` : `${file}: ${error.message}\n`);
          }
        }
        progress?.done();
        const total = sumOre(stored.map((r) => r.totalOre));
        process.stdout.write(
          `Importerade ${stored.length} av ${files.length} filer: ${stored.reduce((n, r) => n + r.projectCount, 0)} projekt, ` +
            `${stored.reduce((n, r) => n + r.entryCount, 0)} periodiseringar, totalt ${formatSek(total)}.` +
            (skipped.length ? ` ${skipped.length} fanns redan.` : '') +
            (failed.length ? ` ${failed.length} lagrades inte (se fel ovan).` : '') + '\n',
        );
        return failed.length;
      });
      if (failures > 0) process.exitCode = 2;
    });
}

function describe(file: string, r: ImportReportResult): string {
  const created = [
    r.committee.created ? 'ny nämnd' : '',
    r.projectsCreated.length === 1 ? '1 nytt projekt' : r.projectsCreated.length ? `${r.projectsCreated.length} nya projekt` : '',
    r.indicatorsCreated.length === 1 ? '1 ny indikator' : r.indicatorsCreated.length ? `${r.indicatorsCreated.length} nya indikatorer` : '',
  ]
    .filter(Boolean).join(', ');
  const where = r.round ? ` i ${r.round.code}${r.round.created ? ' (ny omgång, stängd)' : ''}${r.approved ? ', godkänd' : ', utkast'}` : '';
  return `${file}: redovisning ${r.reportId}${where} – ${r.committee.name}, ${r.projectCount} projekt, ${r.entryCount} periodiseringar, ` +
    `${formatSek(r.totalOre)}${created ? ` (${created})` : ''}\n`;
}

/** A progress bar on the terminal, with messages printed above it. */
class Progress {
  private readonly bars: MultiBar;
  private readonly bar: SingleBar;

  // cli-progress is loaded only when a bar is shown: every other start of the command line is spared it.
  constructor(total: number, { MultiBar, Presets }: typeof import('cli-progress')) {
    this.bars = new MultiBar({ format: 'Importerar {bar} {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
    this.bar = this.bars.create(total, 0, { file: '' });
  }

  show(done: number, file: string): void {
    this.bar.update(done, { file });
  }

  log(text: string): void {
    this.bars.log(text);
  }

  done(): void {
    this.bar.update(this.bar.getTotal(), { file: '' });
    this.bars.stop();
  }
}
