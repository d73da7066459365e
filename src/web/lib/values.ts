// Values in the audit trail and the conflict panel come as JSON of any shape; people read them as text.
import { formatSek, isSafeOre } from '../../domain/money.js';

/**
 * A value from the server as short readable text: strings as they are, amounts (paths ending in
 * `Ore`) as kronor, paragraphs one after the other, anything else as JSON.
 */
export function formatValue(value: unknown, path = '', empty = '(tomt)'): string {
  if (value === null || value === undefined || value === '') return empty;
  if (/Ore$/.test(path) && isSafeOre(value)) return formatSek(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('\n\n');
  return JSON.stringify(value, null, 1);
}
