// The answer to a change made from an old version: who changed the report since, and when, in
// words a person understands ("Någon annan (Anna Berg) sparade rapporten 12:03.").
import { auditEvents, type Executor } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import type { Actor } from '../context.js';
import { REPORT_ACTION_VERBS } from './audit.js';
import type { FieldChange } from './content-changes.js';
import type { ReportMeta, ReportView } from './report-view.js';

/** Who last changed a report, what they did and when. */
export interface LastChange {
  readonly by: string;
  readonly byActor: boolean;
  readonly verb: string;
  readonly at: string;
}

/** One field that differs between what the client sent and what is stored. */
export interface ConflictChange {
  readonly path: string;
  readonly label: string;
  readonly yours: unknown;
  readonly theirs: unknown;
}

/**
 * A save from an old version: the stored report (`current`, for the client to show beside its own
 * text), who saved it when, and the fields that differ. The HTTP edge presents `current`.
 */
export class ReportConflictError extends AppError {
  constructor(
    message: string,
    readonly current: ReportView,
    readonly last: LastChange,
    readonly changes: readonly ConflictChange[],
  ) {
    super('conflict', message, { savedBy: last.by, savedAt: last.at, changes: changes });
    this.name = 'ReportConflictError';
  }
}

/** The latest change to the report from its audit trail (its meta when the trail is empty). */
export async function lastChange(db: Executor, actor: Actor, meta: ReportMeta): Promise<LastChange> {
  const event = await auditEvents.latestForReport(db, meta.id);
  if (!event) return { by: 'okänd användare', byActor: false, verb: 'ändrade', at: meta.updatedAt };
  return {
    by: event.actorLabel,
    byActor: actor.kind === 'user' && event.actorId === actor.id,
    verb: REPORT_ACTION_VERBS[event.action] ?? 'ändrade',
    at: event.occurredAt,
  };
}

/** "Någon annan (Anna Berg) sparade rapporten 12:03." — or "Du …" when it was the actor in another window. */
export function lastChangeSentence(last: LastChange, now: Date): string {
  const when = stockholmTime(last.at, now);
  return last.byActor
    ? `Du ${last.verb} rapporten ${when} i ett annat fönster.`
    : `Någon annan (${last.by}) ${last.verb} rapporten ${when}.`;
}

/** A conflict for a transition or import from an old version: says who changed it and asks for a reload. */
export function staleVersion(last: LastChange, now: Date, currentVersion: number): AppError {
  return new AppError('conflict', `${lastChangeSentence(last, now)} Ladda om rapporten och försök igen.`, {
    field: 'version', currentVersion, savedBy: last.by, savedAt: last.at,
  });
}

/** Both sides of each changed field, as the conflict answer lists them. */
export function conflictChanges(changes: readonly FieldChange[]): ConflictChange[] {
  return changes.map((c) => ({ path: c.path, label: c.label, yours: c.after, theirs: c.before }));
}

// People read times in Stockholm; today's time alone, another day's with its date.
const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
const TIME = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });

function stockholmTime(iso: string, now: Date): string {
  const at = new Date(iso);
  const time = TIME.format(at);
  return DAY.format(at) === DAY.format(now) ? time : `${DAY.format(at)} ${time}`;
}
