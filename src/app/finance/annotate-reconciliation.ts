import type { z } from 'zod';
import { reconciliationNoteInput } from '../../contract/finance.js';
import { auditEvents, reconciliations, withTransaction } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { actorId, actorLabel, type Actor, type AppContext } from '../context.js';
import { canReconcile } from '../policies/finance.js';
import { parseInput } from '../setup/inputs.js';
import { getReconciliation, type ReconciliationView } from './get-reconciliation.js';

/** Throws 403 unless the actor may explain or correct a reconciliation's lines. */
export function assertMayAnnotate(actor: Actor): void {
  if (!canReconcile(actor)) throw new AppError('forbidden', 'Bara controllers kan förklara eller rätta avstämningens rader.');
}

/** Explains or corrects one line of a reconciliation (the controller), replacing an earlier note; audited. */
export async function annotateReconciliation(ctx: AppContext, id: number, input: z.input<typeof reconciliationNoteInput>): Promise<ReconciliationView> {
  assertMayAnnotate(ctx.actor);
  const note = parseInput(reconciliationNoteInput, input);
  const now = ctx.now();
  await withTransaction(ctx.database, async (trx) => {
    const stored = await reconciliations.getById(trx, id);
    const line = stored.result.lines.find((l) => l.counterparty === note.counterparty && l.project === note.project);
    if (!line) throw new AppError('invalid_input', `Avstämningen har ingen rad för motpart ${note.counterparty} och projekt ${note.project}.`, { field: 'project' });
    if (line.status === 'matched') throw new AppError('invalid_input', 'Raden stämmer; det finns ingen differens att förklara.', { field: 'project' });
    if ((await reconciliations.signoffs(trx, id)).some((s) => s.committeeId === null)) {
      throw new AppError('conflict', 'Avstämningen är redan signerad av stadsledningskontoret och kan inte ändras.', { field: 'signoff' });
    }
    const before = await reconciliations.setNote(trx, {
      reconciliationId: id, ...note, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), at: now.toISOString(),
    });
    await auditEvents.append(trx, {
      occurredAt: now, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), ip: ctx.ip ?? null,
      action: 'reconciliation.annotated', entityType: 'reconciliation', entityId: id,
      before: before ? { resolution: before.resolution, body: before.body } : null, after: note,
    });
  });
  return getReconciliation(ctx, id);
}
