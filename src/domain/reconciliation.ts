// Counterparty reconciliation (internavstämning): the accruals the committees reported, against what
// the central side booked, per counterparty and ledger project code (DESIGN.md §10).

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
