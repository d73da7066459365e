import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { SessionsTable, UserRole } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A signed-in session. `id` is the token's hash; the token itself is never stored. */
export interface Session {
  id: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  csrfToken: string;
}

function toSession(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
    csrfToken: row.csrf_token,
  };
}

/** The stored id of a session token (SHA-256, hex). A token is random, so no salt is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Stores a new session for the token the caller hands to the browser; one opened through single
 * sign-on keeps the provider's ID token for its sign-out.
 */
export async function create(
  db: Executor,
  input: { token: string; userId: number; csrfToken: string; now: Date; expiresAt: Date; idToken?: string },
): Promise<Session> {
  const now = input.now.toISOString();
  const row = await db
    .insertInto('sessions')
    .values({
      id: hashToken(input.token),
      user_id: input.userId,
      created_at: now,
      expires_at: input.expiresAt.toISOString(),
      last_seen_at: now,
      csrf_token: input.csrfToken,
      id_token: input.idToken ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSession(row);
}

/** The unexpired session for this token whose user is still active, or undefined. */
export async function findValid(db: Executor, token: string, now: Date): Promise<Session | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .where('s.id', '=', hashToken(token))
    .where('s.expires_at', '>', now.toISOString())
    .where('u.active', '=', 1)
    .executeTakeFirst();
  return row && toSession(row);
}

/** The unexpired session for this token with its active user, in one query (every request asks). */
export async function findValidWithUser(db: Executor, token: string, now: Date): Promise<{ session: Session; user: SessionOwner } | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select(['u.email', 'u.name', 'u.role', 'u.committee_id'])
    .where('s.id', '=', hashToken(token))
    .where('s.expires_at', '>', now.toISOString())
    .where('u.active', '=', 1)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: toSession(row),
    user: { id: row.user_id, email: row.email, name: row.name, role: row.role, committeeId: row.committee_id },
  };
}

/** The user a session belongs to, as far as a request needs to know them. */
export interface SessionOwner {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  committeeId: number | null;
}

/** Records activity and slides the expiry forward; false when the session is gone or expired. */
export async function touch(db: Executor, token: string, now: Date, expiresAt: Date): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ last_seen_at: now.toISOString(), expires_at: expiresAt.toISOString() })
    .where('id', '=', hashToken(token))
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Ends the session for this token (signing out); returns the provider's ID token when the session
 * was opened through single sign-on, null otherwise (or when there was no such session).
 */
export async function remove(db: Executor, token: string): Promise<{ idToken: string | null }> {
  const row = await db.deleteFrom('sessions').where('id', '=', hashToken(token)).returning('id_token').executeTakeFirst();
  return { idToken: row?.id_token ?? null };
}

/** Ends every session of a user, e.g. when the user is deactivated. */
export async function removeForUser(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Deletes sessions that expired before `now`; returns how many. */
export async function removeExpired(db: Executor, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
