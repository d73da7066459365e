import { AppError } from '../domain/errors.js';

/** True when the driver reports a unique or primary-key violation (PostgreSQL 23505, SQLite UNIQUE). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True when SQLite's SUM left the 64-bit range; PostgreSQL sums bigint as numeric and never does. */
export function isIntegerOverflow(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_ERROR' && error.message === 'integer overflow';
}

/** Runs an insert or update and turns a unique violation into a conflict with a Swedish message. */
export async function uniquely<T>(write: Promise<T>, message: string, details: Record<string, unknown> = {}): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', message, details);
    throw error;
  }
}

/** The not-found error every repository throws, so a missing row reads the same everywhere. */
export function notFound(what: string, id: number | string): AppError {
  return new AppError('not_found', `${what} ${id} finns inte.`, { id });
}

/** A COUNT(*) as a number: PostgreSQL returns bigint counts as strings. */
export function countOf(value: string | number | bigint): number {
  return Number(value);
}
