import { actorId, actorLabel, type AppContext } from '../context.js';

/** Who, when and from where, for an audit event written by a set-up or round use case. */
export function auditBy(ctx: AppContext, occurredAt: Date) {
  return { occurredAt, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), ip: ctx.ip ?? null };
}

/**
 * The fields whose values differ between two versions of a row, as an audit event's before and
 * after; undefined when nothing changed, so an empty edit writes no event.
 */
export function changedFields<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } | undefined {
  const was: Partial<T> = {};
  const is: Partial<T> = {};
  for (const key in after) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    was[key] = before[key];
    is[key] = after[key];
  }
  return Object.keys(is).length === 0 ? undefined : { before: was, after: is };
}
