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

/** The one spelling of an address we store and look up: trimmed and lowercased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Creates a user; an address already in use (in any letter case) is a conflict. */
export async function create(
  db: Executor,
  input: { email: string; name: string; role: UserRole; committeeId?: number | null; passwordHash: string; now: Date },
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
