// Our PDF beside what a committee does today: it writes the report in Word and lets LibreOffice (or
// Word) turn the .docx into a PDF. Both as whole processes, the way a person or a script starts them:
// `node bin/redovisa.js render <seed>.json --format pdf` against `soffice --headless --convert-to pdf`
// of the same report as a .docx (our own DOCX of the seed), run in turns LIBREOFFICE_RUNS times
// (default 10) after one unmeasured run of each (LibreOffice's first run makes its profile);
// the medians, and their ratio. Skipped, with a line saying so, when `soffice` is not installed
// (`apt-get install -y libreoffice-writer-nogui hyphen-sv`). Run: `npm run bench -- libreoffice`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GOLDEN_PATH, machineLoad, median, repoRoot, report } from './support.js';

const runs = Number(process.env.LIBREOFFICE_RUNS ?? 10);
const bin = path.join(repoRoot, 'bin/redovisa.js');

/** Runs a command to its end; the wall-clock milliseconds from spawn to exit. */
function timeProcess(command: string, args: readonly string[]): Promise<number> {
  const start = performance.now();
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const elapsed = performance.now() - start;
      if (code === 0) resolve(elapsed);
      else reject(new Error(`${command} ${args.join(' ')} avslutades med kod ${code}:\n${stderr}`));
    });
  });
}

interface Command { command: string; args: readonly string[]; output: string }

/** Runs the command once; the milliseconds, checking that it wrote its file. */
async function once({ command, args, output }: Command): Promise<number> {
  rmSync(output, { force: true });
  const ms = await timeProcess(command, args);
  if (!existsSync(output) || statSync(output).size === 0) throw new Error(`${command} skrev inte ${output}.`);
  return ms;
}

/**
 * Both commands, one run of each after the other, `runs` times after one run each that is not
 * counted: on a shared machine the load changes from minute to minute, and alternating lets both
 * meet the same. The medians, and the median of the runs' ratios.
 */
async function compare(ours: Command, theirs: Command): Promise<{ first: [number, number]; ours: number; theirs: number; ratio: number }> {
  const first: [number, number] = [await once(ours), await once(theirs)];
  const times: Array<[number, number]> = [];
  for (let run = 0; run < runs; run++) times.push([await once(ours), await once(theirs)]);
  return { first, ours: median(times.map(([a]) => a)), theirs: median(times.map(([, b]) => b)), ratio: median(times.map(([a, b]) => b / a)) };
}

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
if (soffice.error || soffice.status !== 0) {
  console.log('libreoffice: soffice is not installed, nothing compared (apt-get install -y libreoffice-writer-nogui hyphen-sv)');
} else {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'redovisa-libreoffice-'));
  try {
    const docx = path.join(scratch, 'seed.docx');
    await timeProcess(process.execPath, [bin, 'render', GOLDEN_PATH, '--format', 'docx', '--out', docx]);
    const built = existsSync(path.join(repoRoot, 'dist/cli/build.json'));
    console.log(`${soffice.stdout.trim()}; redovisa: ${built ? 'bin/redovisa.js (dist/cli when the build is fresh)' : 'bin/redovisa.js (no dist/cli: the sources through tsx)'}; ` +
      `median of ${runs} runs after one; ${machineLoad()}`);
    // A profile of its own, so another LibreOffice on the machine neither shares nor locks it.
    const profile = `-env:UserInstallation=file://${path.join(scratch, 'profile')}`;
    const result = await compare(
      { command: process.execPath, args: [bin, 'render', GOLDEN_PATH, '--format', 'pdf', '--out', path.join(scratch, 'ours.pdf')], output: path.join(scratch, 'ours.pdf') },
      { command: 'soffice', args: [profile, '--headless', '--convert-to', 'pdf', '--outdir', scratch, docx], output: path.join(scratch, 'seed.pdf') },
    );
    report('redovisa render seed → PDF', result.ours, 'ms', '—', true);
    report('soffice seed.docx → PDF', result.theirs, 'ms', '—', true);
    console.log(`  first runs: redovisa ${result.first[0].toFixed(0)} ms, soffice ${result.first[1].toFixed(0)} ms (making its profile)`);
    console.log(`  LibreOffice takes ${result.ratio.toFixed(1)}× as long as redovisa for the same report as PDF (median of the runs' ratios, whole processes); ${machineLoad()}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
