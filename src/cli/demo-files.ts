// The demo's files, read as `redovisa serve --demo` reads them: the seed and the history in demo/.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_HISTORY } from '../app/demo-history.js';
import type { DemoReport } from '../app/load-demo-data.js';
import { packageRoot } from '../server/package-root.js';

/** The demo report shipped with the code: the seed, Hässelby-Vällingby 2014. */
export const DEMO_REPORT = path.join(packageRoot(), 'demo/000_103637c2e0986dfa.txt');
/** The demo's history: other committees' reports, stored approved in their rounds. */
export const DEMO_HISTORY_DIR = path.join(packageRoot(), 'demo/history');

async function read(file: string): Promise<DemoReport> {
  const { readReportFile } = await import('../documents/import/index.js');
  const document = await readReportFile(new Uint8Array(await readFile(file)), path.basename(file));
  return { document, source: path.relative(packageRoot(), file).split(path.sep).join('/') };
}

/** The seed and the history's reports (in DEMO_HISTORY's order), parsed. */
export async function readDemoFiles(): Promise<DemoReport & { history: DemoReport[] }> {
  const [seed, ...history] = await Promise.all([DEMO_REPORT, ...DEMO_HISTORY.map((h) => path.join(DEMO_HISTORY_DIR, h.file))].map(read));
  return { ...seed!, history };
}
