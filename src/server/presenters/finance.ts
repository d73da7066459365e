import type { Actor } from '../../app/context.js';
import { exportFileName } from '../../app/finance/list-exports.js';
import type { ReconciliationView } from '../../app/finance/get-reconciliation.js';
import type { CommitteeRoundFigures } from '../../app/finance/round-figures.js';
import { canReconcile, canSignOffForCommittee } from '../../app/policies/finance.js';
import type { ExportBatch, Reconciliation, RoundFigures } from '../../contract/finance.js';
import type { ExportBatch as StoredBatch } from '../../db/repositories/export-batches.js';
import { roundStatusName } from '../../domain/workflow.js';

/** A round's figures in the API. */
export function presentRoundFigures(figures: { round: string; committees: CommitteeRoundFigures[] }): RoundFigures {
  return {
    round: figures.round,
    committees: figures.committees.map((c) => ({
      committeeId: c.committeeId,
      committeeName: c.committeeName,
      counterparty: c.counterparty,
      status: c.status,
      statusName: roundStatusName(c.status),
      reportId: c.reportId,
      projects: c.projects.map((p) => ({
        projectId: p.projectId, number: p.number, name: p.name, projectCode: p.projectCode, programmeName: p.programmeName,
        grantOre: p.grantOre, accruedThisRoundOre: p.accruedThisRoundOre, yearToDateOre: p.yearToDateOre, remainingOre: p.remainingOre,
        source: p.source,
      })),
    })),
  };
}

/** An export batch in the API. */
export function presentExportBatch(batch: StoredBatch, round: string): ExportBatch {
  return {
    id: batch.id, round, createdAt: batch.createdAt, createdBy: batch.actorLabel, again: batch.again, voucherCount: batch.voucherCount,
    entryCount: batch.entryCount, totalOre: batch.totalOre, fileSha256: batch.fileSha256, fileName: exportFileName(round, batch.id),
  };
}

/** A reconciliation's worklist in the API, with what the actor may do on it. */
export function presentReconciliation(view: ReconciliationView, actor: Actor, warnings: { line: number; message: string }[] = []): Reconciliation {
  const central = canReconcile(actor);
  const ownCommittee = actor.kind === 'user' ? actor.committeeId : null;
  const centralSigned = view.signoffs.some((s) => s.committeeId === null);
  return {
    id: view.id,
    round: view.round,
    createdAt: view.createdAt,
    createdBy: view.actorLabel,
    bookedFileName: view.bookedFileName,
    closingDate: view.result.closingDate,
    lines: view.result.lines,
    summary: view.result.summary,
    notes: view.notes.map((n) => ({ counterparty: n.counterparty, project: n.project, resolution: n.resolution, body: n.body, by: n.actorLabel, at: n.createdAt })),
    signoffs: view.signoffs.map((s) => ({ party: s.party, partyName: s.partyName, by: s.actorLabel, at: s.signedAt })),
    committees: view.committees,
    stale: view.stale,
    staleReasons: view.staleReasons,
    warnings,
    abilities: {
      annotate: central && !centralSigned && !view.stale,
      signOffCentral: central && !centralSigned && !view.stale,
      signOffCommittee: ownCommittee !== null && canSignOffForCommittee(actor, ownCommittee) && !view.stale
        && view.committees.some((c) => c.id === ownCommittee && !c.signed),
    },
  };
}
