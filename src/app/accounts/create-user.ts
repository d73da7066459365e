import { randomBytes } from 'node:crypto';
import { auditEvents, users, withTransaction } from '../../db/index.js';
import type { UserWithCommittee } from '../../db/repositories/users.js';
import { AppError } from '../../domain/errors.js';
import type { Role } from '../../domain/roles.js';
import { actorId, actorLabel, type AppContext } from '../context.js';
import { enqueuePasswordLink } from './password-links.js';
import { assertPasswordAcceptable, hashPassword } from './passwords.js';
import { assertCommitteeFits, assertManagesUsers, assertRole, auditedFields, parseEmail, parseName } from './user-rules.js';

/** A new user as an admin or the operator describes them. */
export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  /** The committee of a reporter or approver; null (or absent) for central roles. */
  committeeId?: number | null;
  /** The password the admin chose; absent when the user is invited to choose it. */
  password?: string | undefined;
  /** Sends an e-mail with a one-time link (72 hours) to choose the password, instead of one typed here. */
  invite?: boolean | undefined;
}

/**
 * Creates a user (admins and the operator; the command line creates the first admin). The address
 * must be unused in any letter case; the event 'user.created' is written in the same transaction.
 * Either the admin types a password, or the user is invited: an e-mail with a one-time link to
 * choose one goes to the outbox in the same transaction ('user.invitation_sent'), and until then the
 * account's password is a random one that nobody knows.
 */
export async function createUser(ctx: AppContext, input: CreateUserInput): Promise<UserWithCommittee> {
  assertManagesUsers(ctx.actor);
  const email = parseEmail(input.email);
  const name = parseName(input.name);
  assertRole(input.role);
  const committeeId = input.committeeId ?? null;
  const password = chosenPassword(input);
  if (password !== undefined) await assertPasswordAcceptable(password, { email, name });
  // A taken address is refused before the slow hash; the unique constraint still decides a race.
  if (await users.findByEmail(ctx.database.db, email)) {
    throw new AppError('conflict', `Det finns redan en användare med e-postadressen ${email}.`, { field: 'email' });
  }
  // Hashing takes a noticeable moment on purpose; it happens before the transaction opens.
  const passwordHash = await hashPassword(password ?? randomBytes(32).toString('base64url'));
  const now = ctx.now();

  return withTransaction(ctx.database, async (trx) => {
    await assertCommitteeFits(trx, input.role, committeeId);
    const user = await users.create(trx, { email, name, role: input.role, committeeId, passwordHash, now });
    const by = { occurredAt: now, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), entityType: 'user', entityId: user.id, ip: ctx.ip ?? null };
    await auditEvents.append(trx, { ...by, action: 'user.created', after: auditedFields(user) });
    if (password === undefined) {
      await enqueuePasswordLink(trx, user, 'invitation', now, actorLabel(ctx.actor));
      await auditEvents.append(trx, { ...by, action: 'user.invitation_sent', after: { email: user.email } });
    }
    return users.getWithCommittee(trx, user.id);
  });
}

// The password typed, or undefined when the user is invited; exactly one of the two.
function chosenPassword(input: CreateUserInput): string | undefined {
  if (input.invite === true) {
    if (input.password !== undefined && input.password !== '') {
      throw new AppError('invalid_input', 'Skicka en inbjudan eller ange ett lösenord, inte båda.', { field: 'password' });
    }
    return undefined;
  }
  if (input.password === undefined) {
    throw new AppError('invalid_input', 'Ange ett lösenord, eller skicka en inbjudan så att användaren väljer sitt lösenord själv.', { field: 'password' });
  }
  return input.password;
}
