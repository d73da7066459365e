import { users } from '../../db/index.js';
import type { UserWithCommittee } from '../../db/repositories/users.js';
import type { AppContext } from '../context.js';
import { assertManagesUsers } from './user-rules.js';

/** Every user with their committee's name, in Swedish name order; admins only. */
export async function listUsers(ctx: AppContext): Promise<UserWithCommittee[]> {
  assertManagesUsers(ctx.actor);
  return users.listWithCommittee(ctx.database.db);
}
