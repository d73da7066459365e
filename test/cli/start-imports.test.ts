// `redovisa --help` must answer like a command (issue 11: ≤ 150 ms as a whole process): the command
// line's entry loads commander and the commands' descriptions, and each command imports what it
// runs only when it runs. This reads the entry's static import graph as the build sees it (esbuild's
// metafile, the same bundler as scripts/build-cli.ts) and finds none of the heavy parts in it.
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/db.js';

describe('the command line’s start', () => {
  it('imports no database code and no package but commander before a command runs', async () => {
    const result = await build({
      entryPoints: [path.join(repoRoot, 'src/cli/main.ts')],
      absWorkingDir: repoRoot, bundle: true, splitting: true, format: 'esm', platform: 'node', packages: 'external',
      outdir: path.join(repoRoot, 'dist/start-imports-test'), metafile: true, write: false, logLevel: 'silent',
    });
    const { inputs } = result.metafile;
    // What main.ts reaches through static imports alone, with the first path to each.
    const start = 'src/cli/main.ts';
    const via = new Map<string, string[]>([[start, [start]]]);
    const packages = new Map<string, string[]>();
    const queue = [start];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const imported of inputs[file]?.imports ?? []) {
        if (imported.kind !== 'import-statement') continue;
        const chain = [...(via.get(file) ?? []), imported.path];
        if (imported.external) {
          if (!packages.has(imported.path)) packages.set(imported.path, chain);
        } else if (!via.has(imported.path)) {
          via.set(imported.path, chain);
          queue.push(imported.path);
        }
      }
    }
    // Neither the database's code (with SQLite's and PostgreSQL's drivers) nor any package but commander.
    const heavy = [...via.entries()].filter(([file]) => /^src\/db\//u.test(file));
    expect(heavy.map(([, chain]) => chain.join(' → '))).toEqual([]);
    const loaded = [...packages.keys()].filter((name) => !name.startsWith('node:'));
    expect(loaded).toEqual(['commander']);
  });
});
