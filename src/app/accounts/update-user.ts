import { auditEvents, passwordLinks, sessions, users, withTransaction } from '../../db/index.js';
import type { UserChanges, UserWithCommittee } from '../../db/repositories/users.js';
import { AppError } from '../../domain/errors.js';
import { isCommitteeRole, type Role } from '../../domain/roles.js';
import { actorId, actorLabel, type AppContext } from '../context.js';
import { canChangeAccessOf } from '../policies/user.js';
import { assertPasswordAcceptable, hashPassword } from './passwords.js';
import { assertCommitteeFits, assertManagesUsers, assertRole, auditedFields, parseName } from './user-rules.js';

/** The changes an admin makes to a user; absent fields stay as they are. */
export interface UpdateUserInput {
  userId: number;
  name?: string;
  role?: Role;
  committeeId?: number | null;
  active?: boolean;
  password?: string;
}

/**
 * Changes a user's name, role, committee, active flag or password (admins and the operator). A change
 * of access or password ends the user's sessions, so it takes effect at once and a leaked password
 * stops working everywhere. The event 'user.updated' holds before/after of what changed.
 */
export async function updateUser(ctx: AppContext, input: UpdateUserInput): Promise<UserWithCommittee> {
  assertManagesUsers(ctx.actor);
  const name = input.name === undefined ? undefined : parseName(input.name);
  if (input.role !== undefined) assertRole(input.role);
  if (input.password !== undefined) {
    // The owner's name and address are the first guesses against their password.
    const owner = await users.getById(ctx.database.db, input.userId);
    await assertPasswordAcceptable(input.password, { email: owner.email, name: name ?? owner.name });
  }
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  const now = ctx.now();

  return withTransaction(ctx.database, async (trx) => {
    const before = await users.getById(trx, input.userId);
    const role = input.role ?? before.role;
    // A central role has no committee: moving someone to one clears it without the client having to.
    const committeeId = input.committeeId !== undefined ? input.committeeId : isCommitteeRole(role) ? before.committeeId : null;
    const roleChanges = role !== before.role;
    const committeeChanges = committeeId !== before.committeeId;
    const activeChanges = input.active !== undefined && input.active !== before.active;
    if ((roleChanges || activeChanges) && !canChangeAccessOf(ctx.actor, before.id)) {
      throw activeChanges
        ? new AppError('forbidden', 'Du kan inte inaktivera ditt eget konto; be en annan administratör.', { field: 'active' })
        : new AppError('forbidden', 'Du kan inte ändra din egen roll; be en annan administratör.', { field: 'role' });
    }
    if (roleChanges || committeeChanges) await assertCommitteeFits(trx, role, committeeId);

    const changes: UserChanges = {
      ...(name !== undefined && name !== before.name ? { name } : {}),
      ...(roleChanges ? { role } : {}),
      ...(committeeChanges ? { committeeId } : {}),
      ...(activeChanges ? { active: input.active } : {}),
      ...(passwordHash === undefined ? {} : { passwordHash }),
    };
    if (Object.keys(changes).length === 0) return users.getWithCommittee(trx, before.id);

    const after = await users.update(trx, before.id, changes);
    if (roleChanges || committeeChanges || activeChanges || passwordHash !== undefined) await sessions.removeForUser(trx, before.id);
    // A password the admin sets is the one that holds: a link sent earlier no longer replaces it.
    if (passwordHash !== undefined) await passwordLinks.replaceOutstanding(trx, before.id, now);
    await auditEvents.append(trx, {
      occurredAt: now, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), action: 'user.updated',
      entityType: 'user', entityId: before.id, ip: ctx.ip ?? null, ...changedFields(before, after, passwordHash !== undefined),
    });
    return users.getWithCommittee(trx, before.id);
  });
}

// Only what changed, so the history reads "role: reporter → approver". A new password is recorded as
// the fact that it changed: neither the password nor its hash ever enters the audit trail.
function changedFields(before: users.User, after: users.User, passwordChanged: boolean): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const was = auditedFields(before);
  const is = auditedFields(after);
  const keys = (Object.keys(is) as Array<keyof typeof is>).filter((key) => was[key] !== is[key]);
  return {
    before: Object.fromEntries(keys.map((key) => [key, was[key]])),
    after: { ...Object.fromEntries(keys.map((key) => [key, is[key]])), ...(passwordChanged ? { passwordChanged: true } : {}) },
  };
}
