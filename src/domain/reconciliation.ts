// Counterparty reconciliation (internavstämning): the accruals the committees reported, against what
// the central side booked, per counterparty and ledger project code (DESIGN.md §10).

import { AppError } from './errors.js';

/** The name and version of the reconciliation result format. */
export const RECONCILIATION_FORMAT = 'redovisa.reconciliation/1';

/** How one counterparty × project pair came out. */
export type ReconciliationStatus = 'matched' | 'differs' | 'only_reported' | 'only_booked';

/** One counterparty × project pair: reported and booked sums in öre, difference = reported − booked. */
export interface ReconciliationLine {
  counterparty: string;
  project: string;
  reportedOre: number;
  bookedOre: number;
  differenceOre: number;
  status: ReconciliationStatus;
}

/** The counts per status. */
export interface ReconciliationSummary {
  matched: number;
  differs: number;
  onlyReported: number;
  onlyBooked: number;
}

/** A reconciliation result in `redovisa.reconciliation/1`. */
export interface ReconciliationResult {
  format: typeof RECONCILIATION_FORMAT;
  round: string;
  closingDate: string;
  lines: ReconciliationLine[];
  summary: ReconciliationSummary;
}

/** One reported accrual entry (or several already summed) for a counterparty and project, in öre. */
export interface ReportedAmount {
  counterparty: string;
  project: string;
  amountOre: number;
}

/** One entry the central side booked for a counterparty and project, in öre. */
export interface BookedAmount {
  counterparty: string;
  project: string;
  amountOre: number;
}

interface PairSums {
  counterparty: string;
  project: string;
  reportedOre: number;
  bookedOre: number;
  reported: boolean;
  booked: boolean;
}

// NUL never occurs in a counterparty or project code, so it cannot make two pairs share a key.
const KEY_SEPARATOR = '\u0000';

// Numeric-aware, so project 1704-2 sorts before 1704-10 and counterparty 999 before 1000.
const collator = new Intl.Collator('sv', { numeric: true });

/**
 * Matches what the committees reported against what the central side booked, per counterparty and
 * project: one line per pair present on either side, sorted by counterparty then project.
 * A side counts as present when it has entries for the pair, even if they net to zero: an accrual
 * and its reversal that the other side never saw is worth a person's look, and the status says
 * where entries exist while the difference (0 here) says what they amount to.
 * Throws AppError('invalid_input') for an amount that is not a whole number of öre, and for a sum or
 * difference that would leave the exactly representable integers.
 */
export function reconcile(input: {
  round: string;
  closingDate: string;
  reported: readonly ReportedAmount[];
  booked: readonly BookedAmount[];
}): ReconciliationResult {
  const pairs = new Map<string, PairSums>();
  for (const entry of input.reported) {
    const pair = pairOf(pairs, entry);
    pair.reportedOre = addOre(pair.reportedOre, entry, 'rapporterade');
    pair.reported = true;
  }
  for (const entry of input.booked) {
    const pair = pairOf(pairs, entry);
    pair.bookedOre = addOre(pair.bookedOre, entry, 'bokförda');
    pair.booked = true;
  }

  const summary: ReconciliationSummary = { matched: 0, differs: 0, onlyReported: 0, onlyBooked: 0 };
  const lines: ReconciliationLine[] = [];
  for (const pair of pairs.values()) {
    const differenceOre = pair.reportedOre - pair.bookedOre;
    if (!Number.isSafeInteger(differenceOre)) {
      throw new AppError('invalid_input', `Skillnaden för motpart ${pair.counterparty}, projekt ${pair.project} blir för stor för att räknas exakt.`, {
        counterparty: pair.counterparty, project: pair.project,
      });
    }
    const status = statusOf(pair, differenceOre);
    summary[SUMMARY_KEY[status]] += 1;
    lines.push({
      counterparty: pair.counterparty,
      project: pair.project,
      reportedOre: pair.reportedOre,
      bookedOre: pair.bookedOre,
      differenceOre,
      status,
    });
  }
  lines.sort(compareLines);
  return { format: RECONCILIATION_FORMAT, round: input.round, closingDate: input.closingDate, lines, summary };
}

const SUMMARY_KEY = {
  matched: 'matched',
  differs: 'differs',
  only_reported: 'onlyReported',
  only_booked: 'onlyBooked',
} as const satisfies Record<ReconciliationStatus, keyof ReconciliationSummary>;

function pairOf(pairs: Map<string, PairSums>, entry: ReportedAmount | BookedAmount): PairSums {
  if (entry.counterparty.includes(KEY_SEPARATOR) || entry.project.includes(KEY_SEPARATOR)) {
    throw new AppError('invalid_input', 'En motpart eller projektkod innehåller ett tecken som inte är text (NUL).');
  }
  const key = entry.counterparty + KEY_SEPARATOR + entry.project;
  let pair = pairs.get(key);
  if (pair === undefined) {
    pair = { counterparty: entry.counterparty, project: entry.project, reportedOre: 0, bookedOre: 0, reported: false, booked: false };
    pairs.set(key, pair);
  }
  return pair;
}

function addOre(total: number, entry: ReportedAmount | BookedAmount, side: 'rapporterade' | 'bokförda'): number {
  const where = `motpart ${entry.counterparty}, projekt ${entry.project}`;
  if (!Number.isSafeInteger(entry.amountOre)) {
    throw new AppError('invalid_input', `Ett ${side === 'rapporterade' ? 'rapporterat' : 'bokfört'} belopp för ${where} är inget helt antal öre: ${entry.amountOre}.`, {
      counterparty: entry.counterparty, project: entry.project,
    });
  }
  const sum = total + entry.amountOre;
  // Past 2^53 a sum silently rounds; refusing is the only honest answer.
  if (!Number.isSafeInteger(sum)) {
    throw new AppError('invalid_input', `Summan av de ${side} beloppen för ${where} blir för stor för att räknas exakt.`, {
      counterparty: entry.counterparty, project: entry.project,
    });
  }
  return sum;
}

function statusOf(pair: PairSums, differenceOre: number): ReconciliationStatus {
  if (!pair.booked) return 'only_reported';
  if (!pair.reported) return 'only_booked';
  return differenceOre === 0 ? 'matched' : 'differs';
}

function compareLines(a: ReconciliationLine, b: ReconciliationLine): number {
  return compareCodes(a.counterparty, b.counterparty) || compareCodes(a.project, b.project);
}

// Codes the collator finds equal ("01" and "1") still get a fixed order, so the result is stable.
function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  return collator.compare(a, b) || (a < b ? -1 : 1);
}
