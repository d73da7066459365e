// Runs every benchmark in its own process (so one's warm caches do not flatter another) and prints the numbers.
// `npm run bench` runs them all and writes docs/performance.md (the machine, its load before and after
// each benchmark, and what each printed); `npm run bench -- api-read page-load` runs the ones named
// and only prints; `npm run bench -- compile --update` runs them and replaces their sections of
// docs/performance.md (the table of budgets is made again from every section). api-read needs
// PostgreSQL on 127.0.0.1:5432 and starts the server itself; page-load needs Chromium (e2e/browser.ts)
// and builds the front end when dist/web is missing or stale; public starts the server with
// PUBLIC_SITE=1 and measures the public report list under a crowd; growth times the same reads on
// 1×, 10× and 100× a city on both engines (the longest: tens of minutes); deadline-day runs 200 users
// against one server on SQLite and two on PostgreSQL; libreoffice compares our PDF with soffice's
// (skipped when LibreOffice is not installed).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './support.js';

const ALL = [
  'parse', 'render', 'import-pdf', 'libreoffice', 'sie-export', 'reconcile', 'compile', 'search', 'dashboard', 'growth', 'start', 'api-read',
  'deadline-day', 'page-load', 'public',
];
const args = process.argv.slice(2);
const update = args.includes('--update');
const named = args.filter((a) => a !== '--update');
for (const name of named) if (!ALL.includes(name)) throw new Error(`Okänd benchmark "${name}"; finns: ${ALL.join(', ')}.`);
const benches = named.length > 0 ? named : ALL;
const DOC = path.join(repoRoot, 'docs/performance.md');
if (update && (named.length === 0 || !existsSync(DOC))) throw new Error('--update behöver benchmarks att köra och en docs/performance.md att uppdatera.');

/** One benchmark's run: what it printed, and the load around it. */
interface Section {
  name: string;
  ok: boolean;
  /** "Load average (1 / 5 / 15 min) before: …; after: …; N s." */
  load: string;
  output: string;
}

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

// Every line a benchmark printed with support.ts's report(): what it measured against which budget.
const RESULT = /^(.+?)\s+(-?\d+(?:\.\d+)?)\s+(\S+)\s+budget\s+(.+?)\s+(ok|OVER BUDGET)$/u;

function budgetTable(sections: readonly Section[]): string[] {
  const results = sections.flatMap((section) => section.output.split('\n').flatMap((line) => {
    const m = RESULT.exec(line.trim());
    const budget = m?.[4]?.trim() ?? '—';
    if (!m || budget === '—' || budget.startsWith('— ')) return [];
    return [{ bench: section.name, name: m[1] ?? '', value: `${m[2] ?? ''} ${m[3] ?? ''}`, budget, met: m[5] === 'ok' }];
  }));
  const cell = (text: string) => text.replace(/\|/gu, '\\|');
  return [
    '## Every budget, met or not',
    '',
    `${results.filter((r) => r.met).length} of ${results.length} measures within their budget. What is not is a gap, named`,
    "in the README's Budgets table with what causes it; the numbers below each benchmark's heading say how it ran.",
    '',
    '| Benchmark | Measure | Value | Budget | |',
    '|---|---|---:|---|---|',
    ...results.map((r) => `| ${r.bench} | ${cell(r.name)} | ${r.value} | ${cell(r.budget)} | ${r.met ? 'met' : '**not met**'} |`),
  ];
}

const sectionText = (s: Section) => [`## ${s.name}${s.ok ? '' : ' (failed)'}`, '', s.load, '', '```', s.output.trimEnd(), '```'].join('\n');

/** The sections of a document this script wrote, read back. */
function readSections(doc: string): Section[] {
  const names = new Set(ALL);
  return doc.split(/^(?=## )/mu).flatMap((part) => {
    const heading = /^## (\S+)( \(failed\))?\n\n(.*)\n\n```\n([\s\S]*?)\n```/u.exec(part);
    if (!heading || !names.has(heading[1] ?? '')) return [];
    return [{ name: heading[1] ?? '', ok: heading[2] === undefined, load: heading[3] ?? '', output: heading[4] ?? '' }];
  });
}

const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' / ');
const sections: Section[] = [];
for (const name of benches) {
  const before = load();
  const result = await run(name);
  if (!result.ok) process.exitCode = 1;
  sections.push({ name, ok: result.ok, load: `Load average (1 / 5 / 15 min) before: ${before}; after: ${load()}; ${result.seconds.toFixed(0)} s.`, output: result.output });
}

const cpus = os.cpus();
const machine = `- Machine: ${cpus.length} × ${cpus[0]?.model ?? 'okänd processor'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB memory, ${os.type()} ${os.release()}`;
if (named.length === 0 || update) {
  const old = update ? readFileSync(DOC, 'utf8') : '';
  const kept = update ? readSections(old) : [];
  const all = update ? ALL.flatMap((name) => sections.find((s) => s.name === name) ?? kept.find((s) => s.name === name) ?? []) : sections;
  const when = update
    ? [/^- When: .*$/mu.exec(old)?.[0] ?? '- When: (okänt)', `- Updated: ${new Date().toISOString()} (${named.join(', ')} run again, Node ${process.version})`]
    : [`- When: ${new Date().toISOString()}`];
  const doc = [
    '# Performance',
    '',
    'Written by `npm run bench` (bench/run-all.ts): every benchmark in its own process, with what it printed.',
    "The budgets and what they mean are in the README's Budgets table; this file is the latest full run.",
    '',
    ...when,
    update ? (/^- Machine: .*$/mu.exec(old)?.[0] ?? machine) : machine,
    update ? (/^- Node .*$/mu.exec(old)?.[0] ?? `- Node ${process.version}`) : `- Node ${process.version}`,
    '',
    ...budgetTable(all),
    '',
    ...all.flatMap((s) => [sectionText(s), '']),
  ].join('\n');
  writeFileSync(DOC, doc);
  process.stdout.write(`Skrev docs/performance.md.\n`);
}
