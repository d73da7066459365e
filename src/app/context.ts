import type { Database } from '../db/index.js';
import type { Role } from '../domain/roles.js';

/** Who acts: a signed-in user, or the operator at the command line (who holds the database). */
export type Actor =
  | { kind: 'user'; id: number; name: string; role: Role; committeeId: number | null }
  | { kind: 'operator'; label: string };

/** What every use case receives: the database, who acts, from where, and the clock. */
export interface AppContext {
  readonly database: Database;
  readonly actor: Actor;
  readonly ip?: string | null;
  /** The clock is injected so tests and imports can fix the time; production passes `() => new Date()`. */
  readonly now: () => Date;
}

/** A readable name for the audit trail that outlives renames. */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'user' ? actor.name : actor.label;
}

/** The actor's user id for audit events and foreign keys, or null for the operator. */
export function actorId(actor: Actor): number | null {
  return actor.kind === 'user' ? actor.id : null;
}

/** A context for the command line: the operator who runs it, with the real clock. */
export function operatorContext(database: Database, label = 'kommandoraden'): AppContext {
  return { database, actor: { kind: 'operator', label }, now: () => new Date() };
}
