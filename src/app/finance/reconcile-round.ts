import { createHash } from 'node:crypto';
import { auditEvents, projects, reconciliations, roundAccruals, withTransaction, type Executor } from '../../db/index.js';
import type { ApprovedEntry } from '../../db/repositories/round-accruals.js';
import type { StoredReconciliation } from '../../db/repositories/reconciliations.js';
import { readBookedCsv } from '../../documents/import/booked-entries.js';
import { readSie4 } from '../../documents/import/sie-reader.js';
import { AppError } from '../../domain/errors.js';
import { roundClosingDate } from '../../domain/period.js';
import { reconcile, type BookedAmount, type ReconciliationResult, type ReportedAmount } from '../../domain/reconciliation.js';
import { PROJECT_DIMENSION } from '../../domain/sie-vouchers.js';
import { actorId, actorLabel, type Actor, type AppContext } from '../context.js';
import { canReconcile } from '../policies/finance.js';
import { roundByCode } from './round-by-code.js';

/** A booked-entries file as it arrived. */
export interface BookedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** What a reconciliation found, and what a person should know about how the booked file was read. */
export interface ReconcileOutcome {
  result: ReconciliationResult;
  warnings: { line: number; message: string }[];
  sources: { reportId: number; version: number }[];
}

/**
 * Reconciles the round's approved accruals against the central side's booked entries (CSV or SIE 4),
 * per counterparty and project code. Reads only; `saveReconciliation` keeps the result.
 */
export async function reconcileRound(ctx: AppContext, input: { round: string; booked: BookedFile }): Promise<ReconcileOutcome> {
  assertMayReconcile(ctx.actor);
  const { round: _round, ...outcome } = await reconcileIn(ctx.database.db, input);
  return outcome;
}

/** Refuses an actor who may not reconcile, before a file they sent is even read. */
export function assertMayReconcile(actor: Actor): void {
  if (!canReconcile(actor)) throw new AppError('forbidden', 'Bara controllers kan stämma av omgången.');
}

/** Runs a reconciliation and keeps it, with its audit event, in one transaction. */
export async function saveReconciliation(ctx: AppContext, input: { round: string; booked: BookedFile }): Promise<StoredReconciliation & { warnings: ReconcileOutcome['warnings'] }> {
  assertMayReconcile(ctx.actor);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const { round, ...outcome } = await reconcileIn(trx, input);
    const stored = await reconciliations.create(trx, {
      roundId: round.id, closingDate: outcome.result.closingDate, createdAt: now.toISOString(), actorId: actorId(ctx.actor),
      actorLabel: actorLabel(ctx.actor), bookedFileName: input.booked.fileName,
      bookedSha256: createHash('sha256').update(input.booked.bytes).digest('hex'), result: outcome.result, sources: outcome.sources,
    });
    await auditEvents.append(trx, {
      occurredAt: now, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), ip: ctx.ip ?? null,
      action: 'reconciliation.created', entityType: 'reconciliation', entityId: stored.id,
      after: { round: round.code, bookedFile: input.booked.fileName, summary: outcome.result.summary },
    });
    return { ...stored, warnings: outcome.warnings };
  });
}

async function reconcileIn(db: Executor, input: { round: string; booked: BookedFile }): Promise<ReconcileOutcome & { round: { id: number; code: string } }> {
  const round = await roundByCode(db, input.round);
  const entries = await roundAccruals.approvedEntries(db, round.id);
  const reported = entries.map(reportedAmount);
  const { booked, warnings } = await readBooked(db, input.booked);
  const sources = [...new Map(entries.map((e) => [e.reportId, { reportId: e.reportId, version: e.reportVersion }])).values()];
  // Approved reports without entries still count as sources: reopening one makes the result stale.
  for (const r of await roundAccruals.reportsOfRound(db, round.id)) {
    if (r.state === 'approved' && !sources.some((s) => s.reportId === r.reportId)) sources.push({ reportId: r.reportId, version: r.version });
  }
  const result = reconcile({ round: round.code, closingDate: roundClosingDate(round), reported, booked });
  return { round, result, warnings, sources: sources.sort((a, b) => a.reportId - b.reportId) };
}

// An entry whose section is not linked to a project has no ledger code: it cannot be matched, and
// leaving it out would hide money, so the reconciliation is refused with the place to fix.
function reportedAmount(entry: ApprovedEntry): ReportedAmount {
  if (entry.projectCode === null) {
    throw new AppError('invalid_input',
      `${entry.committeeName}: projektet ”${entry.sectionName}” är inte kopplat till något projekt med projektkod; koppla det innan avstämningen.`,
      { field: 'projectCode' });
  }
  return { counterparty: entry.counterparty, project: entry.projectCode, amountOre: entry.amountOre };
}

// A booked file is SIE when it starts with an SIE label; otherwise CSV.
async function readBooked(db: Executor, file: BookedFile): Promise<{ booked: BookedAmount[]; warnings: { line: number; message: string }[] }> {
  const head = Buffer.from(file.bytes.subarray(0, 64)).toString('latin1').replace(/^\uFEFF|^ï»¿/u, '').trimStart();
  if (!head.startsWith('#')) {
    const { entries, warnings } = readBookedCsv(file.bytes, file.fileName);
    return { booked: entries.map((e) => ({ counterparty: e.counterparty, project: e.project, amountOre: e.amountOre })), warnings };
  }
  const sie = readSie4(file.bytes, file.fileName);
  const warnings = sie.warnings.map((message) => ({ line: lineOf(message), message }));
  // The central side's voucher credits the accrual on the project (dimension 6), as our own export
  // does: a credit of 2 626 837 kr is 2 626 837 kr booked. Its counterparty is the project's committee.
  const codes = new Map<string, string>();
  const booked: BookedAmount[] = [];
  for (const voucher of sie.vouchers) {
    for (const trans of voucher.transactions) {
      const project = trans.objects.find((o) => o.dimension === PROJECT_DIMENSION)?.id;
      if (project === undefined) continue;
      if (!codes.has(project)) codes.set(project, await projects.committeeCounterpartyOfCode(db, project) ?? '');
      booked.push({ counterparty: codes.get(project) ?? '', project, amountOre: -trans.amountOre });
    }
  }
  for (const [project, counterparty] of codes) {
    if (counterparty === '') warnings.push({ line: 0, message: `Projektkoden ${project} i SIE-filen finns inte i Redovisa; dess belopp står som endast bokfört.` });
  }
  return { booked, warnings };
}

// The reader's warnings read `FILE:LINE: message`; the line is kept for the caller's list.
function lineOf(message: string): number {
  return Number(/:(\d+):/u.exec(message)?.[1] ?? 0);
}
