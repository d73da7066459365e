// Values in the audit trail and the conflict panel come as JSON of any shape; people read them as text.
import { formatSek, isSafeOre } from '../../domain/money.js';
import { isRecord } from './guards.js';

// An accrual row (a whole row added or removed): its codes, amount and text on one line.
function entryText(value: Record<string, unknown>): string | null {
  const { account, ikb, counterparty, amountOre, text } = value;
  if (typeof account !== 'string' || typeof ikb !== 'string' || typeof counterparty !== 'string' || !isSafeOre(amountOre)) return null;
  return [account, ikb, counterparty, formatSek(amountOre), typeof text === 'string' ? text : ''].filter((part) => part !== '').join(' · ');
}

// A narrative (one started or removed): its title, then its paragraphs.
function narrativeText(value: Record<string, unknown>): string | null {
  const { title, paragraphs } = value;
  if (typeof title !== 'string' || !Array.isArray(paragraphs) || !paragraphs.every((p) => typeof p === 'string')) return null;
  return [title, ...paragraphs].filter((part) => part !== '').join('\n\n');
}

/**
 * A value from the server as short readable text: strings as they are, amounts (paths ending in
 * `Ore`) as kronor, accrual rows and narratives as their text, paragraphs one after the other,
 * anything else as JSON.
 */
export function formatValue(value: unknown, path = '', empty = '(tomt)'): string {
  if (value === null || value === undefined || value === '') return empty;
  if (/Ore$/.test(path) && isSafeOre(value)) return formatSek(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('\n\n');
  if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) {
    const rows = value.map(entryText);
    if (rows.every((row): row is string => row !== null)) return rows.join('\n');
  }
  if (isRecord(value)) {
    const text = entryText(value) ?? narrativeText(value);
    if (text !== null) return text || empty;
  }
  return JSON.stringify(value, null, 1);
}
