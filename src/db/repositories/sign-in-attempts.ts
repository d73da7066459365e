import type { Executor } from '../transaction.js';

/** Records a sign-in attempt for this address (normalised by the caller) and origin; returns its id. */
export async function record(db: Executor, input: { email: string; ip: string | null; now: Date }): Promise<number> {
  const row = await db.insertInto('sign_in_attempts').values({ email: input.email, ip: input.ip, attempted_at: input.now.toISOString() })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Forgets one attempt (one that was refused before its password was tried). */
export async function remove(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('id', '=', id).execute();
}

/** How many sign-in attempts for the address, and from the ip, are recorded since `since`. */
export async function countSince(db: Executor, input: { email: string; ip: string | null; since: Date }): Promise<{ forEmail: number; fromIp: number }> {
  const since = input.since.toISOString();
  const forEmail = await db.selectFrom('sign_in_attempts').select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('email', '=', input.email).where('attempted_at', '>', since).executeTakeFirstOrThrow();
  const fromIp = input.ip === null ? { n: 0 } : await db.selectFrom('sign_in_attempts').select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('ip', '=', input.ip).where('attempted_at', '>', since).executeTakeFirstOrThrow();
  return { forEmail: Number(forEmail.n), fromIp: Number(fromIp.n) };
}

/** Forgets the failures for an address after it signs in successfully. */
export async function clear(db: Executor, email: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('email', '=', email).execute();
}

/** Deletes attempts older than `before`; returns how many. */
export async function removeOlderThan(db: Executor, before: Date): Promise<number> {
  const result = await db.deleteFrom('sign_in_attempts').where('attempted_at', '<', before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
