// Runs every benchmark in its own process (so one's warm caches do not flatter another) and prints the numbers.
// `npm run bench` runs them all and writes docs/performance.md (the machine, its load before and after
// each benchmark, and what each printed); `npm run bench -- api-read page-load` runs the ones named
// and only prints. api-read needs PostgreSQL on 127.0.0.1:5432 and starts the server itself; page-load
// needs Chromium (e2e/browser.ts) and builds the front end when dist/web is missing or stale; public
// starts the server with PUBLIC_SITE=1 and measures the public report list under a crowd; growth
// times the same reads on 1×, 10× and 100× a city on both engines (the longest: tens of minutes);
// deadline-day runs 200 users against one server on SQLite and two on PostgreSQL; libreoffice
// compares our PDF with soffice's (skipped when LibreOffice is not installed).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './support.js';

const ALL = [
  'parse', 'render', 'import-pdf', 'libreoffice', 'sie-export', 'reconcile', 'compile', 'search', 'dashboard', 'growth', 'start', 'api-read', 'deadline-day',
  'page-load', 'public',
];
const named = process.argv.slice(2);
const benches = named.length > 0 ? named : ALL;

/** Runs one benchmark, showing its output as it comes and keeping it. */
function run(name: string): Promise<{ output: string; ok: boolean; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench', `${name}.ts`)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { process.stdout.write(chunk); output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { process.stderr.write(chunk); output += chunk.toString(); });
    child.on('close', (code) => resolve({ output, ok: code === 0, seconds: (performance.now() - started) / 1000 }));
  });
}

const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' / ');
const sections: string[] = [];
// Every line a benchmark printed with support.ts's report(): what it measured against which budget.
const RESULT = /^(.+?)\s+(-?\d+(?:\.\d+)?)\s+(\S+)\s+budget\s+(.+?)\s+(ok|OVER BUDGET)$/u;
const results: { bench: string; name: string; value: string; unit: string; budget: string; met: boolean }[] = [];
for (const name of benches) {
  const before = load();
  const result = await run(name);
  if (!result.ok) process.exitCode = 1;
  for (const line of result.output.split('\n')) {
    const m = RESULT.exec(line.trim());
    if (m && m[4]?.trim() !== '—' && !m[4]?.startsWith('— ')) {
      results.push({ bench: name, name: m[1] ?? '', value: m[2] ?? '', unit: m[3] ?? '', budget: m[4]?.trim() ?? '', met: m[5] === 'ok' });
    }
  }
  sections.push([
    `## ${name}${result.ok ? '' : ' (failed)'}`,
    '',
    `Load average (1 / 5 / 15 min) before: ${before}; after: ${load()}; ${result.seconds.toFixed(0)} s.`,
    '',
    '```',
    result.output.trimEnd(),
    '```',
  ].join('\n'));
}

if (named.length === 0) {
  const cpus = os.cpus();
  const doc = [
    '# Performance',
    '',
    'Written by `npm run bench` (bench/run-all.ts): every benchmark in its own process, with what it printed.',
    "The budgets and what they mean are in the README's Budgets table; this file is the latest full run.",
    '',
    `- When: ${new Date().toISOString()}`,
    `- Machine: ${cpus.length} × ${cpus[0]?.model ?? 'okänd processor'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.type()} ${os.release()}`,
    `- Node ${process.version}`,
    '',
    '## Every budget, met or not',
    '',
    `${results.filter((r) => r.met).length} of ${results.length} measures within their budget. What is not is a gap, named`,
    "in the README's Budgets table with what causes it; the numbers below each benchmark's heading say how it ran.",
    '',
    '| Benchmark | Measure | Value | Budget | |',
    '|---|---|---:|---|---|',
    ...results.map((r) => `| ${r.bench} | ${r.name.replace(/\|/gu, '\\|')} | ${r.value} ${r.unit} | ${r.budget.replace(/\|/gu, '\\|')} | ${r.met ? 'met' : '**not met**'} |`),
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
  writeFileSync(path.join(repoRoot, 'docs/performance.md'), doc);
  process.stdout.write(`Skrev docs/performance.md.\n`);
}
