import { readFile } from 'node:fs/promises';
import { Command } from 'commander';

/** `redovisa parse FILE`: prints a legacy report as redovisa.report/1 JSON. */
export function parseCommand(): Command {
  return new Command('parse')
    .description('Läser en äldre rapport (.txt, .pdf, .docx) och skriver den som redovisa.report/1-JSON.')
    .argument('<FILE>', 'rapportfilen som ska läsas')
    .option('--compact', 'skriv JSON på en rad')
    .option('--places', 'skriv också var i filen varje belopp lästes (sida och rad i en PDF): { report, places }')
    .addHelpText('after', '\nVid oläslig fil: felkod 2 och "FIL:RAD: meddelande" på stderr.')
    .action(async (file: string, options: { compact?: boolean; places?: boolean }) => {
      // Heavy modules load inside the action, so `--help` and the other commands start quickly.
      const { readReportSource } = await import('../../documents/import/index.js');
      const read = await readReportSource(new Uint8Array(await readFile(file)), file);
      process.stdout.write(JSON.stringify(options.places ? read : read.report, null, options.compact ? 0 : 2) + '\n');
    });
}
