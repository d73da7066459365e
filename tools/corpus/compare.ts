// How a read report compares with its expected JSON: exact, refused, warned about, or wrong.
import type { ReportDocument, ReportWarning } from '../../src/domain/report.js';

/** The outcome of reading one corpus file. */
export type Outcome =
  | { kind: 'exact'; extraWarnings: string[] }
  | { kind: 'warned'; differences: string[]; warnings: string[] }
  | { kind: 'wrong'; differences: string[] }
  | { kind: 'refused'; message: string; located: boolean };

const key = (warning: Pick<ReportWarning, 'code' | 'message'>) => `${warning.code}: ${warning.message}`;

/** Paths where two JSON values differ, e.g. `projects.2.entries.0.amountOre`. */
export function differences(actual: unknown, expected: unknown, path = ''): string[] {
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    return Object.is(actual, expected) ? [] : [path];
  }
  if (Array.isArray(actual) !== Array.isArray(expected)) return [path];
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  return [...keys].flatMap((name) => differences(Reflect.get(actual, name), Reflect.get(expected, name), path === '' ? name : `${path}.${name}`));
}

/**
 * Compares a read report with the expected one. Warnings are compared by code and message (their
 * line numbers depend on the file's layout). A difference counts as warned about only when a
 * warning the expected report does not have names the project it is in — for a difference in the
 * project's table, a warning that is not about its narrative — (or, outside projects, a warning
 * that names no project); otherwise it is a wrong read.
 */
export function compare(actual: ReportDocument, expected: ReportDocument): Outcome {
  const { warnings: actualWarnings = [], ...actualContent } = actual;
  const { warnings: expectedWarnings = [], ...expectedContent } = expected;
  const expectedKeys = new Set(expectedWarnings.map(key));
  const extra = actualWarnings.map(key).filter((warning) => !expectedKeys.has(warning));
  const missing = expectedWarnings.map(key).filter((warning) => !actualWarnings.map(key).includes(warning));
  const found = [...differences(actualContent, expectedContent), ...missing.map((warning) => `warnings: ${warning}`)];
  if (found.length === 0) return { kind: 'exact', extraWarnings: extra };
  // What the report lacks (a narrative, entries) is said of it, not of how it was read: no doubt.
  const doubts = extra.filter((warning) => !/^project_without_/u.test(warning));
  const named = found.every((path) => {
    const project = /^projects\.(\d+)/u.exec(path);
    // Outside projects (the title, the committee, the period), a warning about no project.
    if (!project) return doubts.some((warning) => !/projekt \d+/iu.test(warning));
    const number = expected.projects[Number(project[1])]?.number ?? Number(project[1]) + 1;
    // A difference in the table (an amount, a code, an entry's text, an entry missing) is warned
    // about only by a warning about the table ("Projekt N, …"); one about the narrative does not
    // name it, however it names the project.
    const table = !/^projects\.\d+\.narrative/u.test(path);
    return doubts.some((warning) => new RegExp(`projekt ${number}\\b`, 'iu').test(warning) && !(table && /^\w+: Delredovisning projekt/u.test(warning)));
  });
  return named ? { kind: 'warned', differences: found, warnings: extra } : { kind: 'wrong', differences: found };
}

/** The first place where two strings differ, with some context, for reading a difference. */
export function showDifference(actual: unknown, expected: unknown): string {
  const a = JSON.stringify(actual) ?? '';
  const e = JSON.stringify(expected) ?? '';
  let i = 0;
  while (i < a.length && a[i] === e[i]) i++;
  return `read …${a.slice(Math.max(0, i - 40), i + 40)}… expected …${e.slice(Math.max(0, i - 40), i + 40)}…`;
}
