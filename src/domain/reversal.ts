import type { AccrualEntry } from './report.js';
import { MAX_ENTRY_TEXT_LENGTH as MAX_ENTRY_TEXT } from './limits.js';

// An accrual booked at one round's closing is reversed in the next round of the year, and what is
// still not invoiced is accrued again: the reports are year to date, the ledger books changes.

/** The prefix that marks a reversal entry's text: `Återföring 2014-T2: Ej fakturerat tom 2014-08-31`. */
export const REVERSAL_PREFIX = 'Återföring';

/** The entry that reverses `entry` from round `roundCode`: same codes, the amount negated, the text marked. */
export function reversalOf(entry: AccrualEntry, roundCode: string): AccrualEntry {
  const text = `${REVERSAL_PREFIX} ${roundCode}: ${entry.text}`;
  return {
    account: entry.account,
    ikb: entry.ikb,
    counterparty: entry.counterparty,
    amountOre: -entry.amountOre,
    text: text.length > MAX_ENTRY_TEXT ? `${text.slice(0, MAX_ENTRY_TEXT - 1)}…` : text,
  };
}

/** True when an entry's text says it reverses an earlier round's accrual. */
export function isReversal(entry: Pick<AccrualEntry, 'text'>): boolean {
  return entry.text.startsWith(`${REVERSAL_PREFIX} `);
}
