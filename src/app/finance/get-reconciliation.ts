import { committees, reconciliations, roundAccruals, rounds, type Executor } from '../../db/index.js';
import type { ReconciliationNote, ReconciliationSignoff, StoredReconciliation } from '../../db/repositories/reconciliations.js';
import { AppError } from '../../domain/errors.js';
import { formatRoundCode } from '../../domain/period.js';
import type { ReconciliationResult } from '../../domain/reconciliation.js';
import type { AppContext } from '../context.js';
import { canReadReconciliation, reconciliationScope } from '../policies/finance.js';

/** A stored reconciliation as its worklist shows it. */
export interface ReconciliationView {
  id: number;
  round: string;
  createdAt: string;
  actorLabel: string;
  bookedFileName: string;
  result: ReconciliationResult;
  notes: ReconciliationNote[];
  signoffs: (ReconciliationSignoff & { partyName: string })[];
  /** Committees whose lines the result holds, and whether each has signed off. */
  committees: { id: number; name: string; counterparty: string; signed: boolean }[];
  /** True when a report it was made from has changed (reopened, approved again) or a new one was approved since. */
  stale: boolean;
  staleReasons: string[];
}

/**
 * A reconciliation with its notes, sign-offs and whether it is stale. A committee user sees only the
 * lines of its own counterparty number, and a reconciliation of another round answers as missing.
 */
export async function getReconciliation(ctx: AppContext, id: number): Promise<ReconciliationView> {
  if (!canReadReconciliation(ctx.actor)) throw new AppError('forbidden', 'Du har inte behörighet att läsa avstämningen.');
  const db = ctx.database.db;
  const stored = await reconciliations.getById(db, id);
  return viewOf(db, stored, reconciliationScope(ctx.actor));
}

/** The view of a stored reconciliation, narrowed to one committee's lines when `scope` names one. */
export async function viewOf(db: Executor, stored: StoredReconciliation, scope: number | null): Promise<ReconciliationView> {
  const [round, notes, signoffs, committeeList, current] = await Promise.all([
    rounds.getById(db, stored.roundId), reconciliations.notes(db, stored.id), reconciliations.signoffs(db, stored.id),
    committees.list(db), roundAccruals.reportsOfRound(db, stored.roundId),
  ]);
  const byCounterparty = new Map(committeeList.map((c) => [c.counterpartyNumber.trim(), c]));
  const own = scope === null ? null : committeeList.find((c) => c.id === scope);
  const visible = (counterparty: string) => own === null || own?.counterpartyNumber.trim() === counterparty;
  const lines = stored.result.lines.filter((l) => visible(l.counterparty));
  const summary = {
    matched: lines.filter((l) => l.status === 'matched').length,
    differs: lines.filter((l) => l.status === 'differs').length,
    onlyReported: lines.filter((l) => l.status === 'only_reported').length,
    onlyBooked: lines.filter((l) => l.status === 'only_booked').length,
  };
  const staleReasons = staleness(stored, current);
  const counterparties = [...new Set(lines.map((l) => l.counterparty))];
  const parties = counterparties.flatMap((cp) => {
    const c = byCounterparty.get(cp);
    return c ? [{ id: c.id, name: c.name, counterparty: cp, signed: signoffs.some((s) => s.committeeId === c.id) }] : [];
  });
  return {
    id: stored.id,
    round: formatRoundCode(round),
    createdAt: stored.createdAt,
    actorLabel: stored.actorLabel,
    bookedFileName: stored.bookedFileName,
    result: { ...stored.result, lines, summary },
    notes: notes.filter((n) => visible(n.counterparty)),
    signoffs: signoffs
      .filter((s) => own === null || s.committeeId === null || s.committeeId === own?.id)
      .map((s) => ({ ...s, partyName: s.committeeId === null ? 'Stadsledningskontoret' : committeeList.find((c) => c.id === s.committeeId)?.name ?? '' })),
    committees: parties,
    stale: staleReasons.length > 0,
    staleReasons: own === null ? staleReasons : staleReasons.length > 0 ? ['Underlaget har ändrats sedan avstämningen gjordes.'] : [],
  };
}

// The reported side was summed from these approved report versions; any change to them since makes
// the result describe money that is no longer what the committees report.
function staleness(stored: StoredReconciliation, current: Awaited<ReturnType<typeof roundAccruals.reportsOfRound>>): string[] {
  const reasons: string[] = [];
  for (const source of stored.sources) {
    const now = current.find((r) => r.reportId === source.reportId);
    if (!now || now.state !== 'approved') reasons.push(`${now?.committeeName ?? `Redovisning ${source.reportId}`}: redovisningen är inte längre godkänd.`);
    else if (now.version !== source.version) reasons.push(`${now.committeeName}: redovisningen har ändrats och godkänts igen.`);
  }
  for (const r of current) {
    if (r.state === 'approved' && !stored.sources.some((s) => s.reportId === r.reportId)) {
      reasons.push(`${r.committeeName}: redovisningen har godkänts efter avstämningen.`);
    }
  }
  return reasons;
}
