import { roundAccruals } from '../../db/index.js';
import type { ApprovedEntry } from '../../db/repositories/round-accruals.js';
import { toCsv, toXlsx, type Column } from '../../documents/export/spreadsheet.js';
import { AppError } from '../../domain/errors.js';
import { roundStatusName } from '../../domain/workflow.js';
import type { AppContext } from '../context.js';
import { canReadCityReport } from '../policies/finance.js';
import { canViewRoundOverview } from '../policies/round.js';
import { getRoundOverview, type RoundOverviewLine } from '../rounds/get-round-overview.js';
import { roundByCode } from './round-by-code.js';

/** The list formats, and their media types. */
export const LIST_MEDIA_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type ListFormat = keyof typeof LIST_MEDIA_TYPES;
export const LIST_FORMATS = Object.keys(LIST_MEDIA_TYPES) as [ListFormat, ...ListFormat[]];

const overviewColumns: Column<RoundOverviewLine>[] = [
  { header: 'Nämnd', kind: 'text', value: (l) => l.committeeName },
  { header: 'Status', kind: 'text', value: (l) => roundStatusName(l.status) },
  { header: 'Försenad', kind: 'text', value: (l) => (l.late ? 'Ja' : 'Nej') },
  { header: 'Inskickad', kind: 'date', value: (l) => l.submittedAt },
  { header: 'Senast ändrad', kind: 'date', value: (l) => l.updatedAt },
  { header: 'Summa', kind: 'ore', value: (l) => l.totalOre },
];

const entryColumns: Column<ApprovedEntry>[] = [
  { header: 'Nämnd', kind: 'text', value: (e) => e.committeeName },
  { header: 'Projekt nr', kind: 'integer', value: (e) => e.sectionNumber },
  { header: 'Projekt', kind: 'text', value: (e) => e.sectionName },
  { header: 'Projektkod', kind: 'text', value: (e) => e.projectCode },
  { header: 'Konto', kind: 'text', value: (e) => e.account },
  { header: 'IKB', kind: 'text', value: (e) => e.ikb },
  { header: 'Motpart', kind: 'text', value: (e) => e.counterparty },
  { header: 'Belopp', kind: 'ore', value: (e) => e.amountOre },
  { header: 'Text', kind: 'text', value: (e) => e.text },
  { header: 'Redovisning', kind: 'integer', value: (e) => e.reportId },
  { header: 'Version', kind: 'integer', value: (e) => e.reportVersion },
  { header: 'Exportbatch', kind: 'integer', value: (e) => e.exportBatchId },
];

async function asList<Row>(name: string, columns: Column<Row>[], rows: Row[], format: ListFormat, at: Date): Promise<Uint8Array> {
  return format === 'csv' ? new TextEncoder().encode(toCsv(columns, rows)) : toXlsx([{ name, columns, rows }], { createdAt: at, title: name });
}

/** The round overview (every committee's state, lateness and total) as CSV or XLSX. */
export async function getRoundOverviewList(ctx: AppContext, code: string, format: ListFormat): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (!canViewRoundOverview(ctx.actor)) throw new AppError('forbidden', 'Bara controller och administratör får se omgångens översikt.');
  const round = await roundByCode(ctx.database.db, code);
  const overview = await getRoundOverview(ctx, round.id);
  return { bytes: await asList('Översikt', overviewColumns, overview.committees, format, ctx.now()), fileName: `oversikt-${round.code}.${format}` };
}

/** Every entry of the round's approved reports, with its ledger code and export batch, as CSV or XLSX. */
export async function getApprovedEntriesList(ctx: AppContext, code: string, format: ListFormat): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (!canReadCityReport(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att läsa alla nämnders periodiseringar.');
  const round = await roundByCode(ctx.database.db, code);
  const entries = await roundAccruals.approvedEntries(ctx.database.db, round.id);
  return { bytes: await asList('Periodiseringar', entryColumns, entries, format, ctx.now()), fileName: `periodiseringar-${round.code}.${format}` };
}
