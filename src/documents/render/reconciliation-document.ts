// What the reconciliation documents (PDF and XLSX) are made from, and the words and checks they
// share: a result in redovisa.reconciliation/1, the committees' names, and the explanations and
// sign-offs people have added to it.
import { AppError } from '../../domain/errors.js';
import { sumOre } from '../../domain/money.js';
import type { ReconciliationLine, ReconciliationResult, ReconciliationStatus, ReconciliationSummary } from '../../domain/reconciliation.js';
import { formatStockholmTime } from '../local-time.js';

/** A reconciliation result, with the committees' names by counterparty number when known. */
export type ReconciliationInput = ReconciliationResult & { committees?: { counterparty: string; name: string }[] };

/** Who signs a reconciliation off: the central controller, or the committee for its side. */
export type SignOffRole = 'controller' | 'committee';

/** Explanations of single lines, and the sign-offs of the reconciliation as a whole. */
export interface ReconciliationAnnotations {
  explanations?: { counterparty: string; project: string; text: string }[];
  signOffs?: { role: SignOffRole; name: string; at: string }[];
}

/** What the document says besides the result: who it is for, when it was made, what people added. */
export interface ReconciliationMeta {
  organisation?: string;
  generatedAt: string; // ISO instant
  annotations?: ReconciliationAnnotations;
}

/** The statuses in Swedish, as the documents print them. */
export const STATUS_NAMES: Readonly<Record<ReconciliationStatus, string>> = {
  matched: 'Stämmer',
  differs: 'Differens',
  only_reported: 'Endast rapporterat',
  only_booked: 'Endast bokfört',
};

/** The summary's counts in the order the documents list them, with their Swedish names. */
export const SUMMARY_ORDER: readonly { key: keyof ReconciliationSummary; status: ReconciliationStatus }[] = [
  { key: 'matched', status: 'matched' },
  { key: 'differs', status: 'differs' },
  { key: 'onlyReported', status: 'only_reported' },
  { key: 'onlyBooked', status: 'only_booked' },
];

/** The sign-off roles in Swedish. */
export const ROLE_NAMES: Readonly<Record<SignOffRole, string>> = { controller: 'Controller', committee: 'Nämnd' };

/** The column headings of the lines table. */
export const LINE_COLUMNS = ['Motpart', 'Projekt', 'Rapporterat', 'Bokfört', 'Differens', 'Status'] as const;

/** "Internavstämning 2014-VB per 2014-12-31". */
export function reconciliationTitle(result: ReconciliationResult): string {
  return `Internavstämning ${result.round} per ${result.closingDate}`;
}

/** "Utskriven 2015-01-20 09:30" in Stockholm's time. */
export function printedLine(meta: ReconciliationMeta): string {
  return `Utskriven ${formatStockholmTime(meta.generatedAt)}`;
}

/** "1704 Hässelby-Vällingby stadsdelsnämnd", or the number alone when the name is not known. */
export function counterpartyLabel(input: ReconciliationInput, counterparty: string): string {
  const name = input.committees?.find((c) => c.counterparty === counterparty)?.name;
  return name ? `${counterparty} ${name}` : counterparty;
}

/** The sums of the lines' reported, booked and difference amounts, exact in öre. */
export function lineTotals(lines: readonly ReconciliationLine[]): { reportedOre: number; bookedOre: number; differenceOre: number } {
  return {
    reportedOre: sumOre(lines.map((l) => l.reportedOre)),
    bookedOre: sumOre(lines.map((l) => l.bookedOre)),
    differenceOre: sumOre(lines.map((l) => l.differenceOre)),
  };
}

const lineKey = (counterparty: string, project: string) => `${counterparty}\u0000${project}`;

/** The explanation of each line that has one, by counterparty and project. */
export function explanationsByLine(meta: ReconciliationMeta): Map<string, string> {
  return new Map((meta.annotations?.explanations ?? []).map((e) => [lineKey(e.counterparty, e.project), e.text]));
}

/** The explanation of one line, or null. */
export function explanationOf(explanations: ReadonlyMap<string, string>, line: ReconciliationLine): string | null {
  return explanations.get(lineKey(line.counterparty, line.project)) ?? null;
}

/**
 * Refuses a result whose figures do not add up, and explanations of lines that are not in it: a
 * document about money prints what was computed, or nothing.
 */
export function checkReconciliation(input: ReconciliationInput, meta: ReconciliationMeta): void {
  for (const line of input.lines) {
    if (line.differenceOre !== line.reportedOre - line.bookedOre) {
      throw new AppError('internal', `Avstämningen går inte ihop: differensen för motpart ${line.counterparty}, projekt ${line.project} är inte rapporterat minus bokfört.`, { ...line });
    }
  }
  for (const { key, status } of SUMMARY_ORDER) {
    const counted = input.lines.filter((l) => l.status === status).length;
    if (counted !== input.summary[key]) {
      throw new AppError('internal', `Avstämningen går inte ihop: sammanfattningen säger ${input.summary[key]} rader "${STATUS_NAMES[status]}" men det finns ${counted}.`);
    }
  }
  const present = new Set(input.lines.map((l) => lineKey(l.counterparty, l.project)));
  for (const e of meta.annotations?.explanations ?? []) {
    if (!present.has(lineKey(e.counterparty, e.project))) {
      throw new AppError('invalid_input', `Förklaringen gäller motpart ${e.counterparty}, projekt ${e.project}, som inte finns i avstämningen.`, { ...e });
    }
  }
}
