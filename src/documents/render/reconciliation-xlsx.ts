// A counterparty reconciliation as an XLSX workbook: every line (with its explanation), the counts
// per status, and the sign-offs. Amounts are numbers in kronor; no cell can become a formula.
import type { ReconciliationLine } from '../../domain/reconciliation.js';
import { toXlsx, type Column } from '../export/spreadsheet.js';
import {
  ROLE_NAMES,
  STATUS_NAMES,
  SUMMARY_ORDER,
  checkReconciliation,
  explanationOf,
  explanationsByLine,
  reconciliationTitle,
  type ReconciliationInput,
  type ReconciliationMeta,
  type SignOffRole,
} from './reconciliation-document.js';

/** The sheet names of the workbook, in order. */
export const RECONCILIATION_SHEETS = { lines: 'Avstämning', summary: 'Sammanfattning', signOffs: 'Godkännanden' } as const;

type SignOff = { role: SignOffRole; name: string; at: string };

const signOffColumns: Column<SignOff>[] = [
  { header: 'Roll', kind: 'text', value: (s) => ROLE_NAMES[s.role] },
  { header: 'Namn', kind: 'text', value: (s) => s.name },
  { header: 'Tidpunkt', kind: 'date', value: (s) => s.at },
];

const summaryColumns: Column<{ name: string; count: number }>[] = [
  { header: 'Status', kind: 'text', value: (r) => r.name },
  { header: 'Antal', kind: 'integer', value: (r) => r.count },
];

/** Renders a reconciliation result as an XLSX workbook: Avstämning, Sammanfattning and Godkännanden. */
export async function reconciliationXlsx(result: ReconciliationInput, meta: ReconciliationMeta): Promise<Uint8Array> {
  checkReconciliation(result, meta);
  const explanations = explanationsByLine(meta);
  const names = new Map((result.committees ?? []).map((c) => [c.counterparty, c.name]));
  const lineColumns: Column<ReconciliationLine>[] = [
    { header: 'Motpart', kind: 'text', value: (l) => l.counterparty },
    { header: 'Nämnd', kind: 'text', value: (l) => names.get(l.counterparty) ?? null },
    { header: 'Projekt', kind: 'text', value: (l) => l.project },
    { header: 'Rapporterat', kind: 'ore', value: (l) => l.reportedOre },
    { header: 'Bokfört', kind: 'ore', value: (l) => l.bookedOre },
    { header: 'Differens', kind: 'ore', value: (l) => l.differenceOre },
    { header: 'Status', kind: 'text', value: (l) => STATUS_NAMES[l.status] },
    { header: 'Förklaring', kind: 'text', value: (l) => explanationOf(explanations, l) },
  ];
  const counts = SUMMARY_ORDER.map(({ key, status }) => ({ name: STATUS_NAMES[status], count: result.summary[key] }));
  return toXlsx(
    [
      { name: RECONCILIATION_SHEETS.lines, columns: lineColumns, rows: result.lines },
      { name: RECONCILIATION_SHEETS.summary, columns: summaryColumns, rows: [...counts, { name: 'Totalt', count: result.lines.length }] },
      { name: RECONCILIATION_SHEETS.signOffs, columns: signOffColumns, rows: meta.annotations?.signOffs ?? [] },
    ],
    { createdAt: new Date(meta.generatedAt), title: reconciliationTitle(result) },
  );
}
