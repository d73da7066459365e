// Builds the command line into dist/cli, so that `redovisa` starts as plain JavaScript instead of
// compiling TypeScript through tsx on every start (bin/redovisa.js falls back to tsx while the
// build is missing or older than src/). Run by `npm run build` and, through `prepare`, by `npm ci`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { dictionaryDirectory, dictionaryVersion, expandForms, readDictionaryFiles } from '../src/documents/import/swedish-words.js';
import { packWordTable, WORD_TABLE_FILE } from '../src/documents/import/word-table.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/cli');
// Sources changed from here on are newer than the build; the stamp written last records this moment.
const startedAt = Date.now();

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  // The document pool's worker is an entry of its own: each worker thread loads it by file name.
  entryPoints: { main: path.join(root, 'src/cli/main.ts'), 'document-worker': path.join(root, 'src/documents/workers/worker.ts') },
  outdir: out,
  bundle: true,
  // One chunk per lazily imported module group: `--help` loads commander and the commands, not pdfmake.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// The word list's forms, expanded once here instead of on the first hyphen of every process.
const dictionary = dictionaryDirectory();
writeFileSync(path.join(out, WORD_TABLE_FILE), packWordTable(expandForms(readDictionaryFiles(dictionary)), dictionaryVersion(dictionary)));

writeFileSync(path.join(out, 'build.json'), `${JSON.stringify({ sourcesBefore: startedAt })}\n`);
console.log(`Byggde ${path.relative(root, out)} (källorna från ${new Date(startedAt).toISOString()}).`);
