// Stored reconciliations of a round: the result, the report versions it was made from, the notes on
// its lines and the sign-offs.
import type { Selectable } from 'kysely';
import type { ReconciliationResult } from '../../domain/reconciliation.js';
import { notFound, uniquely } from '../errors.js';
import type { ReconciliationNotesTable, ReconciliationResolution, ReconciliationsTable } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A stored reconciliation. */
export interface StoredReconciliation {
  id: number;
  roundId: number;
  closingDate: string;
  createdAt: string;
  actorLabel: string;
  bookedFileName: string;
  bookedSha256: string;
  result: ReconciliationResult;
  /** The approved report versions the reported side was summed from. */
  sources: { reportId: number; version: number }[];
}

/** A note on one line: how a difference was explained or corrected. */
export interface ReconciliationNote {
  counterparty: string;
  project: string;
  resolution: ReconciliationResolution;
  body: string;
  actorLabel: string;
  createdAt: string;
}

/** A sign-off: the central office's or one committee's. */
export interface ReconciliationSignoff {
  party: string;
  committeeId: number | null;
  actorLabel: string;
  signedAt: string;
}

function toStored(row: Selectable<ReconciliationsTable>): StoredReconciliation {
  return {
    id: row.id,
    roundId: row.round_id,
    closingDate: row.closing_date,
    createdAt: row.created_at,
    actorLabel: row.actor_label,
    bookedFileName: row.booked_file_name,
    bookedSha256: row.booked_sha256,
    result: JSON.parse(row.result_json) as ReconciliationResult,
    sources: JSON.parse(row.sources_json) as { reportId: number; version: number }[],
  };
}

function toNote(row: Selectable<ReconciliationNotesTable>): ReconciliationNote {
  return { counterparty: row.counterparty, project: row.project, resolution: row.resolution, body: row.body, actorLabel: row.actor_label, createdAt: row.created_at };
}

/** Stores a reconciliation and returns it. */
export async function create(
  db: Executor,
  input: Omit<StoredReconciliation, 'id'> & { actorId: number | null },
): Promise<StoredReconciliation> {
  const row = await db.insertInto('reconciliations').values({
    round_id: input.roundId, closing_date: input.closingDate, created_at: input.createdAt, actor_id: input.actorId,
    actor_label: input.actorLabel, booked_file_name: input.bookedFileName, booked_sha256: input.bookedSha256,
    result_json: JSON.stringify(input.result), sources_json: JSON.stringify(input.sources),
  }).returningAll().executeTakeFirstOrThrow();
  return toStored(row);
}

/** A reconciliation; not_found otherwise. */
export async function getById(db: Executor, id: number): Promise<StoredReconciliation> {
  const row = await db.selectFrom('reconciliations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Avstämningen', id);
  return toStored(row);
}

/** The round's reconciliations, newest first, without their results. */
export async function listForRound(db: Executor, roundId: number): Promise<Omit<StoredReconciliation, 'result' | 'sources'>[]> {
  const rows = await db.selectFrom('reconciliations')
    .select(['id', 'round_id', 'closing_date', 'created_at', 'actor_label', 'booked_file_name', 'booked_sha256'])
    .where('round_id', '=', roundId).orderBy('id', 'desc').execute();
  return rows.map((row) => ({
    id: row.id, roundId: row.round_id, closingDate: row.closing_date, createdAt: row.created_at, actorLabel: row.actor_label,
    bookedFileName: row.booked_file_name, bookedSha256: row.booked_sha256,
  }));
}

/** The notes on a reconciliation's lines. */
export async function notes(db: Executor, reconciliationId: number): Promise<ReconciliationNote[]> {
  const rows = await db.selectFrom('reconciliation_notes').selectAll().where('reconciliation_id', '=', reconciliationId).orderBy('id').execute();
  return rows.map(toNote);
}

/** Sets the note on one line, replacing an earlier one; returns the note before, if any. */
export async function setNote(
  db: Executor,
  input: { reconciliationId: number; counterparty: string; project: string; resolution: ReconciliationResolution; body: string; actorId: number | null; actorLabel: string; at: string },
): Promise<ReconciliationNote | undefined> {
  const before = await db.selectFrom('reconciliation_notes').selectAll()
    .where('reconciliation_id', '=', input.reconciliationId).where('counterparty', '=', input.counterparty).where('project', '=', input.project)
    .executeTakeFirst();
  const values = { resolution: input.resolution, body: input.body, actor_id: input.actorId, actor_label: input.actorLabel, created_at: input.at };
  await db.insertInto('reconciliation_notes')
    .values({ reconciliation_id: input.reconciliationId, counterparty: input.counterparty, project: input.project, ...values })
    .onConflict((oc) => oc.columns(['reconciliation_id', 'counterparty', 'project']).doUpdateSet(values))
    .execute();
  return before && toNote(before);
}

/** The sign-offs of a reconciliation. */
export async function signoffs(db: Executor, reconciliationId: number): Promise<ReconciliationSignoff[]> {
  const rows = await db.selectFrom('reconciliation_signoffs').selectAll().where('reconciliation_id', '=', reconciliationId).orderBy('id').execute();
  return rows.map((row) => ({ party: row.party, committeeId: row.committee_id, actorLabel: row.actor_label, signedAt: row.signed_at }));
}

/** Records a sign-off; the same party signing twice is a conflict. */
export async function signOff(
  db: Executor,
  input: { reconciliationId: number; party: string; committeeId: number | null; actorId: number | null; actorLabel: string; at: string },
): Promise<void> {
  await uniquely(
    db.insertInto('reconciliation_signoffs').values({
      reconciliation_id: input.reconciliationId, party: input.party, committee_id: input.committeeId,
      actor_id: input.actorId, actor_label: input.actorLabel, signed_at: input.at,
    }).execute(),
    'Avstämningen är redan signerad av er.',
    { field: 'signoff' },
  );
}
