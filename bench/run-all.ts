// Runs every benchmark in its own process (so one's warm caches do not flatter another) and prints the numbers.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './support.js';

const benches = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['parse', 'render'];
for (const name of benches) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench', `${name}.ts`)], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
