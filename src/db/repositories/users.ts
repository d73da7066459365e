import type { Selectable } from 'kysely';
import { notFound, uniquely } from '../errors.js';
import { bySwedishName } from '../order.js';
import type { UserRole, UsersTable } from '../schema.js';
import type { Executor } from '../transaction.js';

/** A person who signs in; committee users belong to one committee, central users to none. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  committeeId: number | null;
  active: boolean;
  createdAt: string;
}

// Every column but the password hash, which only findForLogin reads.
const columns = ['id', 'email', 'name', 'role', 'committee_id', 'active', 'created_at'] as const;

function toUser(row: Pick<Selectable<UsersTable>, (typeof columns)[number]>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    committeeId: row.committee_id,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

/** The one spelling of an address we store and look up: trimmed, lowercased, Unicode NFC. */
export function normaliseEmail(email: string): string {
  // NFC, so an "ö" typed as o + combining diaeresis is the same address as a precomposed "ö".
  return email.trim().normalize('NFC').toLowerCase();
}

/**
 * Creates a user; an address already in use (in any letter case) is a conflict. A user provisioned
 * through single sign-on comes with the provider's subject and an empty password hash, which no
 * password matches.
 */
export async function create(
  db: Executor,
  input: { email: string; name: string; role: UserRole; committeeId?: number | null; passwordHash: string; oidcSubject?: string; now: Date },
): Promise<User> {
  const email = normaliseEmail(input.email);
  const row = await uniquely(
    db
      .insertInto('users')
      .values({
        email,
        name: input.name,
        role: input.role,
        committee_id: input.committeeId ?? null,
        password_hash: input.passwordHash,
        created_at: input.now.toISOString(),
        oidc_subject: input.oidcSubject ?? null,
      })
      .returning(columns)
      .executeTakeFirstOrThrow(),
    `Det finns redan en användare med e-postadressen ${email}.`,
    { field: 'email' },
  );
  return toUser(row);
}

/** The user with this address (any letter case), or undefined. */
export async function findByEmail(db: Executor, email: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(columns).where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row && toUser(row);
}

/** The user and password hash for signing in; kept apart so the hash never rides along elsewhere. */
export async function findForLogin(db: Executor, email: string): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await db
    .selectFrom('users')
    .select([...columns, 'password_hash'])
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

/** A user as single sign-on finds them, with the provider's subject recorded on them (or null). */
export interface SingleSignOnMatch {
  user: User;
  subject: string | null;
}

/**
 * The user the provider's subject is recorded on; failing that, the user with the address (any
 * letter case). The subject comes first, so a user whose address changed at the provider is still found.
 */
export async function findForSingleSignOn(db: Executor, input: { subject: string; email: string }): Promise<SingleSignOnMatch | undefined> {
  const bySubject = await db.selectFrom('users').select([...columns, 'oidc_subject']).where('oidc_subject', '=', input.subject).executeTakeFirst();
  const row = bySubject ?? await db.selectFrom('users').select([...columns, 'oidc_subject']).where('email', '=', normaliseEmail(input.email)).executeTakeFirst();
  return row && { user: toUser(row), subject: row.oidc_subject };
}

/** Records the provider's subject on a user (their first sign-in through it). */
export async function recordSubject(db: Executor, id: number, subject: string): Promise<void> {
  await uniquely(
    db.updateTable('users').set({ oidc_subject: subject }).where('id', '=', id).execute(),
    'Inloggningen hos organisationen är redan kopplad till en annan användare.',
  );
}

/** The user with this id; not_found otherwise. */
export async function getById(db: Executor, id: number): Promise<User> {
  const row = await db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Användaren', id);
  return toUser(row);
}

/** All users by name, in Swedish order. */
export async function list(db: Executor): Promise<User[]> {
  const rows = await db.selectFrom('users').select(columns).execute();
  return bySwedishName(rows.map(toUser));
}

/** A user with the name of their committee, as screens show them. */
export interface UserWithCommittee extends User {
  committeeName: string | null;
}

function withCommittee(db: Executor) {
  return db
    .selectFrom('users as u')
    .leftJoin('committees as c', 'c.id', 'u.committee_id')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.committee_id', 'u.active', 'u.created_at', 'c.name as committee_name']);
}

/** All users with their committee's name, by name in Swedish order; one query. */
export async function listWithCommittee(db: Executor): Promise<UserWithCommittee[]> {
  const rows = await withCommittee(db).execute();
  return bySwedishName(rows.map((row) => ({ ...toUser(row), committeeName: row.committee_name })));
}

/** The user with this id and their committee's name; not_found otherwise. */
export async function getWithCommittee(db: Executor, id: number): Promise<UserWithCommittee> {
  const row = await withCommittee(db).where('u.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Användaren', id);
  return { ...toUser(row), committeeName: row.committee_name };
}

/** What an update may change; absent fields stay as they are. The address is never changed here. */
export interface UserChanges {
  name?: string;
  /** Normalised by the caller (parseEmail); unique among users. */
  email?: string;
  role?: UserRole;
  committeeId?: number | null;
  active?: boolean;
  passwordHash?: string;
}

/** Changes a user and returns them as stored; not_found when there is no such user. */
export async function update(db: Executor, id: number, changes: UserChanges): Promise<User> {
  const set = {
    ...(changes.name === undefined ? {} : { name: changes.name }),
    ...(changes.email === undefined ? {} : { email: changes.email }),
    ...(changes.role === undefined ? {} : { role: changes.role }),
    ...(changes.committeeId === undefined ? {} : { committee_id: changes.committeeId }),
    ...(changes.active === undefined ? {} : { active: changes.active ? 1 : 0 }),
    ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
  };
  if (Object.keys(set).length === 0) return getById(db, id);
  const row = await db.updateTable('users').set(set).where('id', '=', id).returning(columns).executeTakeFirst();
  if (!row) throw notFound('Användaren', id);
  return toUser(row);
}
