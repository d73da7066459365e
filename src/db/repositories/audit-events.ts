import type { Selectable } from 'kysely';
import type { AuditEventsTable } from '../schema.js';
import type { Executor } from '../transaction.js';

/** What happened, to what, by whom and from where; written in the same transaction as the change. */
export interface NewAuditEvent {
  occurredAt: Date;
  actorId: number | null;
  /** A readable name for the actor that outlives renames: the user's name, or e.g. "import". */
  actorLabel: string;
  /** A stable verb such as 'report.submitted'; the app's event union decides the vocabulary. */
  action: string;
  entityType: string;
  entityId: string | number;
  reportId?: number | null;
  ip?: string | null;
  before?: unknown;
  after?: unknown;
}

/** A stored audit event; before/after come back as parsed JSON. */
export interface AuditEvent {
  id: number;
  occurredAt: string;
  actorId: number | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  reportId: number | null;
  ip: string | null;
  before: unknown;
  after: unknown;
}

const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
const fromJson = (text: string | null): unknown => (text === null ? undefined : JSON.parse(text));

function toEvent(row: Selectable<AuditEventsTable>): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    reportId: row.report_id,
    ip: row.ip,
    before: fromJson(row.before_json),
    after: fromJson(row.after_json),
  };
}

/** Appends an event and returns its id. There is no update or delete: triggers refuse both. */
export async function append(db: Executor, event: NewAuditEvent): Promise<number> {
  const row = await db
    .insertInto('audit_events')
    .values({
      occurred_at: event.occurredAt.toISOString(),
      actor_id: event.actorId,
      actor_label: event.actorLabel,
      action: event.action,
      entity_type: event.entityType,
      entity_id: String(event.entityId),
      report_id: event.reportId ?? null,
      ip: event.ip ?? null,
      before_json: toJson(event.before),
      after_json: toJson(event.after),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A report's history in the order it was written (ids grow with every append). */
export async function listForReport(db: Executor, reportId: number): Promise<AuditEvent[]> {
  const rows = await db.selectFrom('audit_events').selectAll().where('report_id', '=', reportId).orderBy('id').execute();
  return rows.map(toEvent);
}

/** The history of any one entity (a committee, a user, a round …), oldest first. */
export async function listForEntity(db: Executor, entityType: string, entityId: string | number): Promise<AuditEvent[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', String(entityId))
    .orderBy('id')
    .execute();
  return rows.map(toEvent);
}

/** The latest event of a report's history (who last changed it, and when), or undefined. */
export async function latestForReport(db: Executor, reportId: number): Promise<AuditEvent | undefined> {
  // The (report_id, id) index answers this from its last entry.
  const row = await db.selectFrom('audit_events').selectAll().where('report_id', '=', reportId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row && toEvent(row);
}
