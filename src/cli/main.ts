import { Command, CommanderError } from 'commander';
import { AppError } from '../domain/errors.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { compileCommand } from './commands/compile.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { reconcileCommand } from './commands/reconcile.js';
import { migrateCommand } from './commands/migrate.js';
import { parseCommand } from './commands/parse.js';
import { renderCommand } from './commands/render.js';
import { serveCommand } from './commands/serve.js';
import { userCommand } from './commands/user.js';
import { explainSystemError } from './errors.js';
import { inSwedish } from './swedish.js';

/** Exit codes: 0 done, 1 failed, 2 unreadable input or bad usage. */
const EXIT_UNREADABLE = 2;

const program = new Command('redovisa')
  .description('Redovisa: redovisning av projekt som finansieras av en central satsning.')
  .showHelpAfterError()
  .exitOverride()
  .helpCommand('help [kommando]', 'visa hjälp för ett kommando');
inSwedish(program);

program.addCommand(parseCommand());
program.addCommand(importCommand());
program.addCommand(renderCommand());
program.addCommand(exportCommand());
program.addCommand(reconcileCommand());
program.addCommand(compileCommand());
program.addCommand(migrateCommand());
program.addCommand(backupCommand());
program.addCommand(restoreCommand());
program.addCommand(serveCommand());
program.addCommand(userCommand());
// Subcommands added with addCommand do not inherit exitOverride: usage errors must reach the
// handler below so that they exit with code 2 like any other bad input.
for (const command of program.commands) {
  inSwedish(command).exitOverride().showHelpAfterError();
  for (const sub of command.commands) inSwedish(sub).exitOverride().showHelpAfterError();
}

try {
  await program.parseAsync(process.argv);
} catch (thrown) {
  const error = explainSystemError(thrown);
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_UNREADABLE;
  } else if (error instanceof AppError) {
    // An unreadable document's message already reads `FILE:LINE: message`.
    process.stderr.write(error.code === 'unreadable_document' ? `${error.message}\n` : `redovisa: ${error.message}\n`);
    // A conflict (an address already in use) is input the operator has to change, like invalid input.
    process.exitCode = ['unreadable_document', 'invalid_input', 'not_found', 'conflict'].includes(error.code) ? EXIT_UNREADABLE : 1;
  } else {
    // Something we did not foresee: say so in Swedish, and show the details only when asked.
    process.stderr.write(`redovisa: ett oväntat fel inträffade: ${error instanceof Error ? error.message : String(error)}\n` +
      (process.env.DEBUG ? `${error instanceof Error ? error.stack : ''}\n` : 'Kör med DEBUG=1 för detaljer.\n'));
    process.exitCode = 1;
  }
}
