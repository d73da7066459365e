import { auditEvents, users, withTransaction } from '../../db/index.js';
import type { UserWithCommittee } from '../../db/repositories/users.js';
import { AppError } from '../../domain/errors.js';
import { actorId, actorLabel, type AppContext } from '../context.js';
import { enqueuePasswordLink } from './password-links.js';
import { assertManagesUsers } from './user-rules.js';

/**
 * Sends the user an invitation (again): an e-mail with a one-time link, valid 72 hours, to choose
 * their password; earlier links of theirs stop working. Admins and the operator; an inactive user is
 * refused. The event 'user.invitation_sent' is written in the same transaction as the e-mail.
 */
export async function inviteUser(ctx: AppContext, userId: number): Promise<UserWithCommittee> {
  assertManagesUsers(ctx.actor);
  const now = ctx.now();
  return withTransaction(ctx.database, async (trx) => {
    const user = await users.getById(trx, userId);
    if (!user.active) {
      throw new AppError('conflict', `${user.name} är inaktiv och kan inte bjudas in; gör kontot aktivt först.`, { field: 'active' });
    }
    await enqueuePasswordLink(trx, user, 'invitation', now, actorLabel(ctx.actor));
    await auditEvents.append(trx, {
      occurredAt: now, actorId: actorId(ctx.actor), actorLabel: actorLabel(ctx.actor), action: 'user.invitation_sent',
      entityType: 'user', entityId: user.id, ip: ctx.ip ?? null, after: { email: user.email },
    });
    return users.getWithCommittee(trx, user.id);
  });
}
