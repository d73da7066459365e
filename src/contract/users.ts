// Users and their roles (administrators). The schemas check shapes; the use cases check meaning (a
// valid address, a committee that fits the role, a long enough password), so the command line
// gets the same rules and messages.
import { z } from 'zod';
import { ROLES } from '../domain/roles.js';
import { MAX_ID, timestampField } from './common.js';
import { sessionUserSchema } from './session.js';

const role = z.enum(ROLES, { error: `Välj en roll: ${ROLES.join(', ')}.` });
const committeeId = z.number({ error: 'ska vara en nämnds id (ett heltal) eller null.' })
  .int('ska vara en nämnds id (ett heltal) eller null.').min(1, 'ska vara ett positivt heltal.').max(MAX_ID, 'ska vara ett positivt heltal.')
  .nullable();
const password = z.string({ error: 'Ange ett lösenord.' }).max(1000, 'Lösenordet får vara högst 1 000 tecken långt.');
const name = z.string({ error: 'Ange användarens namn.' }).max(1000, 'Namnet är för långt.');

/** A new user (POST /api/users). */
export const userInput = z.object({
  email: z.string({ error: 'Ange en e-postadress.' }).max(1000, 'E-postadressen är för lång.'),
  name,
  role,
  committeeId: committeeId.optional(),
  /** Absent when `invite` is true: the user chooses it with the link in the invitation. */
  password: password.optional(),
  invite: z.boolean({ error: 'ska vara true eller false.' }).optional(),
});
export type UserInput = z.input<typeof userInput>;

/** Changes to a user (PATCH /api/users/:id); absent fields stay as they are. */
export const userChanges = z.object({
  name: name.optional(),
  role: role.optional(),
  committeeId: committeeId.optional(),
  active: z.boolean({ error: 'ska vara true eller false.' }).optional(),
  password: password.optional(),
});
export type UserChanges = z.input<typeof userChanges>;

/** A user in the admin's list (never a password hash). */
export const userSchema = sessionUserSchema.extend({
  active: z.boolean(),
  createdAt: timestampField,
});
export type User = z.infer<typeof userSchema>;

/** GET /api/users. */
export const userListSchema = z.strictObject({ users: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;
