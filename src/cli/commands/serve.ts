import { Command } from 'commander';
import { operatorContext } from '../../app/context.js';
import type { DemoData } from '../../app/load-demo-data.js';
import { AppError } from '../../domain/errors.js';
import { ROLE_NAMES } from '../../domain/roles.js';

export { DEMO_REPORT } from '../demo-files.js';

/** `redovisa serve`: migrates, optionally loads demo data, and serves the web application. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('Startar webbservern (PORT, HOST och DATABASE_URL gäller).')
    .option('--demo', 'importera demorapporten om databasen är tom')
    .action(async (options: { demo?: boolean }) => {
      const port = Number(process.env.PORT ?? 3000);
      const host = process.env.HOST ?? '127.0.0.1';
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('invalid_input', `PORT ska vara ett portnummer, inte ”${process.env.PORT}”.`);
      const [{ migrateToLatest, openDatabase }, { loadDemoData }, { readDemoFiles }, { buildServer }] = await Promise.all([
        import('../../db/index.js'), import('../../app/load-demo-data.js'),
        import('../demo-files.js'), import('../../server/app.js'),
      ]);
      const now = clockSetting(process.env.REDOVISA_CLOCK);
      const database = openDatabase();
      await migrateToLatest(database.db);
      if (options.demo) {
        const loaded = await loadDemoData(operatorContext(database, 'demodata'), await readDemoFiles());
        if (loaded) process.stdout.write(demoGreeting(loaded));
      }
      const { webIsBuilt } = await import('../../server/web.js');
      // Without a built front end the API still serves; `npm start` builds it first (prestart).
      const withWeb = webIsBuilt();
      if (!withWeb) process.stderr.write('Webbgränssnittet är inte byggt (kör npm run build); servern svarar bara på /api.\n');
      const { logLevelSetting } = await import('../../server/logging.js');
      const app = await buildServer({ database, now, logger: { level: logLevelSetting(process.env.LOG_LEVEL) }, trustProxy: trustProxySetting(process.env.TRUST_PROXY), ...(withWeb ? {} : { webRoot: null }) });
      let delivery: Awaited<ReturnType<typeof startMailDelivery>> = null;
      const reminders = await startDeadlineReminders(database, now);
      const close = async () => {
        await reminders.stop();
        await delivery?.stop();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      const address = await app.listen({ port, host });
      // Started once listening, so that e-mails link to the port actually taken (PORT=0 takes any free one).
      const listening = app.server.address();
      delivery = await startMailDelivery(database, typeof listening === 'object' && listening !== null ? listening.port : port, now);
      process.stdout.write(`Redovisa körs på ${address.replace('127.0.0.1', 'localhost')}  (avsluta med Ctrl+C)\n`);
    });
}

/**
 * With SMTP_URL, sends the outbox every few seconds (SMTP_FROM the sender, PUBLIC_URL the address
 * e-mails link to); without it, e-mails stay in the outbox, which admins read under Utkorg.
 */
async function startMailDelivery(database: import('../../db/index.js').Database, port: number, now: () => Date): Promise<{ stop: () => Promise<void> } | null> {
  const url = process.env.SMTP_URL?.trim();
  if (!url) {
    process.stderr.write('SMTP_URL är inte satt: e-post skickas inte utan sparas i utkorgen (Utkorg i appen).\n');
    return null;
  }
  const { smtpMailer, startDelivery } = await import('../../app/notifications/deliver.js');
  const mailer = smtpMailer(url, process.env.SMTP_FROM?.trim() || 'Redovisa <redovisa@localhost>');
  const publicUrl = process.env.PUBLIC_URL?.trim() || `http://localhost:${port}`;
  const delivery = startDelivery(database, {
    send: mailer.send, publicUrl, now, everyMs: 5_000,
    onError: (error) => process.stderr.write(`Utkorgen kunde inte skickas: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  return {
    stop: async () => {
      await delivery.stop();
      mailer.close();
    },
  };
}

/**
 * Deadline reminders (7 days and 1 day before, and once passed), checked at the start and every
 * minute; several processes on one PostgreSQL send each reminder once (src/app/notifications/reminders.ts).
 */
async function startDeadlineReminders(database: import('../../db/index.js').Database, now: () => Date): Promise<{ stop: () => Promise<void> }> {
  const { startReminders } = await import('../../app/notifications/reminders.js');
  return startReminders(database, {
    now, everyMs: 60_000,
    onError: (error) => process.stderr.write(`Påminnelserna kunde inte skickas: ${error instanceof Error ? error.message : String(error)}\n`),
  });
}

/** What the first start prints: the demo round and report, and each demo account's sign-in. */
function demoGreeting(demo: DemoData): string {
  const width = Math.max(...demo.accounts.map((a) => a.email.length));
  const lines = demo.accounts.map((a) => `  ${ROLE_NAMES[a.role].padEnd(20)} ${a.email.padEnd(width)}  ${a.password}`);
  return [
    `Demodata: ${demo.committee}s redovisning (nr ${demo.reportId}) som utkast i omgången ${demo.round};`,
    `historik godkänd på papper: ${demo.history.join('; ')}.`,
    'Demokonton (lösenorden visas bara nu; spara dem):',
    ...lines,
    '',
  ].join('\n');
}

/**
 * REDOVISA_CLOCK, for tests and rehearsals only: the instant (`2014-09-14T08:00:00Z`) the server's
 * clock starts from, running on from there; it decides deadlines, reminders, sessions and the audit
 * trail's times. Unset: the real clock.
 */
export function clockSetting(value: string | undefined): () => Date {
  const text = value?.trim() ?? '';
  if (text === '') return () => new Date();
  const start = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(start)) {
    throw new AppError('invalid_input', `REDOVISA_CLOCK ska vara en tidpunkt som 2014-09-14T08:00:00Z, inte ”${text}”.`, { field: 'REDOVISA_CLOCK' });
  }
  const startedAt = Date.now();
  process.stderr.write(`REDOVISA_CLOCK är satt: serverns klocka går från ${new Date(start).toISOString()}.\n`);
  return () => new Date(start + (Date.now() - startedAt));
}

/**
 * TRUST_PROXY: how many proxies in front of the app to believe (`1` for one reverse proxy), or the
 * proxies' addresses (`10.0.0.0/8,127.0.0.1`). Never "trust every hop": the leftmost X-Forwarded-For
 * address is whatever the client wrote, and the sign-in limit and the audit trail depend on it.
 */
export function trustProxySetting(value: string | undefined): number | string | false {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}
