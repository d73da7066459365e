#!/usr/bin/env node
// Entry point for `npx redovisa …` and `npm start`. Runs the command line built into dist/cli
// (scripts/build-cli.ts, run by `npm run build` and `npm ci`) when that build is newer than every
// file under src/; otherwise the TypeScript sources through tsx, so stale code never runs and a
// fresh edit works without a build. REDOVISA_FROM_SOURCE=1 always runs the sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist/cli');

/** When the build began (ms), or null when there is no complete build. */
function buildTime() {
  try {
    const { sourcesBefore } = JSON.parse(readFileSync(path.join(built, 'build.json'), 'utf8'));
    return typeof sourcesBefore === 'number' ? sourcesBefore : null;
  } catch {
    return null;
  }
}

/** True when a file or folder under `dir` changed at or after `time`; src/web is the front end's, built by vite. */
function changedSince(dir, time) {
  // A folder's own time changes when a file in it is added, removed or renamed.
  if (statSync(dir).mtimeMs >= time) return true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (file !== path.join(root, 'src/web') && changedSince(file, time)) return true;
    } else if (statSync(file).mtimeMs >= time) {
      return true;
    }
  }
  return false;
}

const time = process.env.REDOVISA_FROM_SOURCE ? null : buildTime();
if (time !== null && !changedSince(path.join(root, 'src'), time)) {
  if (process.env.DEBUG) process.setSourceMapsEnabled(true);
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
