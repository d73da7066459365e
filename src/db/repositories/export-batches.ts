// Numbered SIE export batches: which report versions each carried, and the file as it was written.
import type { Selectable } from 'kysely';
import { parseStoredOre } from '../../domain/money.js';
import { notFound } from '../errors.js';
import type { ExportBatchesTable } from '../schema.js';
import { batches as chunks, type Executor } from '../transaction.js';

/** A recorded export batch (without its file). */
export interface ExportBatch {
  id: number;
  roundId: number;
  createdAt: string;
  actorLabel: string;
  again: boolean;
  voucherCount: number;
  entryCount: number;
  totalOre: number;
  fileSha256: string;
}

const columns = ['id', 'round_id', 'created_at', 'actor_label', 'again', 'voucher_count', 'entry_count', 'total_ore', 'file_sha256'] as const;

function toBatch(row: Pick<Selectable<ExportBatchesTable>, (typeof columns)[number]>): ExportBatch {
  return {
    id: row.id,
    roundId: row.round_id,
    createdAt: row.created_at,
    actorLabel: row.actor_label,
    again: row.again === 1,
    voucherCount: row.voucher_count,
    entryCount: row.entry_count,
    totalOre: parseStoredOre(row.total_ore),
    fileSha256: row.file_sha256,
  };
}

/** Records a batch, the report versions it carried, and marks their entries; returns the batch. */
export async function record(
  db: Executor,
  input: Omit<ExportBatch, 'id'> & { actorId: number | null; fileBase64: string; reports: { reportId: number; version: number }[]; entryIds: number[] },
): Promise<ExportBatch> {
  const row = await db.insertInto('export_batches').values({
    round_id: input.roundId, created_at: input.createdAt, actor_id: input.actorId, actor_label: input.actorLabel,
    again: input.again ? 1 : 0, voucher_count: input.voucherCount, entry_count: input.entryCount, total_ore: input.totalOre,
    file_sha256: input.fileSha256, file_base64: input.fileBase64,
  }).returning(columns).executeTakeFirstOrThrow();
  for (const part of chunks(input.reports)) {
    await db.insertInto('export_batch_reports')
      .values(part.map((r) => ({ batch_id: row.id, report_id: r.reportId, report_version: r.version }))).execute();
  }
  for (const ids of chunks(input.entryIds)) {
    await db.updateTable('accrual_entries').set({ export_batch_id: row.id }).where('id', 'in', ids).execute();
  }
  return toBatch(row);
}

/** The round's batches, oldest first. */
export async function listForRound(db: Executor, roundId: number): Promise<ExportBatch[]> {
  const rows = await db.selectFrom('export_batches').select(columns).where('round_id', '=', roundId).orderBy('id').execute();
  return rows.map(toBatch);
}

/** A batch with its file; not_found otherwise. */
export async function getWithFile(db: Executor, id: number): Promise<ExportBatch & { file: Uint8Array }> {
  const row = await db.selectFrom('export_batches').select([...columns, 'file_base64']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Exporten', id);
  return { ...toBatch(row), file: new Uint8Array(Buffer.from(row.file_base64, 'base64')) };
}

/** For each of these reports, the batches that carried it and the version each carried. */
export async function exportsOfReports(db: Executor, reportIds: readonly number[]): Promise<Map<number, { batchId: number; version: number }[]>> {
  const out = new Map<number, { batchId: number; version: number }[]>();
  for (const ids of chunks([...reportIds])) {
    const rows = await db.selectFrom('export_batch_reports').select(['batch_id', 'report_id', 'report_version'])
      .where('report_id', 'in', ids).orderBy('batch_id').execute();
    for (const row of rows) {
      const list = out.get(row.report_id) ?? [];
      list.push({ batchId: row.batch_id, version: row.report_version });
      out.set(row.report_id, list);
    }
  }
  return out;
}
