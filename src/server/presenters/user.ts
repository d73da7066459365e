import type * as api from '../../contract/users.js';
import type { UserWithCommittee } from '../../db/repositories/users.js';
import { ROLE_NAMES } from '../../domain/roles.js';

/** A user in the API, field by field: what an admin sees in the user list (never a password hash). */
export function presentUser(user: UserWithCommittee): api.User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    roleName: ROLE_NAMES[user.role],
    committeeId: user.committeeId,
    committeeName: user.committeeName,
    active: user.active,
    createdAt: user.createdAt,
  };
}
