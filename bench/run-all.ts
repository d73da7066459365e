// Runs every benchmark in its own process (so one's warm caches do not flatter another) and prints the numbers.
// `npm run bench` runs them all; `npm run bench -- api-read page-load` runs the ones named.
// api-read needs PostgreSQL on 127.0.0.1:5432 and starts the server itself; page-load needs Chromium
// (e2e/browser.ts) and builds the front end when dist/web is missing or stale.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './support.js';

const benches = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['parse', 'render', 'sie-export', 'reconcile', 'compile', 'dashboard', 'start', 'api-read', 'page-load'];
for (const name of benches) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench', `${name}.ts`)], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
