import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, for reading ../shared beside it. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Reads a file from ../shared (the seed and its golden fixture). */
export function readShared(relative: string): string {
  return readFileSync(path.resolve(repoRoot, '../shared', relative), 'utf8');
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times an async function: warm-up runs first, then `runs` measured runs in milliseconds. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/** Prints one result line: name, value, unit and the budget it is held against. */
export function report(name: string, value: number, unit: string, budget: string, ok: boolean): void {
  console.log(`${name.padEnd(34)} ${value.toFixed(unit === 'ms' ? 2 : 0).padStart(10)} ${unit.padEnd(10)} budget ${budget.padEnd(12)} ${ok ? 'ok' : 'OVER BUDGET'}`);
}
