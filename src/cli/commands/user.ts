import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { operatorContext } from '../../app/context.js';
import { AppError } from '../../domain/errors.js';
import { ROLE_NAMES, ROLES, type Role } from '../../domain/roles.js';
import { withDatabase } from '../database.js';

/** `redovisa user …`: accounts from the command line (the first admin is made here). */
export function userCommand(): Command {
  const user = new Command('user').description('Hanterar användarkonton.').helpCommand('help [kommando]', 'visa hjälp för ett kommando');
  user.addCommand(new Command('add')
    .description('Skapar en användare. Lösenordet läses från standard in (en rad), t.ex. `echo "$LOSENORD" | redovisa user add …`; '
      + 'i en terminal frågar kommandot efter det utan att visa det. Med --invite väljer användaren lösenordet själv via en länk i e-post.')
    .requiredOption('--email <adress>', 'användarens e-postadress (inloggningsnamnet)')
    .requiredOption('--name <namn>', 'användarens namn, som andra ser det')
    .addOption(new Option('--role <roll>', 'roll: reporter och approver hör till en nämnd, övriga till ingen').choices(ROLES).makeOptionMandatory())
    .option('--committee <nämnd>', 'nämndens namn, exakt som det är lagrat (för reporter och approver)')
    .option('--invite', 'skicka en inbjudan (en länk som gäller i 72 timmar) i stället för att ange ett lösenord; '
      + 'e-posten läggs i utkorgen och skickas av `redovisa serve` när SMTP_URL är satt')
    .action(async (options: { email: string; name: string; role: Role; committee?: string; invite?: boolean }) => {
      const invite = options.invite === true;
      const password = invite ? undefined : await readPassword();
      const { createUser } = await import('../../app/accounts/create-user.js');
      const { committees } = await import('../../db/index.js');
      const created = await withDatabase(async (database) => {
        let committeeId: number | null = null;
        if (options.committee !== undefined) {
          const committee = await committees.findByName(database.db, options.committee.trim());
          if (!committee) throw new AppError('invalid_input', `Nämnden ”${options.committee}” finns inte. Ange namnet exakt som det är lagrat.`, { field: 'committee' });
          committeeId = committee.id;
        }
        const ctx = operatorContext(database, `kommandoraden (${process.env.USER ?? 'okänd'})`);
        return createUser(ctx, { email: options.email, name: options.name, role: options.role, committeeId, password, invite });
      });
      process.stdout.write(`Skapade användare ${created.id}: ${created.name} <${created.email}>, ${ROLE_NAMES[created.role]}`
        + `${created.committeeName ? `, ${created.committeeName}` : ''}.\n`);
      if (invite) {
        process.stdout.write(`Inbjudan till ${created.email} ligger i utkorgen; \`redovisa serve\` skickar den när SMTP_URL är satt.\n`);
      }
    }));
  return user;
}

/**
 * The password: the first line of standard input, or typed at a prompt without echo (twice, so a
 * typing mistake does not lock the new user out) when standard input is a terminal.
 */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const line = await readLine(false);
    if (line === undefined || line === '') throw new AppError('invalid_input', 'Inget lösenord på standard in; skicka det som en rad, t.ex. `echo "$LOSENORD" | redovisa user add …`.', { field: 'password' });
    return line;
  }
  const first = await readLine(true, 'Lösenord: ');
  const again = await readLine(true, 'Upprepa lösenordet: ');
  if (first !== again) throw new AppError('invalid_input', 'Lösenorden är olika; försök igen.', { field: 'password' });
  return first ?? '';
}

// Reads one line. On a terminal the prompt goes to stderr (stdout stays for the result) and what is
// typed is not echoed; readline still handles backspace and Ctrl+C.
function readLine(terminal: boolean, prompt = ''): Promise<string | undefined> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const lines = createInterface({ input: process.stdin, output, terminal });
  return new Promise((resolve, reject) => {
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      if (terminal) process.stderr.write('\n');
      resolve(line.replace(/\r$/, ''));
    });
    lines.once('SIGINT', () => {
      lines.close();
      process.stderr.write('\n');
      reject(new AppError('invalid_input', 'Avbrutet; ingen användare skapades.'));
    });
    lines.once('close', () => {
      if (!answered) resolve(undefined);
    });
    if (prompt) process.stderr.write(prompt);
    muted = terminal;
  });
}
