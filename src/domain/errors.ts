/** Stable error codes: the HTTP and CLI edges map them to statuses and exit codes. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'invalid_transition'
  | 'too_many_requests'
  | 'unreadable_document'
  | 'unavailable'
  | 'internal';

/** One error type for the whole system: a stable code and a Swedish message safe to show users. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A result for parsers that report why input was refused instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

/** Builds a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Builds a refusal with a Swedish message that says why. */
export const fail = <T = never>(message: string): Result<T> => ({ ok: false, message });
