// How long `redovisa` takes as a whole process, the way a person or a script starts it: the median
// of START_RUNS runs (default 10) of `--help`, `parse` and `render` of the seed, and of `serve` on a
// fresh SQLite file until it answers /health. Budgets: 150, 300, 400 and 1 000 ms.
// `npm run bench -- start` measures what bin/redovisa.js runs (dist/cli when built and fresh);
// `node --import tsx bench/start.ts --from-source` measures the TypeScript sources through tsx.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GOLDEN_PATH, machineLoad, median, repoRoot, report, SEED_PATH } from './support.js';

const runs = Number(process.env.START_RUNS ?? 10);
const fromSource = process.argv.includes('--from-source');
const bin = path.join(repoRoot, 'bin/redovisa.js');
const env = { ...process.env, ...(fromSource ? { REDOVISA_FROM_SOURCE: '1' } : {}) };
const scratch = mkdtempSync(path.join(os.tmpdir(), 'redovisa-start-'));

/** Runs `node ARGS` to its end; the wall-clock milliseconds from spawn to exit. */
function timeNode(args: readonly string[]): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const elapsed = performance.now() - start;
      if (code === 0) resolve(elapsed);
      else reject(new Error(`node ${args.join(' ')} avslutades med kod ${code}:\n${stderr}`));
    });
  });
}

/** Starts `redovisa serve` on a new SQLite file and PORT=0; the milliseconds until /health answers 200. */
async function timeServe(run: number): Promise<number> {
  const database = `sqlite:${path.join(scratch, `serve-${run}.db`)}`;
  const start = performance.now();
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: repoRoot, env: { ...env, DATABASE_URL: database, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  try {
    const port = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /https?:\/\/[^\s:]+:(\d+)/.exec(output)?.[1];
        if (found) resolve(found);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      child.once('exit', (code) => reject(new Error(`redovisa serve avslutades (${code}) innan den lyssnade:\n${output}`)));
    });
    for (;;) {
      const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
      if (res?.status === 200) return performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** Runs `redovisa ARGS` to its end; the wall-clock milliseconds from spawn to exit. */
function timeCommand(args: readonly string[]): Promise<number> {
  return timeNode([bin, ...args]);
}

async function measure(name: string, budget: number | null, once: (run: number) => Promise<number>): Promise<void> {
  await once(-1); // warm the file cache once; every measured run is a new process all the same
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await once(run));
  const value = median(times);
  report(name, value, 'ms', budget === null ? '—' : `≤ ${budget} ms`, budget === null || value <= budget);
}

const built = existsSync(path.join(repoRoot, 'dist/cli/build.json'));
console.log(`${fromSource ? 'Källkoden genom tsx' : built ? 'bin/redovisa.js (dist/cli om bygget är färskt)' : 'bin/redovisa.js (dist/cli saknas: källkoden genom tsx)'}; median av ${runs} körningar; ${machineLoad()}`);
try {
  // Node itself, for scale: on a busy shared machine every line below grows with it.
  await measure('start: node -e 0 (for scale)', null, () => timeNode(['-e', '0']));
  await measure('start: redovisa --help', 150, () => timeCommand(['--help']));
  await measure('start: redovisa parse (seed)', 300, () => timeCommand(['parse', SEED_PATH]));
  await measure('start: redovisa render --format pdf', 400, () => timeCommand(['render', GOLDEN_PATH, '--format', 'pdf', '--out', path.join(scratch, 'seed.pdf')]));
  await measure('start: redovisa serve → /health', 1000, timeServe);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
