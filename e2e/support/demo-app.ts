// The application as a new user starts it: `redovisa serve --demo` on a fresh SQLite file, with the
// address and the demo accounts read from what the first start prints (not from the code).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLE_NAMES, ROLES, type Role } from '../../src/domain/roles.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STARTED = /Redovisa körs på (http:\/\/\S+)/u;
// "  Attestant i nämnden  attestant@demo.redovisa.se   9GU0Q0vP…": role names may hold spaces.
const ACCOUNT = /^ {2}(\S.*?)\s+(\S+@\S+)\s+(\S+)\s*$/u;

/** A demo account as the first start printed it. */
export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
}

/** A running demo server: its address, the printed accounts and report, and how to stop it. */
export interface DemoApp {
  url: string;
  accounts: Readonly<Record<Role, DemoAccount>>;
  /** The demo report's number, as the greeting names it ("redovisning (nr 1)"). */
  reportId: number;
  /** The SQLite database the server runs on, for the command line beside it. */
  databaseUrl: string;
  /** Everything the server printed on standard output. */
  output: () => string;
  stop: () => Promise<void>;
}

function roleOf(name: string): Role | undefined {
  return ROLES.find((role) => ROLE_NAMES[role] === name);
}

/** Reads the accounts from the first start's greeting; throws naming what is missing. */
export function parseGreeting(text: string): { accounts: Record<Role, DemoAccount>; reportId: number } {
  const found = new Map<Role, DemoAccount>();
  for (const line of text.split('\n')) {
    const match = ACCOUNT.exec(line);
    const role = match?.[1] ? roleOf(match[1].trim()) : undefined;
    if (match && role && match[2] && match[3]) found.set(role, { role, email: match[2], password: match[3] });
  }
  const need = (role: Role): DemoAccount => {
    const account = found.get(role);
    if (!account) throw new Error(`Demokontot för ${ROLE_NAMES[role]} saknas i utskriften:\n${text}`);
    return account;
  };
  const accounts = {
    reporter: need('reporter'), approver: need('approver'), controller: need('controller'), admin: need('admin'), reader: need('reader'),
  } satisfies Record<Role, DemoAccount>;
  const reportId = Number(/\(nr (\d+)\)/u.exec(text)?.[1]);
  if (!Number.isInteger(reportId)) throw new Error(`Demorapportens nummer saknas i utskriften:\n${text}`);
  return { accounts, reportId };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts `node bin/redovisa.js serve --demo` on a new temporary SQLite database and a free port (or
 * the PORT of `env`, when the address must be known before the start).
 */
export async function startDemoApp(options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<DemoApp> {
  // Without the built front end the server answers only /api, and every page test would time out.
  if (!existsSync(path.join(ROOT, 'dist/web/index.html'))) throw new Error('Webbgränssnittet är inte byggt: kör npm run build (npm test gör det).');
  const dir = await mkdtemp(path.join(tmpdir(), 'redovisa-e2e-'));
  const databaseUrl = `sqlite:${path.join(dir, 'redovisa.db')}`;
  const child = spawn(process.execPath, ['bin/redovisa.js', 'serve', '--demo'], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, DATABASE_URL: databaseUrl, PORT: options.env?.PORT ?? '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(killer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Servern startade inte inom tiden.\n${stdout}\n${stderr}`)), options.timeoutMs ?? 90_000);
      const onData = () => {
        const match = STARTED.exec(stdout);
        if (!match?.[1]) return;
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match[1]);
      };
      child.stdout?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Servern avslutades (kod ${code}).\n${stdout}\n${stderr}`));
      });
    });
    const { accounts, reportId } = parseGreeting(stdout);
    return { url, accounts, reportId, databaseUrl, output: () => stdout, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
