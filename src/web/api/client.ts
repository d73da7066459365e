import { isRecord } from '../lib/guards.js';

/** An error answer from the API: its status, stable code, Swedish message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The body field the server blamed (`details.field`), if any. */
  get field(): string | undefined {
    return typeof this.details.field === 'string' ? this.details.field : undefined;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the session's CSRF token, sent with every changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Who to tell when the server answers 401 (the session ended): the session provider. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}


// A network failure or a proxy's HTML page still becomes an ApiError with a message people can read.
async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (isRecord(body) && typeof body.code === 'string' && typeof body.message === 'string') {
    return new ApiError(response.status, body.code, body.message, isRecord(body.details) ? body.details : {});
  }
  return new ApiError(response.status, 'http_' + response.status, `Servern svarade ${response.status} ${response.statusText}.`);
}

/** Calls the JSON API; throws ApiError for every non-2xx answer. A 204 resolves to undefined. */
export async function request<T>(method: Method, path: string, body?: unknown, options: { quiet401?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network', 'Kunde inte nå servern. Kontrollera nätverket och försök igen.');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.quiet401) onUnauthenticated?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** GET a JSON resource. */
export const get = <T>(path: string, options?: { quiet401?: boolean }) => request<T>('GET', path, undefined, options);
/** POST JSON. */
export const post = <T>(path: string, body?: unknown, options?: { quiet401?: boolean }) => request<T>('POST', path, body ?? {}, options);
/** PUT JSON. */
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);
/** PATCH JSON. */
export const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, body);
/** DELETE. */
export const del = <T>(path: string) => request<T>('DELETE', path);
