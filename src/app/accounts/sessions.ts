import { sessions, type Database } from '../../db/index.js';
import type { SessionUser } from './sign-in.js';
import { SESSION_IDLE_MS, SESSION_MAX_AGE_MS } from './sign-in.js';

// Sliding the expiry is a write; doing it at most once a minute keeps reads cheap (a report read
// must stay within its latency budget) while an active user never runs into the idle limit.
const TOUCH_AFTER_MS = 60 * 1000;

/** A live session as a request sees it. */
export interface ActiveSession {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
}

/** The live session for a cookie's token, its expiry slid forward; undefined when signed out or expired. */
export async function resumeSession(database: Database, token: string, now: Date): Promise<ActiveSession | undefined> {
  const found = await sessions.findValidWithUser(database.db, token, now);
  if (!found) return undefined;
  let expiresAt = found.session.expiresAt;
  if (now.getTime() - Date.parse(found.session.lastSeenAt) > TOUCH_AFTER_MS) {
    // Slides by the idle limit, but never past the session's maximum age: an unattended browser
    // that someone keeps busy does not stay signed in for ever.
    const next = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, Date.parse(found.session.createdAt) + SESSION_MAX_AGE_MS));
    if (await sessions.touch(database.db, token, now, next)) expiresAt = next.toISOString();
  }
  return { user: found.user, csrfToken: found.session.csrfToken, expiresAt };
}

/**
 * Ends the session for this token (signing out); signing out twice is not an error. Returns the
 * provider's ID token when the session was opened through single sign-on, for the provider's sign-out.
 */
export async function endSession(database: Database, token: string): Promise<{ idToken: string | null }> {
  return sessions.remove(database.db, token);
}
