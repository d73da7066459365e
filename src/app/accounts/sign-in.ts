import { randomBytes } from 'node:crypto';
import { auditEvents, sessions, signInAttempts, users, withTransaction, type Database, type Executor } from '../../db/index.js';
import { AppError } from '../../domain/errors.js';
import type { Role } from '../../domain/roles.js';
import { decoyHash, verifyPassword } from './passwords.js';

/** How long a session lives without activity; each request slides it forward (the idle limit). */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** How long a session lives at most, however active: a working day, then sign in again. */
export const SESSION_MAX_AGE_MS = 12 * 60 * 60 * 1000;
// Failures allowed per address, and per origin, in the window before sign-in is refused for a while.
// The per-address limit protects each account; the per-origin one stops one machine spraying a
// common password across many accounts. It is set high because a whole city office may reach us
// through one address (NAT or proxy), and a low limit would let anyone there lock everyone out.
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_EMAIL = 5;
/** Failed sign-ins from one origin within 15 minutes before it is refused for a while. */
export const MAX_FAILURES_PER_IP = 200;

/** The signed-in user, as the session and the UI know them. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  committeeId: number | null;
}

/** A new session: the token for the cookie (never stored), and the CSRF token for the page. */
export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: SessionUser;
}

const WRONG = 'Fel e-postadress eller lösenord.';

/**
 * Checks the address and password and opens a session. Failures are counted in the database so the
 * limit holds across app instances; the message never reveals whether the address exists.
 */
export async function signIn(
  database: Database,
  input: { email: string; password: string; ip: string | null; now: Date },
): Promise<NewSession> {
  const email = users.normaliseEmail(input.email);
  const since = new Date(input.now.getTime() - WINDOW_MS);
  // The attempt is recorded before it is counted or its password tried: parallel guesses then each
  // see the ones before them, so no burst of simultaneous requests gets past the limit.
  const attempt = await signInAttempts.record(database.db, { email, ip: input.ip, now: input.now });
  const seen = await signInAttempts.countSince(database.db, { email, ip: input.ip, since });
  if (seen.forEmail > MAX_FAILURES_PER_EMAIL || seen.fromIp > MAX_FAILURES_PER_IP) {
    // A refused attempt tried no password, so it does not count as a failure or extend the wait.
    await signInAttempts.remove(database.db, attempt);
    throw new AppError('too_many_requests', 'För många misslyckade inloggningar. Vänta en kvart och försök igen.', { field: 'email' });
  }
  const found = await users.findForLogin(database.db, email);
  // A user provisioned through single sign-on has no password (an empty hash): verified against
  // the decoy, so the answer takes as long as for anyone else.
  const matches = await verifyPassword(found?.passwordHash || (await decoyHash()), input.password);
  // A failed attempt stays recorded: it is one of the failures the limit counts.
  if (!found || !found.passwordHash || !matches || !found.user.active) throw new AppError('unauthenticated', WRONG, { field: 'email' });
  const { user } = found;
  return withTransaction(database, async (trx) => {
    await signInAttempts.clear(trx, email);
    await signInAttempts.removeOlderThan(trx, since);
    return openSession(trx, user, { now: input.now, ip: input.ip });
  });
}

/**
 * Opens a session for the user inside the caller's transaction, with its 'user.signed_in' event;
 * `idToken` (single sign-on) is kept for the provider's sign-out and recorded as `{ via: 'sso' }`.
 */
export async function openSession(
  trx: Executor,
  user: users.User,
  input: { now: Date; ip: string | null; idToken?: string },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + SESSION_IDLE_MS);
  await sessions.create(trx, { token, userId: user.id, csrfToken, now: input.now, expiresAt, ...(input.idToken === undefined ? {} : { idToken: input.idToken }) });
  // Housekeeping rides along with sign-ins, so no job is needed: expired sessions can never count again.
  await sessions.removeExpired(trx, input.now);
  await auditEvents.append(trx, {
    occurredAt: input.now, actorId: user.id, actorLabel: user.name, action: 'user.signed_in',
    entityType: 'user', entityId: user.id, ip: input.ip, ...(input.idToken === undefined ? {} : { after: { via: 'sso' } }),
  });
  return { token, csrfToken, expiresAt, user: { id: user.id, email: user.email, name: user.name, role: user.role, committeeId: user.committeeId } };
}
