import { exportBatches, rounds } from '../../db/index.js';
import type { ExportBatch } from '../../db/repositories/export-batches.js';
import { AppError } from '../../domain/errors.js';
import { formatRoundCode } from '../../domain/period.js';
import type { AppContext } from '../context.js';
import { canExportLedger } from '../policies/finance.js';
import { roundByCode } from './round-by-code.js';

const forbidden = () => new AppError('forbidden', 'Bara controllers ser exporterna till redovisningen.');

/** The round's export batches, oldest first. */
export async function listExports(ctx: AppContext, code: string): Promise<{ round: string; batches: ExportBatch[] }> {
  if (!canExportLedger(ctx.actor)) throw forbidden();
  const round = await roundByCode(ctx.database.db, code);
  return { round: round.code, batches: await exportBatches.listForRound(ctx.database.db, round.id) };
}

/** A batch's SIE file exactly as it was written, with its download name (`2014-VB-batch-3.se`). */
export async function getExportFile(ctx: AppContext, id: number): Promise<{ file: Uint8Array; fileName: string }> {
  if (!canExportLedger(ctx.actor)) throw forbidden();
  const batch = await exportBatches.getWithFile(ctx.database.db, id);
  const round = await rounds.getById(ctx.database.db, batch.roundId);
  return { file: batch.file, fileName: exportFileName(formatRoundCode(round), batch.id) };
}

/** The name a batch's file is offered under. */
export function exportFileName(round: string, batchId: number): string {
  return `${round}-batch-${batchId}.se`;
}
