import { auditEvents, reconciliations, withTransaction } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import { actorId, actorLabel, type AppContext } from '../context.js';
import { canReconcile, canSignOffForCommittee } from '../policies/finance.js';
import { getReconciliation, viewOf, type ReconciliationView } from './get-reconciliation.js';

/**
 * Signs a reconciliation off: the controller for the central office, a committee's approver for its
 * committee. A stale reconciliation cannot be signed (run it again), nor can the central office sign
 * while a difference is unexplained. Each party signs once; audited.
 */
export async function signOffReconciliation(ctx: AppContext, id: number): Promise<ReconciliationView> {
  const actor = ctx.actor;
  const central = canReconcile(actor);
  const committeeId = actor.kind === 'user' ? actor.committeeId : null;
  if (!central && (committeeId === null || !canSignOffForCommittee(actor, committeeId))) {
    throw new AppError('forbidden', 'Bara controllern eller nämndens attestant kan signera avstämningen.');
  }
  const now = ctx.now();
  await withTransaction(ctx.database, async (trx) => {
    const stored = await reconciliations.getById(trx, id);
    const view = await viewOf(trx, stored, central ? null : committeeId);
    if (view.stale) throw new AppError('conflict', `Avstämningen är inaktuell: ${view.staleReasons.join(' ')} Gör om den innan den signeras.`, { field: 'signoff' });
    if (central) {
      const open = view.result.lines.filter((l) => l.status !== 'matched' && !view.notes.some((n) => n.counterparty === l.counterparty && n.project === l.project));
      if (open.length > 0) {
        throw new AppError('conflict', `${open.length} rader med differens saknar förklaring (första: motpart ${open[0]?.counterparty}, projekt ${open[0]?.project}).`, { field: 'signoff' });
      }
    } else if (view.committees.length === 0) {
      throw new AppError('invalid_input', 'Avstämningen har inga rader för er nämnd.', { field: 'signoff' });
    }
    await reconciliations.signOff(trx, {
      reconciliationId: id, party: central ? 'central' : `committee:${committeeId}`, committeeId: central ? null : committeeId,
      actorId: actorId(actor), actorLabel: actorLabel(actor), at: now.toISOString(),
    });
    await auditEvents.append(trx, {
      occurredAt: now, actorId: actorId(actor), actorLabel: actorLabel(actor), ip: ctx.ip ?? null,
      action: 'reconciliation.signed', entityType: 'reconciliation', entityId: id, after: { party: central ? 'central' : `committee:${committeeId}` },
    });
  });
  return getReconciliation(ctx, id);
}
