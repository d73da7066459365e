// One-time links to choose a password (migration 0015). A link is asked for first and gets its token
// when its e-mail is sent; the token itself is never stored, only its SHA-256 (as a session's).
import type { PasswordLinkPurpose } from '../schema.js';
import type { Executor } from '../transaction.js';
import { hashToken } from './sessions.js';

/** A link found by its token, with the user it lets choose a password. */
export interface PasswordLink {
  id: number;
  userId: number;
  purpose: PasswordLinkPurpose;
  expiresAt: string;
  usedAt: string | null;
  replacedAt: string | null;
  user: { email: string; name: string; active: boolean };
}

/**
 * Asks for a new link for the user: every earlier link of theirs that is not used yet is replaced
 * (opens nothing any more, and its e-mail, if still unsent, is not sent). Returns the new link's id.
 */
export async function request(db: Executor, input: { userId: number; purpose: PasswordLinkPurpose; now: Date }): Promise<number> {
  const now = input.now.toISOString();
  await replaceOutstanding(db, input.userId, input.now);
  const row = await db.insertInto('password_links').values({ user_id: input.userId, purpose: input.purpose, created_at: now })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces every link of the user that is neither used nor replaced yet. */
export async function replaceOutstanding(db: Executor, userId: number, now: Date): Promise<void> {
  await db.updateTable('password_links').set({ replaced_at: now.toISOString() })
    .where('user_id', '=', userId).where('used_at', 'is', null).where('replaced_at', 'is', null).execute();
}

/** How many links of this purpose were asked for the user since `since`. */
export async function countRequestedSince(db: Executor, input: { userId: number; purpose: PasswordLinkPurpose; since: Date }): Promise<number> {
  const row = await db.selectFrom('password_links').select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('user_id', '=', input.userId).where('purpose', '=', input.purpose).where('created_at', '>', input.since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Gives the link its token, valid until `expiresAt` (a send tried again gives it a new one, and the
 * old one opens nothing). False when the link was used or replaced meanwhile: it gets no token.
 */
export async function issue(db: Executor, input: { id: number; token: string; now: Date; expiresAt: Date }): Promise<boolean> {
  const result = await db.updateTable('password_links')
    .set({ token_hash: hashToken(input.token), issued_at: input.now.toISOString(), expires_at: input.expiresAt.toISOString() })
    .where('id', '=', input.id).where('used_at', 'is', null).where('replaced_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The link this token opens (whatever its state), with its user; undefined when no link has it. */
export async function findByToken(db: Executor, token: string): Promise<PasswordLink | undefined> {
  const row = await db.selectFrom('password_links as l')
    .innerJoin('users as u', 'u.id', 'l.user_id')
    .select(['l.id', 'l.user_id', 'l.purpose', 'l.expires_at', 'l.used_at', 'l.replaced_at', 'u.email', 'u.name', 'u.active'])
    .where('l.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.expires_at === null) return undefined;
  return {
    id: row.id, userId: row.user_id, purpose: row.purpose, expiresAt: row.expires_at, usedAt: row.used_at, replacedAt: row.replaced_at,
    user: { email: row.email, name: row.name, active: row.active === 1 },
  };
}

/**
 * Uses the link up: one UPDATE that succeeds only while it is unused, not replaced and not expired, so
 * of two uses at once (two tabs, two app processes) exactly one gets true.
 */
export async function use(db: Executor, id: number, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await db.updateTable('password_links').set({ used_at: at })
    .where('id', '=', id).where('used_at', 'is', null).where('replaced_at', 'is', null).where('expires_at', '>', at)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
