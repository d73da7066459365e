import { ApiError } from '../api/client.js';

/** A form's errors: one per field, and one for the form as a whole. */
export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  form: string | null;
}

/** No errors. */
export function noErrors<F extends string>(): FormErrors<F> {
  return { fields: {}, form: null };
}

/**
 * Places an error from the server: by the field it names (`details.field`, first part of a dotted
 * path) when the form has that field, otherwise above the form.
 */
export function placeError<F extends string>(error: unknown, fields: readonly F[], fallback: string): FormErrors<F> {
  if (!(error instanceof ApiError)) return { fields: {}, form: fallback };
  const name = error.field?.split('.')[0];
  const field = fields.find((f) => f === name);
  if (field) {
    const fields: Partial<Record<F, string>> = {};
    // The server writes "<path>: <message>"; beside the field, the message alone reads better.
    const prefix = `${error.field ?? ''}: `;
    fields[field] = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return { fields, form: null };
  }
  return { fields: {}, form: error.message };
}

/** Focuses the first field with an error (its id is `${prefix}${field}`), else the form's alert. */
export function focusFirstError<F extends string>(errors: FormErrors<F>, order: readonly F[], prefix: string): void {
  const field = order.find((f) => errors.fields[f]);
  window.setTimeout(() => document.getElementById(field ? `${prefix}${field}` : `${prefix}alert`)?.focus(), 0);
}
