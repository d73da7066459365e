// How approved accruals become ledger vouchers (DESIGN.md §10): one balanced voucher per approved
// report, dated the round's closing date; each entry credits its account with the project code
// (dimension 6) and the entry's IKB (dimension 20) as objects, against a debit on the programme's
// accrued-income account. Pure: the export use case gathers the entries and writes the file.
import { AppError } from './errors.js';
import { sumOre } from './money.js';

/** SIE's dimension for projects (predefined by the format). */
export const PROJECT_DIMENSION = 6;
/** Our dimension for the funding side's counterparty code (IKB); SIE leaves 20 and up to the user. */
export const COUNTERPARTY_DIMENSION = 20;

/** One approved entry as the export needs it. */
export interface BookableEntry {
  reportId: number;
  committeeName: string;
  sectionName: string;
  projectCode: string | null;
  accruedIncomeAccount: string | null;
  account: string;
  ikb: string;
  amountOre: number;
  text: string;
}

/** A ledger line: account, objects, amount in öre (debit positive, credit negative), text. */
export interface LedgerLine {
  account: string;
  objects: { dimension: number; id: string }[];
  amountOre: number;
  text: string;
}

/** A voucher for one report. */
export interface LedgerVoucher {
  reportId: number;
  date: string;
  text: string;
  lines: LedgerLine[];
}

/**
 * Builds the vouchers, refusing (naming committee and project) an entry without a ledger project
 * code or accrued-income account: a voucher booked without them could not be reconciled.
 */
export function vouchersFor(entries: readonly BookableEntry[], round: { code: string; closingDate: string }): LedgerVoucher[] {
  const byReport = new Map<number, BookableEntry[]>();
  for (const entry of entries) {
    if (entry.projectCode === null || entry.accruedIncomeAccount === null) {
      throw new AppError('invalid_input',
        `${entry.committeeName}: projektet ”${entry.sectionName}” är inte kopplat till något projekt med projektkod; koppla det innan exporten.`,
        { field: 'projectCode' });
    }
    const list = byReport.get(entry.reportId) ?? [];
    list.push(entry);
    byReport.set(entry.reportId, list);
  }
  return [...byReport.entries()].map(([reportId, list]) => {
    const credits: LedgerLine[] = list.map((e) => ({
      account: e.account,
      objects: [{ dimension: PROJECT_DIMENSION, id: e.projectCode ?? '' }, { dimension: COUNTERPARTY_DIMENSION, id: e.ikb }],
      amountOre: -e.amountOre,
      text: e.text,
    }));
    // One debit per accrued-income account, in the order the accounts first appear.
    const debits = new Map<string, number[]>();
    for (const e of list) debits.set(e.accruedIncomeAccount ?? '', [...(debits.get(e.accruedIncomeAccount ?? '') ?? []), e.amountOre]);
    const debitLines = [...debits.entries()].map(([account, amounts]) => ({ account, objects: [], amountOre: sumOre(amounts), text: '' }));
    return {
      reportId,
      date: round.closingDate,
      text: `Periodisering ${round.code} ${list[0]?.committeeName ?? ''}`,
      lines: [...debitLines, ...credits],
    };
  });
}
