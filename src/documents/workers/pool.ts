// CPU-heavy document work — reading a PDF or Word file, rendering a report to PDF or DOCX — runs in a
// pool of worker threads (piscina), never on the server's event loop: a large report or a hostile file
// then slows one worker, not every request. Each worker has a memory limit (a PDF whose streams
// inflate to gigabytes runs it out of memory and is refused) and each task a time limit.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { AppError } from '../../domain/errors.js';
import type { ReportDocument } from '../../domain/report.js';
import { ImportError } from '../import/errors.js';
import type { ReadReport } from '../import/parse-text.js';
import type { DocumentFormat } from '../render/formats.js';
import type { DocumentFrame } from '../wording.js';
import type { Outcome, Task, ThrownData } from './worker.js';

/** A worker's heap: far above any real report (the seed needs ~60 MB), far below a bomb. */
export const WORKER_HEAP_MB = 384;
/** How long one task may take before its worker is stopped. */
export const TASK_TIMEOUT_MS = 60_000;

// Built: dist/cli/document-worker.js beside the bundle's chunks. From source (tsx, vitest), the worker
// is bundled once per process with esbuild, as the build does: tsx inside a worker thread cannot
// resolve the renderers' lazy imports.
const fromSource = import.meta.url.endsWith('.ts');

async function workerFile(): Promise<string> {
  if (!fromSource) return new URL('./document-worker.js', import.meta.url).href;
  const { build } = await import('esbuild');
  // Inside the project's node_modules, so the bundle's external packages resolve as the source's do.
  const out = fileURLToPath(new URL(`../../../node_modules/.cache/redovisa/document-worker-${process.pid}.mjs`, import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    outfile: out, bundle: true, format: 'esm', platform: 'node', target: 'node20.19', packages: 'external', logLevel: 'warning',
  });
  process.once('exit', () => rmSync(out, { force: true }));
  return pathToFileURL(out).href;
}

let pool: Promise<Piscina> | undefined;

function thePool(): Promise<Piscina> {
  pool ??= workerFile().then((filename) => new Piscina({
    filename,
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(4, os.availableParallelism())),
    // A worker that has loaded pdfmake and pdfjs is worth keeping for a while; then its memory goes back.
    idleTimeout: 5 * 60_000,
    // Beyond this many waiting tasks, new ones are refused rather than queued for minutes.
    maxQueue: 64,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32 },
  }));
  pool.catch(() => {
    pool = undefined;
  });
  return pool;
}

function rethrown(error: ThrownData): Error {
  if (error.kind === 'import') {
    const where = error.page === undefined ? error.line : { line: error.line ?? 0, onPage: { page: error.page, line: error.line ?? 0 } };
    return new ImportError(error.fileName, where, error.reason);
  }
  return new AppError(error.code, error.message, error.details);
}

async function runTask(task: Task, what: { fileName: string }): Promise<Outcome> {
  const signal = AbortSignal.timeout(TASK_TIMEOUT_MS);
  try {
    return (await (await thePool()).run(task, { signal })) as Outcome;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      throw new AppError('unreadable_document', `${what.fileName}: filen kräver mer än ${WORKER_HEAP_MB} MB minne att läsa och kan inte tas emot; spara den på nytt (t.ex. som PDF från ordbehandlaren) och försök igen.`, { fileName: what.fileName });
    }
    if (signal.aborted) {
      throw new AppError('unreadable_document', `${what.fileName}: att läsa eller skapa filen tog mer än ${TASK_TIMEOUT_MS / 1000} sekunder och avbröts.`, { fileName: what.fileName });
    }
    if (error instanceof Error && /queue is at limit|Task queue is at limit/i.test(error.message)) {
      throw new AppError('unavailable', 'Servern har många dokument i kö just nu; försök igen om en stund.');
    }
    throw error;
  }
}

/** Reads a legacy report file (.txt, .pdf, .docx) in the pool: the same answer as readReportFile. */
export async function readReportFileInPool(bytes: Uint8Array, fileName: string): Promise<ReportDocument> {
  return (await readReportSourceInPool(bytes, fileName)).report;
}

/** Reads a legacy report file in the pool, with where each entry stands in it: the same answer as readReportSource. */
export async function readReportSourceInPool(bytes: Uint8Array, fileName: string): Promise<ReadReport> {
  const outcome = await runTask({ kind: 'read', bytes, fileName }, { fileName });
  if (!outcome.ok) throw rethrown(outcome.error);
  if (!('document' in outcome)) throw new Error('Arbetaren svarade inte med en redovisning.');
  return { report: outcome.document, places: outcome.places };
}

// Rendered documents by what they show: the digest of the report's content, its frame (the
// organisation, the approval) and the format. A report read a hundred times between two saves is
// rendered once; any change (a save, an approval, a rename of the committee or the organisation)
// changes the digest, so a stale document is never served.
const CACHE_BYTES = 64 * 1024 * 1024;
const cache = new Map<string, { bytes: Uint8Array; mediaType: string }>();
let cachedBytes = 0;

function remember(key: string, rendered: { bytes: Uint8Array; mediaType: string }): void {
  if (rendered.bytes.byteLength > CACHE_BYTES / 8) return;
  cache.set(key, rendered);
  cachedBytes += rendered.bytes.byteLength;
  for (const [oldest, value] of cache) {
    if (cachedBytes <= CACHE_BYTES) break;
    cache.delete(oldest);
    cachedBytes -= value.bytes.byteLength;
  }
}

/** Renders a report in the pool, or takes it from the cache: the same answer as renderDocument. */
export async function renderDocumentInPool(document: ReportDocument, frame: DocumentFrame, format: DocumentFormat): Promise<{ bytes: Uint8Array; mediaType: string }> {
  const key = `${format}:${createHash('sha256').update(JSON.stringify([document, frame])).digest('base64url')}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const outcome = await runTask({ kind: 'render', document, frame, format }, { fileName: `${document.committee}.${format}` });
  if (!outcome.ok) throw rethrown(outcome.error);
  if (!('bytes' in outcome)) throw new Error('Arbetaren svarade inte med ett dokument.');
  const rendered = { bytes: outcome.bytes, mediaType: outcome.mediaType };
  remember(key, rendered);
  return rendered;
}

/** Stops the pool's workers (the server's close, and tests). */
export async function closeDocumentPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await (await closing)?.destroy();
}
