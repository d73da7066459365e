import { auditEvents, users, withTransaction } from '../../db/index.js';
import type { UserWithCommittee } from '../../db/repositories/users.js';
import { AppError } from '../../domain/errors.js';
import type { Role } from '../../domain/roles.js';
import { actorId, actorLabel, type AppContext } from '../context.js';
import { assertPasswordAcceptable, hashPassword } from './passwords.js';
import { assertCommitteeFits, assertManagesUsers, assertRole, auditedFields, parseEmail, parseName } from './user-rules.js';

/** A new user as an admin or the operator describes them. */
export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  /** The committee of a reporter or approver; null (or absent) for central roles. */
  committeeId?: number | null;
  password: string;
}

/**
 * Creates a user (admins and the operator; the command line creates the first admin). The address
 * must be unused in any letter case; the event 'user.created' is written in the same transaction.
 */
export async function createUser(ctx: AppContext, input: CreateUserInput): Promise<UserWithCommittee> {
  assertManagesUsers(ctx.actor);
  const email = parseEmail(input.email);
  const name = parseName(input.name);
  assertRole(input.role);
  const committeeId = input.committeeId ?? null;
  await assertPasswordAcceptable(input.password, { email, name });
  // A taken address is refused before the slow hash; the unique constraint still decides a race.
  if (await users.findByEmail(ctx.database.db, email)) {
    throw new AppError('conflict', `Det finns redan en användare med e-postadressen ${email}.`, { field: 'email' });
  }
  // Hashing takes a noticeable moment on purpose; it happens before the transaction opens.
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();

  return withTransaction(ctx.database, async (trx) => {
    await assertCommitteeFits(trx, input.role, committeeId);
    const user = await users.create(trx, { email, name, role: input.role, committeeId, passwordHash, now });
    await auditEvents.append(trx, {
      occurredAt: now, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), action: 'user.created',
      entityType: 'user', entityId: user.id, ip: ctx.ip ?? null, after: auditedFields(user),
    });
    return users.getWithCommittee(trx, user.id);
  });
}
